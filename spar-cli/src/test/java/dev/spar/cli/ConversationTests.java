package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTests {
    private static final Scenario ANGRY_DELAY =
            ScenarioLibrary.bundled().find("angry-delay").orElseThrow();

    private static Practice talk(String typed, StringWriter screen) {
        var conversation = new Conversation(
                ANGRY_DELAY, PracticeSettings.of(5, 3), new PrintWriter(screen, true), new Terminal(false));
        return conversation.run(new BufferedReader(new StringReader(typed)));
    }

    @Test
    void showsTheBriefTheCounterpartAndTheirMood() {
        StringWriter screen = new StringWriter();

        talk("I can hear how much this delay has cost you.\n/end\n", screen);

        assertThat(screen.toString())
                .contains(ANGRY_DELAY.title())
                .contains("Make sure you say:")
                .contains(ANGRY_DELAY.persona().name() + ":")
                .contains("[mood ");
    }

    @Test
    void hintsRewindsAndEnds() {
        StringWriter screen = new StringWriter();

        Practice practice = talk(
                "/hint\nCalm down.\nThat is not our fault.\n/rewind 1\nI can hear how much this delay has cost you.\n/end\n",
                screen);

        assertThat(screen.toString()).contains("Hint: ").contains("Rewound: your turn 1 again");
        assertThat(practice.learnerLines()).containsExactly("I can hear how much this delay has cost you.");
        assertThat(practice.outcome()).isEqualTo(Outcome.ENDED_BY_LEARNER);
    }

    @Test
    void aBadCommandOrEmptyInputLosesNothing() {
        StringWriter screen = new StringWriter();

        Practice practice = talk("\n/rewind\n/rewind 7\n/dance\nHello there.\n", screen);

        assertThat(screen.toString()).contains("Say which of your turns").contains("Commands:");
        assertThat(practice.learnerLines()).containsExactly("Hello there.");
    }

    @Test
    void aLineStoppedForSafetyEndsTheConversationWithHelpAndOffersNoReviewOrRewind() {
        StringWriter screen = new StringWriter();

        Practice practice = talk("I hear you.\nmy husband hits me when we argue\nAnyway, the delivery.\n", screen);

        assertThat(practice.outcome()).isEqualTo(Outcome.STOPPED_FOR_SAFETY);
        assertThat(practice.learnerLines()).hasSize(2);
        String shown = screen.toString();
        assertThat(shown).contains("Spar has stopped this role-play", "domestic violence");
        assertThat(shown).doesNotContain("Press Enter for the review", "/rewind N to try", "Not sent");
    }

    @Test
    void aLineTypedAfterTheyEndedItIsSaidNotToHaveBeenSent() {
        StringWriter screen = new StringWriter();

        List<String> typed = List.of(
                "Hi Luis, thanks for calling. Let me pull up your order.",
                "I can see it is stuck at the depot. The new estimate is Monday.",
                "I understand this is frustrating. I will see what I can do.",
                "Can you tell me your order number so I can check?",
                "I can request a priority redelivery from the depot, but I cannot promise it will arrive before Saturday.",
                "I will call you tomorrow by noon with what the depot says.",
                "And I will refund the express fee too.",
                "Anything else?",
                "Thanks again, Luis. Bye for now.",
                "One last thing, the reference is on its way by email.");
        Practice practice = talk(String.join("\n", typed) + "\n", screen);

        assertThat(practice.outcome()).isEqualTo(Outcome.RESOLVED);
        int sent = practice.learnerLines().size();
        assertThat(sent).as("they end it before the last lines").isLessThan(typed.size());
        for (String late : typed.subList(sent, typed.size())) {
            assertThat(screen.toString()).contains("Not sent, the conversation is over: \"" + late + "\"");
        }
        for (String said : typed.subList(0, sent)) {
            assertThat(screen.toString()).doesNotContain("Not sent, the conversation is over: \"" + said + "\"");
        }
        assertThat(screen.toString().split("Conversation over: ", -1)).hasSize(2);
    }
}
