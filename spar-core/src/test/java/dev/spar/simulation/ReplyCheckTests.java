package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReplyCheckTests {
    private static final Scenario REFUND = ScenarioFixtures.refundCustomer();
    private static final PracticeSettings SETTINGS = PracticeSettings.of(9, 3);
    private static final CounterpartState TENSE =
            new CounterpartState(55, 35, 60, Map.of(), Phase.EXPLORING, List.of());

    /**
     * A semantic reading standing in for the agreement, refusal and offer readers: a few openings read as those
     * families, as the embeddings would read them.
     */
    private static final Meaning MEANING = sentence -> {
        String s = sentence.strip();
        if (s.startsWith("Deal") || s.startsWith("Alright, let's")) {
            return List.of(new MeaningMatch("accept", 0.8, "deal"));
        }
        if (s.startsWith("No way") || s.startsWith("A repair? No")) {
            return List.of(new MeaningMatch("reject", 0.8, "no way"));
        }
        if (s.startsWith("How about") || s.startsWith("I could live with")) {
            return List.of(new MeaningMatch("offer", 0.8, "how about"));
        }
        return List.of();
    };

    private final ReplyCheck check = new ReplyCheck(Understanding.of(REFUND, MEANING));

    private static VoiceRequest request(Intent intent, String line) {
        return new VoiceRequest(
                REFUND, Optional.empty(), SETTINGS, List.of(), intent, TENSE, line, Outcome.IN_PROGRESS);
    }

    private Optional<String> check(Intent intent, String line, String voiced) {
        return check.problem(voiced, request(intent, line), new ConversationMemory());
    }

    @Nested
    class AgreeingAndRefusing {
        @Test
        void anAgreementIsWithdrawnWhileTheSimulationPushesBack() {
            assertThat(check(Intent.CHALLENGE, "That is not good enough.", "Deal, send me the form."))
                    .hasValueSatisfying(reason -> assertThat(reason)
                            .contains("agreed")
                            .contains("Deal")
                            .contains("Dana has not accepted"));
        }

        @Test
        void anAgreementStandsWhenTheSimulationAccepts() {
            assertThat(check(Intent.ACCEPT, "Alright, let's do the repair.", "Deal, do the repair then."))
                    .isEmpty();
        }

        @Test
        void aRefusalIsWithdrawnWhenTheSimulationAccepts() {
            assertThat(check(Intent.END_RESOLVED, "Fine. I'll wait for your email.", "No way, that's not happening."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("turned it down"));
        }

        @Test
        void aRefusalStandsWhenThePlannedLineRefusesToo() {
            assertThat(check(Intent.REJECT_OPTION, "A repair? No. I want my money.", "No way, I want my money back."))
                    .isEmpty();
        }
    }

    @Nested
    class Facts {
        @Test
        void anAmountNobodyGaveIsWithdrawn() {
            assertThat(check(Intent.DEMAND, "I want a full refund of $1,249.", "Give me a $500 credit and we're done."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("'$500'"));
        }

        @Test
        void anOrderCodeNobodyGaveIsWithdrawn() {
            assertThat(check(Intent.ANSWER, "I'm not sure what else to tell you.", "It's order BL-48213, check it."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("'BL-48213'"));
        }

        @Test
        void aDayNobodyGaveIsWithdrawnButOneThePersonasOwnLinesGiveStands() {
            assertThat(check(Intent.ANSWER, "I'm not sure what else to tell you.", "It first crashed on Saturday."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("'Saturday'"));
            assertThat(check(Intent.ANSWER, "I'm not sure what else to tell you.", "It first crashed on Tuesday."))
                    .isEmpty();
        }

        @Test
        void theScenariosFiguresStandHoweverTheyAreWritten() {
            assertThat(check(
                            Intent.DEMAND,
                            "I want a full refund of $1,249.",
                            "Order BL-1 cost me 1,249 dollars and 45 days of my life."))
                    .isEmpty();
        }

        @Test
        void aFigureTheLearnerSaidStands() {
            Practice practice = Practice.replay(
                    REFUND, SETTINGS, new KeywordAnalyzer(), List.of("I can put $200 back on your card today."));
            VoiceRequest request = new VoiceRequest(
                    REFUND,
                    Optional.empty(),
                    SETTINGS,
                    practice.turns(),
                    Intent.CHALLENGE,
                    TENSE,
                    "That is not good enough.",
                    Outcome.IN_PROGRESS);

            assertThat(check.problem("$200? That is not good enough.", request, practice.memory()))
                    .isEmpty();
            assertThat(check.problem("$300 and we talk.", request, practice.memory()))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("'$300'"));
        }
    }

    @Nested
    class Offers {
        @Test
        void anOfferTheScenarioDoesNotHoldIsWithdrawn() {
            assertThat(check(Intent.DEMAND, "I want a full refund of $1,249.", "How about you throw in a free mouse?"))
                    .hasValueSatisfying(
                            reason -> assertThat(reason).contains("offered").contains("free mouse"));
        }

        @Test
        void anOfferOfWhatTheScenarioHoldsStands() {
            assertThat(check(Intent.SOFTEN, "Okay. That's fair.", "I could live with a warranty repair, I suppose."))
                    .isEmpty();
        }
    }

    @Nested
    class Character {
        @Test
        void talkOfBeingAModelIsWithdrawn() {
            assertThat(check(Intent.VENT, "This laptop has wasted my whole week.", "As an AI language model, I can't."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("out of character"));
        }

        @Test
        void speakingForTheLearnersSideIsWithdrawn() {
            assertThat(check(
                            Intent.VENT,
                            "This laptop has wasted my whole week.",
                            "Support rep: I understand, let me check."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("spoke for the other side"));
        }

        @Test
        void narrationIsWithdrawn() {
            assertThat(check(Intent.VENT, "This laptop has wasted my whole week.", "*sighs* A whole week."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("narrated"));
            assertThat(check(Intent.VENT, "This laptop has wasted my whole week.", "Dana sighs and looks away."))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("narrated"));
        }

        @Test
        void aReplyInCharacterInItsOwnWordsStands() {
            assertThat(check(
                            Intent.VENT,
                            "This laptop has wasted my whole week.",
                            "Look, this thing has eaten my entire week and nobody seems to care."))
                    .isEmpty();
        }
    }

    @Nested
    class InAPractice {
        /** A voice that says one fixed line, and a screen that keeps what it was told. */
        @Test
        void aWithdrawnLineIsReplacedByTheSimulatorsWithTheReasonShown() {
            Analyzer analyzer = new KeywordAnalyzer(MEANING);
            List<String> retracted = new ArrayList<>();
            ReplySink screen = new ReplySink() {
                @Override
                public void token(String piece) {}

                @Override
                public void retract(String reason) {
                    retracted.add(reason);
                }
            };
            Scenario learnerOpens = ScenarioFixtures.withOpener(REFUND, Scenario.Opener.LEARNER);
            CounterpartVoice agreeable = (request, sink) -> {
                sink.token("Deal, I'll take it.");
                return new CounterpartVoice.Spoken("Deal, I'll take it.");
            };
            Practice practice = Practice.start(learnerOpens, SETTINGS, analyzer, agreeable, ReplySink.NONE);

            Turn reply = ((Practice.Replied) practice.say("Our policy is thirty days.", screen)).reply();

            assertThat(reply.intent()).isNotIn(Optional.of(Intent.ACCEPT), Optional.of(Intent.END_RESOLVED));
            assertThat(reply.text()).isEqualTo(reply.simulatorLine().orElseThrow());
            assertThat(reply.reworded()).isFalse();
            assertThat(retracted).singleElement().asString().contains("agreed");
        }
    }
}
