package dev.spar.transcripts.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTests {
    private final Redactor redactor = new Redactor();

    private static Transcript chat(Utterance... turns) {
        return Transcript.of("chat.txt", List.of(turns));
    }

    @Test
    void replacesEmailsUrlsAndPhoneNumbersWithNumberedPlaceholders() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "Mail me at jo.king@example.com or call +44 20 7946 0958."),
                Utterance.of("Agent", Role.AGENT, "Done, see https://help.example.com/returns?id=9 for the form.")));

        assertThat(r.transcript().turns().get(0).text()).isEqualTo("Mail me at [EMAIL-1] or call [PHONE-1].");
        assertThat(r.transcript().turns().get(1).text()).isEqualTo("Done, see [URL-1] for the form.");
        assertThat(r.counts())
                .containsEntry(PiiType.EMAIL, 1)
                .containsEntry(PiiType.PHONE, 1)
                .containsEntry(PiiType.URL, 1);
    }

    @Test
    void theSameItemKeepsItsPlaceholderThroughoutEvenWrittenDifferently() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Customer", Role.CUSTOMER, "My number is (415) 555-0132, or jo@example.com."),
                Utterance.of(
                        "Agent",
                        Role.AGENT,
                        "So 415-555-0132 and JO@example.com? And a second one, ann@example.org?")));

        assertThat(r.transcript().turns().get(1).text())
                .isEqualTo("So [PHONE-1] and [EMAIL-1]? And a second one, [EMAIL-2]?");
        assertThat(r.counts()).containsEntry(PiiType.EMAIL, 2).containsEntry(PiiType.PHONE, 1);
    }

    @Test
    void speakerNamesBecomeTheSamePlaceholderAsTheirMentions() {
        Redacted r = redactor.redact(chat(
                Utterance.of("Maria Lopez", Role.CUSTOMER, "Hello?"),
                Utterance.of("Agent Sam", Role.AGENT, "Hi Maria, I'm Sam."),
                Utterance.of("Maria Lopez", Role.CUSTOMER, "Thanks Sam.")));

        List<Utterance> turns = r.transcript().turns();
        assertThat(turns.get(0).speaker()).isEqualTo("[NAME-1]");
        assertThat(turns.get(1).speaker()).isEqualTo("Agent [NAME-2]");
        assertThat(turns.get(1).text()).isEqualTo("Hi [NAME-1], I'm [NAME-2].");
        assertThat(turns.get(2).text()).isEqualTo("Thanks [NAME-2].");
        assertThat(r.counts()).containsEntry(PiiType.NAME, 2);
    }

    @Test
    void leavesPricesDatesAndTimesAlone() {
        String line = "It cost $1,299.00 on 12/03/2025 at 10:45, order of 3 items.";
        Redacted r = redactor.redact(
                chat(Utterance.of("Customer", Role.CUSTOMER, line), Utterance.of("Agent", Role.AGENT, "OK.")));

        assertThat(r.transcript().turns().getFirst().text()).isEqualTo(line);
        assertThat(r.counts()).isEmpty();
    }

    @Test
    void placeholdersAreNumberedFromOne() {
        assertThat(PiiType.REFERENCE.placeholder(1)).isEqualTo("[REF-1]");
        assertThat(PiiType.NAME.placeholder(3)).isEqualTo("[NAME-3]");
    }
}
