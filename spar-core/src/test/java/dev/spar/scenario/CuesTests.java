package dev.spar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTests {
    @Test
    void findsWholeWordsAndPhrasesInAnyCase() {
        assertThat(Cues.mentions("A REFUND needs a review.", "refund")).isTrue();
        assertThat(Cues.mentions("I can't approve it myself.", "can't approve")).isTrue();
        assertThat(Cues.mentions("I can\u2019t approve it myself.", "can't approve"))
                .isTrue();
    }

    @Test
    void doesNotFindAPartOfAWord() {
        assertThat(Cues.mentions("It was refunded already.", "refund")).isFalse();
        assertThat(Cues.mentions("Anything else?", "")).isFalse();
    }

    @Test
    void givesThePositionInTheOriginalText() {
        assertThat(Cues.indexIn("So: the REVIEW.", "review")).isEqualTo(8);
    }
}
