package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.coaching.LineFacts;
import dev.spar.scenario.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvalSetsTests {

    private final Function<String, Optional<Scenario>> scenarios = EvalSets.scenarios();

    @Test
    void theProbeSetsCoverEveryKindOverAtLeastTenScenariosInBothHalves() {
        List<Probe> dev = EvalSets.probes(Split.DEV);
        List<Probe> test = EvalSets.probes(Split.TEST);
        List<Probe> holdout = EvalSets.probes(Split.HOLDOUT);

        assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(80);
        assertThat(EvalSets.probes(Split.ALL)).hasSize(dev.size() + test.size() + holdout.size());
        for (List<Probe> half : List.of(dev, test, holdout)) {
            assertThat(half.stream().map(Probe::kind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(ProbeKind.values());
        }
        Set<String> used =
                EvalSets.probes(Split.ALL).stream().map(Probe::scenario).collect(Collectors.toSet());
        assertThat(used).hasSizeGreaterThanOrEqualTo(10).contains("best-man", "scope-creep-client");
        assertThat(used).allSatisfy(id -> assertThat(scenarios.apply(id)).isPresent());
    }

    @Test
    void theCritiqueSetsHoldEnoughLinesAndGoodLinesInBothHalves() {
        List<CritiqueItem> all = EvalSets.critiqueLines(Split.ALL);

        assertThat(all).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.stream().filter(CritiqueItem::isGood)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all)
                .allSatisfy(i -> assertThat(scenarios.apply(i.scenario())).isPresent());
        Set<String> expected = all.stream().flatMap(i -> i.flags().stream()).collect(Collectors.toSet());
        assertThat(expected).containsAll(FlagIds.ANNOUNCED).contains("concession");
        for (Split half : List.of(Split.DEV, Split.TEST, Split.HOLDOUT)) {
            assertThat(EvalSets.critiqueLines(half).stream().filter(CritiqueItem::isGood))
                    .isNotEmpty();
        }
        assertThat(all)
                .hasSize(EvalSets.critiqueLines(Split.DEV).size()
                        + EvalSets.critiqueLines(Split.TEST).size()
                        + EvalSets.critiqueLines(Split.HOLDOUT).size());
    }

    @Test
    void theHeldOutProbesAreNoneOfTheOthers() {
        Set<String> held =
                EvalSets.probes(Split.HOLDOUT).stream().map(Probe::id).collect(Collectors.toSet());
        Set<String> others = java.util.stream.Stream.concat(
                        EvalSets.probes(Split.DEV).stream(), EvalSets.probes(Split.TEST).stream())
                .map(Probe::id)
                .collect(Collectors.toSet());

        assertThat(held).hasSizeGreaterThanOrEqualTo(80).doesNotContainAnyElementsOf(others);
    }

    @Test
    void aRewriteMustKeepTheNumbersDatesAndNamesOfTheLine() {
        Scenario delay = scenarios.apply("angry-delay").orElseThrow();

        assertThat(LineFacts.of("Sorry, I'll refund the $18 and call you Friday, Luis. Order TT-90417.", delay))
                .contains("$18", "Friday", "Luis", "TT-90417")
                .doesNotContain("Sorry", "Order");
        assertThat(LineFacts.lost("I'll refund the $18 by Friday.", "I'll refund the express fee by Friday.", delay))
                .containsExactly("$18");
    }
}
