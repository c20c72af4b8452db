package dev.spar.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hints and rewrites speak the language of the relationship: a freelancer ending a contract with a client is not a
 * support desk ("I can hear how much this has cost you", "Does that cover everything?"), and a talk with a parent
 * written on the customer shelf is still a talk with a parent.
 */
class ConversationKindTests {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    private static final List<String> LINES = List.of(
            "Hi Marcus, thanks for making time.",
            "ok so basically I've been thinking about things for a while and, um, it's sort of hard to say.",
            "you're always sending stuff on sundays, which is frankly ridiculous.",
            "Sorry, sorry, I know, I'm really sorry.",
            "Maybe we could possibly talk about the invoice at some point?");

    /** Everything the learner is told to say in a run: hints before each line, and the critique's rewrites. */
    private static List<String> advice(Scenario scenario) {
        Coach coach = new Coach();
        Practice run = Practice.start(scenario, PracticeSettings.of(7, 3), new RuleAnalyzer());
        List<String> told = new ArrayList<>();
        for (String line : LINES) {
            if (run.outcome().isFinal()) {
                break;
            }
            told.add(coach.hint(run));
            run.say(line);
        }
        run.end();
        coach.critique(run).findings().forEach(f -> f.rewrite().ifPresent(told::add));
        return told;
    }

    private static boolean soundsLikeASupportDesk(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Phrasings.CALL_CENTRE.stream().anyMatch(lower::contains) || lower.contains("does that cover everything");
    }

    @Test
    void aClientOfYourOwnWorkIsNotSpokenToLikeASupportCaller() {
        Scenario contract = LIBRARY.find("end-freelance-contract").orElseThrow();

        assertThat(ConversationKind.of(contract)).isEqualTo(ConversationKind.CLIENT);
        assertThat(advice(contract)).isNotEmpty().noneMatch(ConversationKindTests::soundsLikeASupportDesk);
    }

    @Test
    void aParentWrittenOnTheCustomerShelfIsStillAParent() {
        Scenario mum = StarterScenario.from(
                "mum",
                new Setup(
                        "my mum",
                        "Mum",
                        "ask her to stop commenting on my weight",
                        "she cries",
                        "hurt",
                        Scenario.Category.CUSTOMER_SERVICE));

        assertThat(ConversationKind.of(mum)).isEqualTo(ConversationKind.PERSONAL);
        assertThat(advice(mum))
                .isNotEmpty()
                .noneMatch(ConversationKindTests::soundsLikeASupportDesk)
                // The key point quoted mid-sentence keeps its "I": "...: i'd like you to stop" read as a typo.
                .noneMatch(t -> t.contains("i'd like"));
    }

    @Test
    void customersStayCustomers() {
        for (String id :
                List.of("angry-delay", "leaving-customer", "renewal-churn-threat", "customer-facing-interview")) {
            assertThat(ConversationKind.of(LIBRARY.find(id).orElseThrow()))
                    .as(id)
                    .isEqualTo(ConversationKind.CUSTOMER);
        }
        assertThat(ConversationKind.of(LIBRARY.find("family-boundary").orElseThrow()))
                .isEqualTo(ConversationKind.PERSONAL);
        assertThat(ConversationKind.of(LIBRARY.find("raise-request").orElseThrow()))
                .isEqualTo(ConversationKind.WORKPLACE);
    }
}
