package dev.spar.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the coach did on one split of the critique lines: precision and recall per problem category and overall,
 * how many good lines were left alone, how many rewrites fix their line, and every line it got wrong.
 *
 * <p>A flag counts as a true positive when its category is expected on the line and a false positive when it is
 * not; strengths never count. Conversation-level categories ({@code missing-*}, {@code unsaid-key-point}) are
 * judged only on lines that name them, because the harness ends every run right after the line.
 *
 * @param split the portion run
 * @param outcomes every item's outcome, in file order
 */
public record CritiqueReport(Split split, List<LineOutcome> outcomes) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CritiqueReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Returns the score of every problem category that was expected or flagged at least once. */
    public List<LabelScore> categories() {
        return FlagIds.problems().stream()
                .map(this::score)
                .filter(s -> s.support() + s.falsePositives() > 0)
                .toList();
    }

    /** Returns the counts over all categories together (micro-averaged). */
    public LabelScore overall() {
        List<LabelScore> all = categories();
        return new LabelScore(
                "all",
                all.stream().mapToInt(LabelScore::truePositives).sum(),
                all.stream().mapToInt(LabelScore::falsePositives).sum(),
                all.stream().mapToInt(LabelScore::falseNegatives).sum());
    }

    /** Returns the score of one category over the items that ran. */
    public LabelScore score(String category) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LineOutcome o : ran()) {
            boolean expected = o.item().flags().contains(category);
            boolean flagged = o.flagged().contains(category);
            if (expected && flagged) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (expected) {
                fn++;
            }
        }
        return new LabelScore(category, tp, fp, fn);
    }

    /** Returns the number of good lines, and how many of them the coach flagged nothing on. */
    public int goodLines() {
        return (int) ran().stream().filter(o -> o.item().isGood()).count();
    }

    /** Returns how many good lines were left unflagged. */
    public int goodLinesClean() {
        return (int) ran().stream()
                .filter(o -> o.item().isGood() && o.flagged().isEmpty())
                .count();
    }

    /** Returns every rewrite check made, in order. */
    public List<RewriteCheck> rewrites() {
        return ran().stream()
                .flatMap(o -> o.findings().stream())
                .flatMap(f -> f.rewriteCheck().stream())
                .toList();
    }

    /** Returns the share of rewrites that pass, or 0 when there were none. */
    public double rewritesPassedShare() {
        List<RewriteCheck> all = rewrites();
        return all.isEmpty()
                ? 0
                : (double) all.stream().filter(RewriteCheck::passed).count() / all.size();
    }

    /** Returns the items whose flags did not match, or that could not be run, in file order. */
    public List<LineOutcome> wrong() {
        return outcomes.stream().filter(o -> !o.matched()).toList();
    }

    /** Renders the figures and every wrong line as JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("set", "critique");
        root.put("split", split.id());
        root.put("lines", outcomes.size());
        root.put("lines_not_run", outcomes.size() - ran().size());
        root.put("lines_matched", outcomes.size() - wrong().size());
        ObjectNode cats = root.putObject("categories");
        for (LabelScore s : categories()) {
            put(cats.putObject(s.label()), s);
        }
        put(root.putObject("overall"), overall());
        ObjectNode good = root.putObject("good_lines");
        good.put("lines", goodLines());
        good.put("unflagged", goodLinesClean());
        good.put("share_unflagged", EvalReport.round(share(goodLinesClean(), goodLines())));
        ObjectNode rewrites = root.putObject("rewrites");
        List<RewriteCheck> checks = rewrites();
        rewrites.put("checked", checks.size());
        rewrites.put("passed", checks.stream().filter(RewriteCheck::passed).count());
        rewrites.put("share_passed", EvalReport.round(rewritesPassedShare()));
        rewrites.put(
                "fewer_problems",
                checks.stream().filter(RewriteCheck::fewerProblems).count());
        rewrites.put(
                "no_new_problem",
                checks.stream().filter(c -> c.newProblems().isEmpty()).count());
        rewrites.put(
                "facts_kept",
                checks.stream().filter(c -> c.lostFacts().isEmpty()).count());
        rewrites.put(
                "reads_whole", checks.stream().filter(c -> c.flaws().isEmpty()).count());
        var failing = rewrites.putArray("failing");
        for (LineOutcome o : ran()) {
            for (LineFinding f : o.findings()) {
                f.rewriteCheck().filter(c -> !c.passed()).ifPresent(c -> failing.addObject()
                        .put("id", o.item().id())
                        .put("category", f.category())
                        .put("rewrite", c.rewrite())
                        .put("why", c.why()));
            }
        }
        var wrong = root.putArray("wrong");
        for (LineOutcome o : wrong()) {
            ObjectNode n = wrong.addObject();
            n.put("id", o.item().id());
            n.put("line", o.item().line());
            o.item().flags().stream().sorted().forEach(n.withArray("expected")::add);
            o.flagged().forEach(n.withArray("flagged")::add);
            o.missed().forEach(n.withArray("missed")::add);
            o.extra().forEach(n.withArray("extra")::add);
            o.error().ifPresent(e -> n.put("error", e));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders a table per category, the good-line and rewrite figures and every wrong line, for a terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Critique lines, %s split: %d lines (%d good), %d flagged exactly as expected%s%n%n",
                split.id(),
                outcomes.size(),
                outcomes.stream().filter(o -> o.item().isGood()).count(),
                outcomes.size() - wrong().size(),
                ran().size() == outcomes.size() ? "" : ", " + (outcomes.size() - ran().size()) + " could not be run"));
        int width = Math.max(
                8, categories().stream().mapToInt(s -> s.label().length()).max().orElse(8));
        String row = "%-" + width + "s %6s %6s %6s %7s %4s %4s %4s%n";
        out.append(String.format(Locale.ROOT, row, "category", "P", "R", "F1", "support", "TP", "FP", "FN"));
        for (LabelScore s : categories()) {
            out.append(line(row, s));
        }
        out.append(line(row, overall()));
        out.append(String.format(
                Locale.ROOT,
                "%nGood lines left unflagged: %d of %d (%s)%n",
                goodLinesClean(),
                goodLines(),
                EvalReport.fixed(share(goodLinesClean(), goodLines()))));
        List<RewriteCheck> checks = rewrites();
        out.append(String.format(
                Locale.ROOT,
                "Rewrites that fix their line: %d of %d (%s); fewer problems %d, no new problem %d, facts kept %d,"
                        + " read whole %d%n",
                checks.stream().filter(RewriteCheck::passed).count(),
                checks.size(),
                EvalReport.fixed(rewritesPassedShare()),
                checks.stream().filter(RewriteCheck::fewerProblems).count(),
                checks.stream().filter(c -> c.newProblems().isEmpty()).count(),
                checks.stream().filter(c -> c.lostFacts().isEmpty()).count(),
                checks.stream().filter(c -> c.flaws().isEmpty()).count()));
        boolean headed = false;
        for (LineOutcome o : ran()) {
            for (LineFinding f : o.findings()) {
                if (f.rewriteCheck().isEmpty() || f.rewriteCheck().get().passed()) {
                    continue;
                }
                if (!headed) {
                    out.append(String.format("%nRewrites that do not fix their line%n"));
                    headed = true;
                }
                RewriteCheck check = f.rewriteCheck().get();
                out.append(String.format(
                        Locale.ROOT,
                        "  [%s] %s: \"%s\"%n      %s%n",
                        o.item().id(),
                        f.category(),
                        Scoring.truncate(check.rewrite(), 200),
                        check.why()));
            }
        }
        if (!wrong().isEmpty()) {
            out.append(String.format("%nLines flagged otherwise than expected%n"));
        }
        for (LineOutcome o : wrong()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  [%s] \"%s\"%n      expected: %s; coach: %s%n",
                    o.item().id(),
                    Scoring.truncate(o.item().line(), 200),
                    o.item().flags().isEmpty()
                            ? "(nothing)"
                            : String.join(
                                    ", ", o.item().flags().stream().sorted().toList()),
                    o.error().map(e -> "could not run: " + e).orElseGet(() -> said(o))));
            if (o.error().isEmpty()) {
                out.append(String.format(
                        Locale.ROOT,
                        "      missed: %s; extra: %s%n",
                        o.missed().isEmpty() ? "-" : String.join(", ", o.missed()),
                        o.extra().isEmpty() ? "-" : String.join(", ", o.extra())));
            }
        }
        return out.toString();
    }

    private List<LineOutcome> ran() {
        return outcomes.stream().filter(o -> o.error().isEmpty()).toList();
    }

    private static String said(LineOutcome o) {
        List<LineFinding> problems = o.findings().stream()
                .filter(LineFinding::problem)
                .filter(f -> o.item().judges(f.category()))
                .toList();
        if (problems.isEmpty()) {
            return "(nothing)";
        }
        return problems.stream()
                .map(f -> f.category() + " (\"" + Scoring.truncate(f.quote(), 60) + "\""
                        + f.rewriteCheck()
                                .filter(c -> !c.passed())
                                .map(c -> "; rewrite fails: " + c.why())
                                .orElse("")
                        + ")")
                .collect(Collectors.joining(", "));
    }

    private static String line(String row, LabelScore s) {
        return String.format(
                Locale.ROOT,
                row,
                s.label(),
                EvalReport.fixed(s.precision()),
                EvalReport.fixed(s.recall()),
                EvalReport.fixed(s.f1()),
                s.support(),
                s.truePositives(),
                s.falsePositives(),
                s.falseNegatives());
    }

    private static void put(ObjectNode n, LabelScore s) {
        n.put("precision", EvalReport.round(s.precision()));
        n.put("recall", EvalReport.round(s.recall()));
        n.put("f1", EvalReport.round(s.f1()));
        n.put("support", s.support());
        n.put("tp", s.truePositives());
        n.put("fp", s.falsePositives());
        n.put("fn", s.falseNegatives());
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
