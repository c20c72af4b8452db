package dev.spar.transcripts;

import static dev.spar.transcripts.Samples.bytes;
import static dev.spar.transcripts.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.review.Role;
import dev.spar.review.Utterance;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TranscriptReaderTests {
    private final TranscriptReader reader = new TranscriptReader();

    @Nested
    class PlainLines {
        @Test
        void readsNamedLinesJoiningContinuationLinesAndKeepingTheClockTime() {
            Imported imported = reader.read("chat.txt", bytes("chat-plain.txt"));

            assertThat(imported.format()).isEqualTo(Format.PLAIN);
            assertThat(imported.speakers()).containsExactly("Priya Raman", "Tom Becker");
            assertThat(imported.transcript().turns()).hasSize(5);
            Utterance second = imported.transcript().turns().get(1);
            assertThat(second.speaker()).isEqualTo("Tom Becker");
            assertThat(second.text()).endsWith("help you with this.\nCould you give me your order number?");
            assertThat(second.time()).contains("10:03");
        }

        @Test
        void takesTheSpeakerWhoThanksForContactingAsTheAgent() {
            Imported imported = reader.read("chat.txt", bytes("chat-plain.txt"));

            assertThat(imported.agent()).isEqualTo("Tom Becker");
            assertThat(imported.transcript().turns())
                    .extracting(Utterance::role)
                    .containsExactly(Role.CUSTOMER, Role.AGENT, Role.CUSTOMER, Role.AGENT, Role.CUSTOMER);
        }

        @Test
        void theUsersCorrectionOfTheAgentWins() {
            Imported imported = reader.read("chat.txt", bytes("chat-plain.txt"), Optional.of("priya raman"));

            assertThat(imported.agent()).isEqualTo("Priya Raman");
            assertThat(imported.transcript().turns().getFirst().role()).isEqualTo(Role.AGENT);
            assertThat(imported.transcript().turns().get(1).role()).isEqualTo(Role.CUSTOMER);
        }

        @Test
        void aCorrectionNamingNoSpeakerListsTheSpeakers() {
            assertThatThrownBy(() -> reader.read("chat.txt", bytes("chat-plain.txt"), Optional.of("Alex")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageContaining("no speaker 'Alex'")
                    .hasMessageContaining("'Priya Raman', 'Tom Becker'");
        }

        @Test
        void withNoEvidenceTheSecondSpeakerOfAChatIsTheAgent() {
            Imported imported = reader.read("chat.txt", utf8("Ann: Hello.\nBob: Hello there.\nAnn: Fine.\n"));

            assertThat(imported.agent()).isEqualTo("Bob");
        }

        @Test
        void aSpeakerNamedSupportIsTheAgentEvenWhenSpeakingFirst() {
            Imported imported = reader.read("chat.txt", utf8("Acme Support: Hello.\nKim: Hi.\n"));

            assertThat(imported.agent()).isEqualTo("Acme Support");
        }

        @Test
        void textBeforeTheFirstTurnIsRefusedNamingTheLine() {
            assertThatThrownBy(() -> reader.read("chat.txt", utf8("\nChat log\nAnn: Hello.\nBob: Hi.\n")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageStartingWith("line 2: 'Chat log' comes before any 'Name: text' line");
        }

        @Test
        void aByteOrderMarkIsDroppedAndLatin1BytesAreRead() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] text = utf8("Ann: Hello.\nBob: Hi.\n");
            byte[] withBom = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, withBom, 0, bom.length);
            System.arraycopy(text, 0, withBom, bom.length, text.length);
            assertThat(reader.read("chat.txt", withBom).speakers()).containsExactly("Ann", "Bob");

            byte[] latin1 = "Ren\u00e9: Bonjour.\nBob: Hi.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(reader.read("chat.txt", latin1).speakers()).containsExactly("Ren\u00e9", "Bob");
        }
    }

    @Nested
    class JsonTurns {
        @Test
        void readsSpeakerTextAndTimeAndTheDateFromTheFirstTimestamp() {
            Imported imported = reader.read("export.json", bytes("turns.json"));

            assertThat(imported.format()).isEqualTo(Format.JSON_TURNS);
            assertThat(imported.agent()).isEqualTo("Support");
            assertThat(imported.transcript().turns()).hasSize(4);
            assertThat(imported.transcript().turns().getFirst().time()).contains("2026-11-03T09:15:00Z");
            assertThat(imported.transcript().date()).contains(LocalDate.of(2026, 11, 3));
        }

        @Test
        void aMissingFieldIsNamed() {
            String json = "[{\"speaker\": \"Ann\", \"text\": \"Hi\"}, {\"speaker\": \"Bob\"}]";

            assertThatThrownBy(() -> reader.read("x.json", utf8(json)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessage("field [1].text: missing");
        }

        @Test
        void brokenJsonNamesTheLine() {
            String json = "[\n{\"speaker\": \"Ann\", \"text\": \"Hi\"},\n{\"speaker\": \"Bob\" \"text\": \"Hello\"}\n]";

            assertThatThrownBy(() -> reader.read("x.json", utf8(json)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageStartingWith("line 3: not valid JSON");
        }
    }

    @Nested
    class Refusals {
        @Test
        void aFileOverTheSizeLimitIsRefusedSayingTheLimit() {
            TranscriptReader small = new TranscriptReader(new Limits(100, 10, 50));

            assertThatThrownBy(() -> small.read("chat.txt", new byte[200]))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageContaining("the limit is 100 bytes");
        }

        @Test
        void tooManyTurnsAreRefusedSayingTheLimit() {
            TranscriptReader small = new TranscriptReader(new Limits(10_000, 3, 50));

            assertThatThrownBy(() -> small.read("chat.txt", utf8("A: one\nB: two\nA: three\nB: four\n")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageContaining("4 turns; the limit is 3");
        }

        @Test
        void aTurnOverTheLengthLimitIsRefusedNamingItsLine() {
            TranscriptReader small = new TranscriptReader(new Limits(10_000, 10, 20));

            assertThatThrownBy(() -> small.read("chat.txt", utf8("A: short\nB: this one is far too long to keep\n")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessage("line 2: this turn is 32 characters long; the limit is 20 characters a turn");
        }

        @Test
        void oneSpeakerIsNotAConversation() {
            assertThatThrownBy(() -> reader.read("chat.txt", utf8("Ann: Hello?\nAnn: Anyone there?\n")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageContaining("only one speaker ('Ann')");
        }

        @Test
        void binaryIsRefused() {
            assertThatThrownBy(() -> reader.read("chat.txt", new byte[] {'A', ':', ' ', 0, 1, 2}))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageContaining("binary");
        }

        @Test
        void anEmptyFileIsRefused() {
            assertThatThrownBy(() -> reader.read("chat.txt", utf8("  \n\n")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageContaining("empty");
        }
    }
}
