package dev.spar.transcripts;

import static dev.spar.transcripts.Samples.bytes;
import static dev.spar.transcripts.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.review.Role;
import dev.spar.review.Utterance;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleInferenceTests {
    private final TranscriptReader reader = new TranscriptReader();

    @Test
    void rolesTheFileStatesWinOverWhatTheSpeakersSay() {
        String json = "[{\"speaker\": \"Support\", \"text\": \"I ordered a lamp and my order never came.\","
                + " \"role\": \"customer\"}, {\"speaker\": \"Kim\", \"text\": \"Hello.\", \"role\": \"agent\"}]";

        Imported imported = reader.read("x.json", utf8(json));

        assertThat(imported.agent()).isEqualTo("Kim");
        assertThat(imported.transcript().turns().getFirst().role()).isEqualTo(Role.CUSTOMER);
    }

    @Test
    void theUserCanCorrectEvenStatedRoles() {
        Imported imported = reader.read("contact.json", bytes("connect-contact-lens.json"), Optional.of("Customer"));

        assertThat(imported.agent()).isEqualTo("Customer");
        assertThat(imported.transcript().turns())
                .extracting(Utterance::role)
                .containsExactly(Role.CUSTOMER, Role.AGENT, Role.CUSTOMER);
    }

    @Test
    void withNoEvidenceTheFirstSpeakerOfACallIsTheAgent() {
        String vtt =
                "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello.\n\n00:00:03.000 --> 00:00:04.000\n<v Bob>Hi.\n";

        assertThat(reader.read("call.vtt", utf8(vtt)).agent()).isEqualTo("Ann");
    }

    @Test
    void whatTheCustomerSaysOutweighsSpeakingFirst() {
        String chat = "Lee: Hi, thanks for contacting Northwind, how can I help?\n"
                + "Sam: I ordered a kettle and my order never arrived.\n"
                + "Lee: Let me check. Could you confirm your order number?\n";

        Imported imported = reader.read("chat.txt", utf8(chat));

        assertThat(imported.agent()).isEqualTo("Lee");
    }

    @Test
    void aConversationWhoseSpeakersAreAllOnOneSideIsRefused() {
        String json = "[{\"speaker\": \"Ann\", \"text\": \"Hi\", \"role\": \"agent\"},"
                + " {\"speaker\": \"Bob\", \"text\": \"Hello\", \"role\": \"agent\"}]";

        assertThatThrownBy(() -> reader.read("x.json", utf8(json)))
                .isInstanceOf(TranscriptException.class)
                .hasMessageStartingWith("every turn is on the agent's side (Ann, Bob)");
    }

    @Test
    void aSecondAgentNamedAsSuchStaysOnTheAgentsSide() {
        String chat = "Jo: My parcel never arrived.\nAgent Sam: Sorry, let me check.\n"
                + "Agent Lee: Hi, I'm taking over, how can I help?\nJo: Where is it?\n";

        Imported imported = reader.read("chat.txt", utf8(chat));

        assertThat(imported.agent()).isEqualTo("Agent Sam");
        assertThat(imported.transcript().turns())
                .extracting(Utterance::role)
                .containsExactly(Role.CUSTOMER, Role.AGENT, Role.AGENT, Role.CUSTOMER);
    }
}
