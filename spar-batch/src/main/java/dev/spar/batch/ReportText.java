package dev.spar.batch;

import dev.spar.analysis.FindingCategory;
import dev.spar.review.report.Moment;
import dev.spar.review.report.Skipped;
import dev.spar.review.report.StepTally;
import dev.spar.review.report.Tally;
import dev.spar.review.report.TeamReport;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The team report as text for the terminal. */
public final class ReportText {
    private static final int TOP_CATEGORIES = 3;

    private ReportText() {}

    /** Returns the report as lines of text. */
    public static String write(TeamReport r) {
        StringBuilder out = new StringBuilder();
        Tally all = r.overall();
        line(
                out,
                "%d conversations, %d agent turns, %s of them with a problem; mean score %.0f",
                r.conversations(),
                all.agentTurns(),
                percent(all.problemRate()),
                all.meanScore());
        if (!r.skipped().isEmpty()) {
            line(
                    out,
                    "%d files could not be reviewed (listed at the end)",
                    r.skipped().size());
        }
        out.append('\n');
        line(out, "Problems, as a share of agent turns:");
        all.problems().entrySet().stream()
                .sorted(Map.Entry.<FindingCategory, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> line(
                        out,
                        "  %-24s %6s  (%d turns)",
                        e.getKey().title(),
                        percent(all.rate(e.getKey())),
                        e.getValue()));
        out.append('\n');
        line(out, "Per agent:");
        r.agents()
                .forEach((name, t) -> line(
                        out,
                        "  %-20s %4d conversations  problems on %6s of turns  mean score %3.0f  %s",
                        name,
                        t.conversations(),
                        percent(t.problemRate()),
                        t.meanScore(),
                        top(t)));
        if (!r.weeks().isEmpty()) {
            out.append('\n');
            line(out, "By week:");
            r.weeks()
                    .forEach((week, t) -> line(
                            out,
                            "  %s  %4d conversations  problems on %6s of turns  mean score %3.0f",
                            week,
                            t.conversations(),
                            percent(t.problemRate()),
                            t.meanScore()));
            if (r.undated() > 0) {
                line(out, "  (%d conversations without a date)", r.undated());
            }
        }
        out.append('\n');
        line(out, "Checklist, covered in:");
        for (StepTally s : r.steps()) {
            line(out, "  %-20s %6s  (%d of %d)", s.label(), percent(s.coverage()), s.covered(), s.conversations());
        }
        out.append('\n');
        line(out, "Scores:");
        for (int i = 0; i < TeamReport.SCORE_BUCKETS; i++) {
            line(
                    out,
                    "  %3d-%-3d %5d",
                    i * 10,
                    i == TeamReport.SCORE_BUCKETS - 1 ? 100 : i * 10 + 9,
                    r.scores().get(i));
        }
        out.append('\n');
        line(out, "The worst moments:");
        for (Moment m : r.worst()) {
            String what = m.categories().isEmpty()
                    ? "customer got angrier"
                    : m.categories().stream().map(FindingCategory::title).collect(Collectors.joining(", "));
            line(out, "  %s, turn %d (%s): %s", m.source(), m.turn(), m.agent(), what);
            line(out, "    \"%s\"", m.quote());
            line(out, "    %s", m.why());
            if (!m.rewrite().isEmpty()) {
                line(out, "    Try: %s", m.rewrite());
            }
        }
        if (!r.skipped().isEmpty()) {
            out.append('\n');
            line(out, "Not reviewed:");
            for (Skipped s : r.skipped()) {
                line(out, "  %s: %s", s.source(), s.message());
            }
        }
        return out.toString();
    }

    /** Returns an agent's three most frequent problems with their rates. */
    static String top(Tally t) {
        return t.problems().entrySet().stream()
                .sorted(Map.Entry.<FindingCategory, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_CATEGORIES)
                .map(e -> e.getKey().title() + " " + percent(t.rate(e.getKey())))
                .collect(Collectors.joining(", "));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
