package dev.spar.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparPageTests {
    @Test
    void streamedChunksRebuildTheReplyExactlyWithTheirLeadingSpaces() {
        String reply = "Fine.  I'll wait, but  not long — order BL-1 , please.";
        var chunks = SparPage.chunks(reply);
        assertThat(String.join("", chunks)).isEqualTo(reply);
        assertThat(chunks.get(1)).startsWith(" ");
        assertThat(chunks.size()).isGreaterThan(5);
    }
}
