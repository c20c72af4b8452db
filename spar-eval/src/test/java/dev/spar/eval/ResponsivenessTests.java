package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.scenario.Intent;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Phase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResponsivenessTests {

    private static final CounterpartState CALM = state(30, 50, 50);

    private static CounterpartState state(int anger, int trust, int patience) {
        return new CounterpartState(anger, trust, patience, Map.of(), Phase.values()[0], List.of());
    }

    private static Expectations contains(String... words) {
        return new Expectations(List.of(words), List.of(), List.of(), false, false, false, false, Set.of(), Set.of());
    }

    private static Expectations angerMustNotFall() {
        return new Expectations(
                List.of(), List.of(), List.of(), true, false, false, false, Set.of(), Set.of(Intent.SOFTEN));
    }

    private static Probe probe(String id, ProbeKind kind, Expectations expect) {
        return new Probe(id, "angry-delay", 1, Optional.empty(), 3, List.of(), "a line for " + id, kind, expect);
    }

    @Nested
    class ExpectationChecks {
        @Test
        void aFactInTheReplyPassesWhateverItsCase() {
            Probe p = probe("fact", ProbeKind.FACTUAL_QUESTION, contains("TT-90417"));

            ResponsivenessReport report = Responsiveness.run(
                    Split.DEV,
                    List.of(p),
                    q -> new ProbeObservation("It's tt-90417, I told you.", Optional.of(Intent.ANSWER), CALM, CALM));

            assertThat(report.results().getFirst().passed()).isTrue();
        }

        @Test
        void aJokeThatSoothesFailsWithBothReasons() {
            Probe p = probe("joke", ProbeKind.JOKE, angerMustNotFall());

            ResponsivenessReport report = Responsiveness.run(
                    Split.DEV,
                    List.of(p),
                    q -> new ProbeObservation(
                            "Ha. Okay.", Optional.of(Intent.SOFTEN), state(40, 50, 50), state(32, 55, 45)));

            assertThat(report.failing()).singleElement().satisfies(r -> assertThat(r.failures())
                    .containsExactly("anger fell 40 -> 32", "intent soften is ruled out"));
        }

        @Test
        void aStockLineThatIgnoresTheNumberFails() {
            Expectations notAgain = new Expectations(
                    List.of(),
                    List.of("What number do you have in mind"),
                    List.of(),
                    false,
                    false,
                    false,
                    false,
                    Set.of(),
                    Set.of());
            Probe p = probe("number", ProbeKind.GIVING_GROUND, notAgain);

            ResponsivenessReport report = Responsiveness.run(
                    Split.DEV,
                    List.of(p),
                    q -> new ProbeObservation(
                            "What number do you have in mind?", Optional.of(Intent.DEMAND), CALM, CALM));

            assertThat(report.failing().getFirst().failures())
                    .containsExactly("reply contains \"What number do you have in mind\"");
        }
    }

    @Nested
    class Report {
        private final List<Probe> probes = List.of(
                probe("ok-fact", ProbeKind.FACTUAL_QUESTION, contains("90417")),
                probe("bad-fact", ProbeKind.FACTUAL_QUESTION, contains("90417")),
                probe("broken", ProbeKind.OFFER, contains("refund")));

        private final ResponsivenessReport report = Responsiveness.run(Split.TEST, probes, p -> switch (p.id()) {
            case "ok-fact" -> new ProbeObservation("Order 90417.", Optional.of(Intent.ANSWER), CALM, CALM);
            case "bad-fact" -> new ProbeObservation("Fine, ask me whatever.", Optional.of(Intent.ANSWER), CALM, CALM);
            default -> throw new IllegalStateException("the conversation ended (walked-away)");
        });

        @Test
        void countsPassesPerKindAndOverall() {
            assertThat(report.byKind().get(ProbeKind.FACTUAL_QUESTION)).isEqualTo(new ResponsivenessReport.Tally(2, 1));
            assertThat(report.byKind().get(ProbeKind.OFFER)).isEqualTo(new ResponsivenessReport.Tally(1, 0));
            assertThat(report.overall()).isEqualTo(new ResponsivenessReport.Tally(3, 1));
        }

        @Test
        void listsEachFailingProbeWithTheReplyAndWhy() {
            String text = report.toText();

            assertThat(text)
                    .contains("[bad-fact] factual-question")
                    .contains("reply:    \"Fine, ask me whatever.\" (answer;")
                    .contains("failed:   reply has none of \"90417\"")
                    .contains("[broken] offer")
                    .contains("could not run: the conversation ended (walked-away)")
                    .doesNotContain("[ok-fact]");
        }

        @Test
        void jsonCarriesTheFiguresAndTheFailures() {
            assertThat(report.toJson())
                    .contains("\"share_passed\" : 0.3333")
                    .contains("\"id\" : \"bad-fact\"")
                    .contains("\"failed\" : [ \"reply has none of \\\"90417\\\"\" ]");
        }
    }

    @Test
    void aRealPracticeRunRepliesToAProbeFromTheBundledSets() {
        Probe first = EvalSets.probes(Split.DEV).getFirst();

        ProbeObservation seen = Responsiveness.practice(EvalSets.scenarios(), new RuleAnalyzer())
                .reply(first);

        assertThat(seen.reply()).isNotBlank();
        assertThat(seen.intent()).isPresent();
    }

    @Test
    void aVersionIsPlayedByTheFirstSeedThatChoosesIt() {
        var scenario = EvalSets.scenarios().apply("angry-delay").orElseThrow();

        long seed = Responsiveness.seedPlaying(scenario, 1, 3, "Sarcastic", new RuleAnalyzer());

        assertThat(dev.spar.simulation.Practice.start(
                                scenario, dev.spar.simulation.PracticeSettings.of(seed, 3), new RuleAnalyzer())
                        .version()
                        .orElseThrow()
                        .name())
                .isEqualTo("Sarcastic");
    }
}
