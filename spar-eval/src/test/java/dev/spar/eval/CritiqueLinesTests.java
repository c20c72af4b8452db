package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CritiqueLinesTests {

    private static CritiqueItem item(String id, Set<String> flags, Set<String> notFlags) {
        return new CritiqueItem(id, "angry-delay", 1, 3, List.of(), "line " + id, flags, notFlags);
    }

    private static LineFinding problem(String category) {
        return new LineFinding(category, true, "quote", Optional.empty(), Optional.empty());
    }

    private static LineFinding strength(String category) {
        return new LineFinding(category, false, "quote", Optional.empty(), Optional.empty());
    }

    private static LineFinding withRewrite(String category, RewriteCheck check) {
        return new LineFinding(category, true, "quote", Optional.of(check.rewrite()), Optional.of(check));
    }

    @Test
    void expectedFlagsAreTruePositivesAndExtraProblemFlagsFalsePositives() {
        List<CritiqueItem> items =
                List.of(item("sarcastic", Set.of("sarcasm", "dismissal"), Set.of()), item("good", Set.of(), Set.of()));

        CritiqueReport report = CritiqueLines.run(Split.DEV, items, i -> switch (i.id()) {
            case "sarcastic" -> List.of(problem("dismissal"), problem("hedging"));
            default -> List.of(strength("empathy"), problem("hedging"));
        });

        assertThat(report.score("dismissal")).isEqualTo(new LabelScore("dismissal", 1, 0, 0));
        assertThat(report.score("sarcasm")).isEqualTo(new LabelScore("sarcasm", 0, 0, 1));
        assertThat(report.score("hedging")).isEqualTo(new LabelScore("hedging", 0, 2, 0));
        assertThat(report.overall()).isEqualTo(new LabelScore("all", 1, 2, 1));
        assertThat(report.goodLines()).isEqualTo(1);
        assertThat(report.goodLinesClean()).isZero();
    }

    @Test
    void conversationLevelFlagsCountOnlyOnLinesThatNameThem() {
        List<CritiqueItem> items = List.of(
                item("silent", Set.of(), Set.of()), item("typo-next-step", Set.of(), Set.of("missing-next-step")));

        CritiqueReport report = CritiqueLines.run(
                Split.DEV, items, i -> List.of(problem("missing-next-step"), problem("unsaid-key-point")));

        assertThat(report.score("missing-next-step")).isEqualTo(new LabelScore("missing-next-step", 0, 1, 0));
        assertThat(report.score("unsaid-key-point").falsePositives()).isZero();
        assertThat(report.goodLinesClean()).isEqualTo(1);
        assertThat(report.toText())
                .contains("[typo-next-step]")
                .contains("extra: missing-next-step")
                .doesNotContain("[silent]");
    }

    @Test
    void aMissedLineIsListedWithWhatWasExpectedAndWhatTheCoachSaid() {
        CritiqueReport report = CritiqueLines.run(
                Split.TEST,
                List.of(item("courier", Set.of("blaming-others"), Set.of())),
                i -> List.of(problem("dismissal")));

        assertThat(report.toText())
                .contains("[courier] \"line courier\"")
                .contains("expected: blaming-others; coach: dismissal (\"quote\")")
                .contains("missed: blaming-others; extra: dismissal");
    }

    @Test
    void rewritesPassOnlyWithFewerProblemsNoNewOneAndTheFactsKept() {
        RewriteCheck fixes = new RewriteCheck("better", true, List.of(), List.of());
        RewriteCheck losesTheAmount = new RewriteCheck("vaguer", true, List.of(), List.of("$18"));
        RewriteCheck addsAHedge = new RewriteCheck("softer", true, List.of("hedging"), List.of());

        CritiqueReport report = CritiqueLines.run(
                Split.DEV,
                List.of(item("r", Set.of("blame"), Set.of())),
                i -> List.of(
                        withRewrite("blame", fixes),
                        withRewrite("dismissal", losesTheAmount),
                        withRewrite("condescension", addsAHedge)));

        assertThat(report.rewritesPassedShare()).isEqualTo(1.0 / 3);
        assertThat(losesTheAmount.why()).isEqualTo("lost: $18");
        assertThat(addsAHedge.why()).isEqualTo("new: hedging");
    }

    @Test
    void anItemThatCannotRunIsReportedNotScored() {
        CritiqueReport report = CritiqueLines.run(Split.DEV, List.of(item("ended", Set.of("blame"), Set.of())), i -> {
            throw new IllegalStateException("the conversation ended (resolved) after 1 of 2 context lines");
        });

        assertThat(report.score("blame").support()).isZero();
        assertThat(report.toText()).contains("could not run: the conversation ended (resolved)");
    }

    @Test
    void aRealRunFindsTheLinesOwnFlagsAndChecksTheirRewrites() {
        CritiqueItem blame = new CritiqueItem(
                "real",
                "angry-delay",
                8,
                3,
                List.of(),
                "You should have ordered earlier, and the $18 express fee is not refundable.",
                Set.of("blame"),
                Set.of());

        List<LineFinding> findings =
                CritiqueLines.practice(EvalSets.scenarios(), new RuleAnalyzer()).critique(blame);

        assertThat(findings).isNotEmpty();
        assertThat(findings.stream().flatMap(f -> f.rewriteCheck().stream()))
                .allSatisfy(c -> assertThat(c.rewrite()).isNotBlank());
    }
}
