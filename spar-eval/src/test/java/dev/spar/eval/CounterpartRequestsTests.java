package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Turn;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request put as a question ("could you send a text the day before?") is something put on the table: the other
 * person takes it up, weighs it or pushes back on it by name, and never answers it with whatever they have to say.
 */
class CounterpartRequestsTests {
    private static final RuleAnalyzer ANALYZER = new RuleAnalyzer();

    /** Replies a person gives to a question, not to something asked of them. */
    private static final Set<String> DEFLECTIONS = Set.of(
            "I never meant anything by it.",
            "Because I thought that's what you wanted.",
            "I don't know. I didn't think it was a problem.",
            "I was only saying what I'd noticed. I didn't think Maya was even listening.",
            "I'm not sure what else you want me to say.",
            "I've told you what I know.");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "family-boundary|Could you send a text the day before? Does that work?|text",
                "family-boundary|Would you be ok with not commenting on bedtimes in front of Maya?|bedtimes",
                "raise-request|Could you raise me to 82k from January?|82k",
                "end-freelance-contract|Could you pay the overdue invoice before the end of the month?|invoice",
                "friend-hard-truth|Could you show the numbers to a mentor first?|mentor",
                "hard-feedback-report|Would you mind flagging missed deadlines early next time?|deadlines",
                "best-man|How about you ask Kofi to be best man?|Kofi",
                "scope-creep-client|Could you put new requests in writing first?|writing"
            })
    void aRequestPutAsAQuestionIsReactedToByName(String id, String request, String named) {
        Scenario scenario = EvalSets.scenarios().apply(id).orElseThrow();
        for (long seed = 0; seed < 4; seed++) {
            Turn reply = replyTo(scenario, seed, List.of("Thanks for making the time to talk.", request));

            assertThat(reply.text()).as("%s seed %d", id, seed).containsIgnoringCase(named);
            assertThat(reply.intent()).as("%s seed %d", id, seed).isNotEqualTo(java.util.Optional.of(Intent.ANSWER));
            assertThat(DEFLECTIONS).doesNotContain(reply.text());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Could you send a text the day before? Does that work?|text",
                "How about you text me in the morning instead?|text"
            })
    void aMotherInLawWrittenFromScratchWeighsTheRequestRatherThanDeflectingIt(String request, String named) {
        Scenario scenario = StarterScenario.from(
                "mil",
                new Setup(
                        "my mother-in-law, who drops by without warning",
                        "Margaret",
                        "ask her to text before she comes over",
                        "she cries and I take it back",
                        "she will get hurt and defensive",
                        Scenario.Category.PERSONAL));
        for (long seed = 0; seed < 4; seed++) {
            Turn reply = replyTo(
                    scenario,
                    seed,
                    List.of(
                            "Hi Margaret, can we talk about the visits?",
                            "When you drop by without warning it is hard for us.",
                            request));

            assertThat(reply.text()).as("seed %d", seed).containsIgnoringCase(named);
            assertThat(DEFLECTIONS).doesNotContain(reply.text());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "refund-outside-window|Could you tell me the order number?",
                "family-boundary|Could you tell me why you come round unannounced?"
            })
    void aRequestForInformationIsStillAQuestionToAnswer(String id, String question) {
        Scenario scenario = EvalSets.scenarios().apply(id).orElseThrow();
        Turn reply = replyTo(scenario, 1, List.of("Thanks for making the time to talk.", question));

        assertThat(reply.intent()).hasValue(Intent.ANSWER);
    }

    private static Turn replyTo(Scenario scenario, long seed, List<String> lines) {
        Practice run = Practice.replay(scenario, PracticeSettings.of(seed, 3), ANALYZER, lines);
        List<Turn> turns = run.turns();
        assertThat(run.outcome().isFinal()).as("still talking").isFalse();
        assertThat(turns.getLast().text().toLowerCase(Locale.ROOT)).isNotBlank();
        return turns.getLast();
    }
}
