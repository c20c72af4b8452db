package dev.spar.transcripts;

import static dev.spar.transcripts.Samples.bytes;
import static dev.spar.transcripts.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.review.Role;
import dev.spar.review.Utterance;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormatsTests {
    private final TranscriptReader reader = new TranscriptReader();

    private static List<String> texts(Imported imported) {
        return imported.transcript().turns().stream().map(Utterance::text).toList();
    }

    private static List<Role> roles(Imported imported) {
        return imported.transcript().turns().stream().map(Utterance::role).toList();
    }

    @Nested
    class Captions {
        @Test
        void teamsVoiceTagsNameTheSpeakersAndOneSpeakersCuesInARowAreOneTurn() {
            Imported imported = reader.read("meeting.vtt", bytes("call-teams.vtt"));

            assertThat(imported.format()).isEqualTo(Format.WEBVTT);
            assertThat(imported.speakers()).containsExactly("Lena Fischer", "Omar Haddad");
            assertThat(texts(imported))
                    .containsExactly(
                            "Thank you for calling Northwind, my name is Lena and I'll be helping you today.",
                            "Hi Lena. I ordered a standing desk three weeks ago and it still hasn't arrived.",
                            "I'm sorry to hear that. Could you give me your order number?",
                            "It's A-55123.");
            assertThat(imported.agent()).isEqualTo("Lena Fischer");
            assertThat(imported.transcript().turns().get(1).time()).contains("00:00:05");
        }

        @Test
        void zoomNamePrefixesNameTheSpeakers() {
            Imported imported = reader.read("zoom.vtt", bytes("call-zoom.vtt"));

            assertThat(imported.speakers()).containsExactly("Sam Ortiz", "Jade Kim");
            assertThat(imported.agent()).isEqualTo("Jade Kim");
            assertThat(texts(imported).getFirst()).isEqualTo("Hello, I was charged twice for my subscription.");
        }

        @Test
        void subRipCuesJoinTheirLines() {
            Imported imported = reader.read("call.srt", bytes("call.srt"));

            assertThat(imported.format()).isEqualTo(Format.SRT);
            assertThat(texts(imported)).element(1).isEqualTo("My parcel says delivered but I never got it.");
            assertThat(roles(imported)).containsExactly(Role.AGENT, Role.CUSTOMER, Role.AGENT);
        }

        @Test
        void aCueWithoutASpeakerBeforeAnyIsNamedByLine() {
            String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there\n";

            assertThatThrownBy(() -> reader.read("x.vtt", utf8(vtt)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageStartingWith("line 4: this cue names no speaker");
        }

        @Test
        void aVttFileThatIsNotWebVttSaysSo() {
            assertThatThrownBy(() -> reader.read("x.vtt", utf8("Ann: hi\nBob: hello\n")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessage("line 1: a WebVTT file starts with the line WEBVTT");
        }
    }

    @Nested
    class Csv {
        @Test
        void findsTheAuthorAndMessageColumnsAndKeepsQuotedLineBreaks() {
            Imported imported = reader.read("export.csv", bytes("chat.csv"));

            assertThat(imported.format()).isEqualTo(Format.CSV);
            assertThat(imported.speakers()).containsExactly("Ravi", "Northwind Support");
            assertThat(imported.agent()).isEqualTo("Northwind Support");
            assertThat(texts(imported))
                    .element(2)
                    .isEqualTo("Sent. The box was crushed, and the lamp is broken,\nthe base too.");
            assertThat(imported.transcript().date()).contains(LocalDate.of(2026, 10, 5));
        }

        @Test
        void isDetectedByItsHeaderWhateverTheFileIsCalled() {
            String csv = "speaker;TEXT\nAnn;Hello, I need help\nSupport;How can I help?\n";

            Imported imported = reader.read("pasted", utf8(csv));

            assertThat(imported.format()).isEqualTo(Format.CSV);
            assertThat(imported.agent()).isEqualTo("Support");
        }

        @Test
        void aRoleColumnSaysWhoIsTheAgent() {
            String csv = "sender,sender_type,body\nKim,agent,I ordered the wrong size.\nLou,customer,Hello.\n";

            Imported imported = reader.read("x.csv", utf8(csv));

            assertThat(imported.agent()).isEqualTo("Kim");
        }

        @Test
        void aHeaderWithoutTheColumnsIsRefusedListingWhatItHas() {
            assertThatThrownBy(() -> reader.read("x.csv", utf8("when,what\n1,hi\n")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageStartingWith("line 1: a CSV needs a header with a speaker column")
                    .hasMessageEndingWith("found: when, what");
        }

        @Test
        void aRowWithoutItsSpeakerIsNamedByLine() {
            String csv = "author,message\nAnn,Hello\n,Who am I?\nBob,Hi\n";

            assertThatThrownBy(() -> reader.read("x.csv", utf8(csv)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageStartingWith("line 3: the author column is empty");
        }
    }

    @Nested
    class HelpDeskExports {
        @Test
        void zendeskCommentsWithTheirAuthorsAndPrivateNotesLeftOut() {
            Imported imported = reader.read("ticket.json", bytes("zendesk-ticket.json"));

            assertThat(imported.format()).isEqualTo(Format.ZENDESK);
            assertThat(imported.speakers()).containsExactly("Carmen Ruiz", "Felix Wagner");
            assertThat(imported.agent()).isEqualTo("Felix Wagner");
            assertThat(texts(imported))
                    .containsExactly(
                            "Hello, my invoice shows a charge I don't recognise.",
                            "Hi Carmen,\nThanks for getting in touch. That charge is the annual renewal.",
                            "I cancelled in August though.");
            assertThat(imported.notes())
                    .containsExactly("1 private note skipped: internal to the team, not said to the customer");
            assertThat(imported.transcript().date()).contains(LocalDate.of(2026, 9, 14));
        }

        @Test
        void aZendeskCommentWithoutABodyIsNamedByField() {
            String json =
                    "{\"comments\": [{\"author_id\": 1, \"body\": \"Hi\"}, {\"author_id\": 2, \"public\": true}]}";

            assertThatThrownBy(() -> reader.read("t.json", utf8(json)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessage("field comments[1].html_body: missing");
        }

        @Test
        void intercomPartsAsTextWithAdminsAsTheAgentAndNotesLeftOut() {
            Imported imported = reader.read("conversation.json", bytes("intercom-conversation.json"));

            assertThat(imported.format()).isEqualTo(Format.INTERCOM);
            assertThat(texts(imported))
                    .containsExactly(
                            "Hi! My discount code SPRING isn't working at checkout.",
                            "Hi Noor, thanks for waiting.\nThat code ended yesterday, but I've applied 10% to your basket.",
                            "Great, thank you!");
            assertThat(roles(imported)).containsExactly(Role.CUSTOMER, Role.AGENT, Role.CUSTOMER);
            assertThat(imported.agent()).isEqualTo("Ilse Berg");
            assertThat(imported.notes()).singleElement().asString().startsWith("1 internal note skipped");
            assertThat(imported.transcript().turns().getFirst().time()).contains("2025-10-09T08:53:20Z");
        }

        @Test
        void anUnknownIntercomAuthorTypeIsNamedByField() {
            String json = "{\"conversation_parts\": {\"conversation_parts\": ["
                    + "{\"part_type\": \"comment\", \"body\": \"<p>Hi</p>\", \"author\": {\"type\": \"robot\"}}]}}";

            assertThatThrownBy(() -> reader.read("c.json", utf8(json)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageStartingWith("field conversation_parts.conversation_parts[0].author.type: 'robot'");
        }

        @Test
        void freshdeskIncomingIsTheCustomerAndPrivateNotesAreLeftOut() {
            Imported imported = reader.read("conversations.json", bytes("freshdesk-conversations.json"));

            assertThat(imported.format()).isEqualTo(Format.FRESHDESK);
            assertThat(roles(imported)).containsExactly(Role.CUSTOMER, Role.AGENT);
            assertThat(texts(imported))
                    .element(1)
                    .isEqualTo("Sorry about the drops. I've booked an engineer for Thursday.");
            assertThat(imported.notes()).hasSize(1);
        }

        @Test
        void aFreshdeskTicketWithItsConversationsStartsWithTheDescriptionFromTheRequester() {
            String json = "{\"requester_id\": 51, \"description_text\": \"The app logs me out every hour.\","
                    + " \"created_at\": \"2026-07-01T10:00:00Z\", \"conversations\": ["
                    + "{\"body_text\": \"Sorry about that, which phone do you use?\", \"incoming\": false,"
                    + " \"private\": false, \"user_id\": 7},"
                    + "{\"body_text\": \"An old Pixel.\", \"incoming\": false, \"private\": false, \"user_id\": 51}]}";

            Imported imported = reader.read("ticket.json", utf8(json));

            assertThat(imported.format()).isEqualTo(Format.FRESHDESK);
            assertThat(texts(imported)).first().isEqualTo("The app logs me out every hour.");
            assertThat(roles(imported)).containsExactly(Role.CUSTOMER, Role.AGENT, Role.CUSTOMER);
            assertThat(imported.transcript().date()).contains(LocalDate.of(2026, 7, 1));
        }

        @Test
        void amazonConnectParticipantsGiveTheRolesAndOffsetsTheTimes() {
            Imported imported = reader.read("contact.json", bytes("connect-contact-lens.json"));

            assertThat(imported.format()).isEqualTo(Format.AMAZON_CONNECT);
            assertThat(imported.agent()).isEqualTo("Agent");
            assertThat(roles(imported)).containsExactly(Role.AGENT, Role.CUSTOMER, Role.AGENT);
            assertThat(imported.transcript().turns().get(2).time()).contains("01:05");
        }

        @Test
        void jsonOfAnotherShapeListsItsFields() {
            assertThatThrownBy(() -> reader.read("x.json", utf8("{\"messages\": [], \"id\": 4}")))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessageContaining("not a conversation export Spar knows")
                    .hasMessageEndingWith("(top-level fields found: messages, id)");
        }
    }

    @Nested
    class Robustness {
        @Test
        void aBadTurnAtTheEndRejectsTheWholeFile() {
            String json = "[{\"speaker\": \"Ann\", \"text\": \"Hi\"}, {\"speaker\": \"Bob\", \"text\": \"Hello\"},"
                    + " {\"speaker\": \"Ann\", \"text\": {\"nested\": true}}]";

            assertThatThrownBy(() -> reader.read("x.json", utf8(json)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessage("field [2].text: expected text, found an object");
        }

        @Test
        void aNumberWhereTheWordsShouldBeIsRefusedNotReadAsATurnSaying42() {
            String json = "[{\"speaker\": \"Ann\", \"text\": \"Hi\"}, {\"speaker\": \"Dylan\", \"text\": 42}]";

            assertThatThrownBy(() -> reader.read("x.json", utf8(json)))
                    .isInstanceOf(TranscriptException.class)
                    .hasMessage("field [1].text: expected text, found a number");
        }

        @Test
        void utf16WithItsByteOrderMarkIsRead() {
            byte[] body = "Ann: Hello, my order is late.\nSupport: How can I help?\n".getBytes(StandardCharsets.UTF_16);

            Imported imported = reader.read("chat.txt", body);

            assertThat(imported.speakers()).containsExactly("Ann", "Support");
        }

        @Test
        void linesThatLookLikeLabelsInsideATurnStayInIt() {
            String chat = "Ann: My details:\nOrder: 4471\nBob: Thanks, how can I help?\n";

            Imported imported = reader.read("chat.txt", utf8(chat));

            assertThat(texts(imported)).containsExactly("My details:\nOrder: 4471", "Thanks, how can I help?");
        }
    }
}
