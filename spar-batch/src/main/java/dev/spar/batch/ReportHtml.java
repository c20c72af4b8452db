package dev.spar.batch;

import dev.spar.analysis.FindingCategory;
import dev.spar.review.report.Moment;
import dev.spar.review.report.Skipped;
import dev.spar.review.report.StepTally;
import dev.spar.review.report.Tally;
import dev.spar.review.report.TeamReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The team report as one self-contained HTML page: the charts are inline SVG, the style is inline, there is no
 * script and nothing is fetched, so the file can be mailed or opened offline. Every text from a conversation is
 * escaped.
 */
public final class ReportHtml {
    private static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int ROW = 24;

    private ReportHtml() {}

    /** One bar of a chart: a label and a share from 0 to 1, with a note shown after it. */
    private record Bar(String label, double share, String note) {}

    /** The page's style: also served by the web app next to {@link #body}, whose policy forbids inline style. */
    public static final String STYLE = ".team-report{font:15px/1.45 system-ui,sans-serif;color:#1d2430;max-width:980px;"
            + "margin:2rem auto;padding:0 1rem}.team-report h1{font-size:1.6rem}.team-report h2{font-size:1.2rem;"
            + "margin-top:2rem;border-bottom:1px solid #dde2ea;padding-bottom:.3rem}.team-report .lead{color:#4a5568}"
            + ".team-report svg{display:block;max-width:100%;height:auto}.team-report svg text{font:12px system-ui,"
            + "sans-serif;fill:#1d2430}.team-report blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid"
            + " #c0392b;background:#fbf1f0}.team-report .moment{margin:1rem 0}.team-report .meta{color:#4a5568;"
            + "font-size:.9rem}.team-report .try{border-left-color:#2e8b57;background:#eef8f1}.team-report table"
            + "{border-collapse:collapse}.team-report td,.team-report th{padding:.25rem .6rem;text-align:left;"
            + "border-bottom:1px solid #eef0f4}.team-report svg text.bad{fill:#c0392b}.team-report svg text.good"
            + "{fill:#2e8b57}";

    /** Returns the report as a complete HTML page, its style inline. */
    public static String write(TeamReport r) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Team report · Spar</title><style>" + STYLE + "</style></head><body>\n"
                + body(r) + "</body></html>\n";
    }

    /** Returns the report as one {@code div.team-report} to put in a page that loads {@link #STYLE}. */
    public static String body(TeamReport r) {
        Tally all = r.overall();
        StringBuilder h = new StringBuilder("<div class=\"team-report\">\n");
        h.append("<h1>Team report</h1>\n<p class=\"lead\">")
                .append(r.conversations())
                .append(" conversations, ")
                .append(all.agentTurns())
                .append(" agent turns; a problem on ")
                .append(ReportText.percent(all.problemRate()))
                .append(" of them; mean score ")
                .append(String.format(Locale.ROOT, "%.0f", all.meanScore()))
                .append(".");
        if (!r.skipped().isEmpty()) {
            h.append(" ")
                    .append(r.skipped().size())
                    .append(" files could not be reviewed (<a href=\"#skipped\">listed below</a>).");
        }
        h.append("</p>\n");

        h.append("<h2>Problems, as a share of agent turns</h2>\n");
        h.append(bars("Problems by category", categoryBars(all)));

        h.append("<h2>Per agent</h2>\n");
        List<Bar> agentBars = new ArrayList<>();
        r.agents()
                .forEach((name, t) -> agentBars.add(new Bar(
                        name,
                        t.problemRate(),
                        ReportText.percent(t.problemRate()) + " of " + t.agentTurns() + " turns")));
        h.append(bars("Share of each agent's turns with a problem", agentBars));
        h.append(
                "<table><tr><th>Agent</th><th>Conversations</th><th>Mean score</th><th>Most frequent problems</th></tr>");
        r.agents().forEach((name, t) -> h.append("<tr><td>")
                .append(esc(name))
                .append("</td><td>")
                .append(t.conversations())
                .append("</td><td>")
                .append(String.format(Locale.ROOT, "%.0f", t.meanScore()))
                .append("</td><td>")
                .append(esc(ReportText.top(t)))
                .append("</td></tr>"));
        h.append("</table>\n");

        h.append("<h2>By week</h2>\n");
        if (r.weeks().isEmpty()) {
            h.append("<p>None of the conversations has a date.</p>\n");
        } else {
            h.append(trend(r));
            if (r.undated() > 0) {
                h.append("<p class=\"meta\">")
                        .append(r.undated())
                        .append(" conversations without a date are not in the weeks.</p>\n");
            }
        }

        h.append("<h2>Checklist coverage</h2>\n");
        List<Bar> stepBars = new ArrayList<>();
        for (StepTally s : r.steps()) {
            stepBars.add(new Bar(
                    s.label(),
                    s.coverage(),
                    ReportText.percent(s.coverage()) + " (" + s.covered() + " of " + s.conversations() + ")"));
        }
        h.append(bars("Share of conversations that covered each step", stepBars));

        h.append("<h2>Scores</h2>\n").append(histogram(r.scores()));

        h.append("<h2>The worst moments</h2>\n");
        if (r.worst().isEmpty()) {
            h.append("<p>No moment stood out.</p>\n");
        }
        for (Moment m : r.worst()) {
            String what = m.categories().isEmpty()
                    ? "the customer got angrier"
                    : m.categories().stream().map(FindingCategory::title).collect(Collectors.joining(", "));
            h.append("<div class=\"moment\"><div class=\"meta\">")
                    .append(esc(m.source()))
                    .append(", turn ")
                    .append(m.turn())
                    .append(" · ")
                    .append(esc(m.agent()))
                    .append(" · ")
                    .append(esc(what));
            if (m.rise() > 0) {
                h.append(" · the customer's intensity rose by ").append(m.rise());
            }
            h.append("</div><blockquote>")
                    .append(esc(m.quote()))
                    .append("</blockquote><div>")
                    .append(esc(m.why()))
                    .append("</div>");
            if (!m.rewrite().isEmpty()) {
                h.append("<blockquote class=\"try\">").append(esc(m.rewrite())).append("</blockquote>");
            }
            h.append("</div>\n");
        }
        if (!r.skipped().isEmpty()) {
            h.append("<h2 id=\"skipped\">Not reviewed</h2>\n<ul>");
            for (Skipped s : r.skipped()) {
                h.append("<li><b>")
                        .append(esc(s.source()))
                        .append("</b>: ")
                        .append(esc(s.message()))
                        .append("</li>");
            }
            h.append("</ul>\n");
        }
        return h.append("</div>\n").toString();
    }

    private static List<Bar> categoryBars(Tally t) {
        return t.problems().entrySet().stream()
                .sorted(Map.Entry.<FindingCategory, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Bar(
                        e.getKey().title(),
                        t.rate(e.getKey()),
                        ReportText.percent(t.rate(e.getKey())) + " (" + e.getValue() + " turns)"))
                .toList();
    }

    /** Horizontal bars scaled to the largest share (at least 10%), each with its note. */
    private static String bars(String title, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "<p>Nothing to show.</p>\n";
        }
        double max = Math.max(0.1, bars.stream().mapToDouble(Bar::share).max().orElse(0));
        int plot = WIDTH - LABEL - 150;
        StringBuilder s = new StringBuilder();
        s.append(svgOpen(title, WIDTH, bars.size() * ROW + 8));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * ROW;
            double w = plot * b.share() / max;
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#4f6d9a\"/>"
                            + "<text x=\"%.1f\" y=\"%d\">%s</text>",
                    LABEL - 8,
                    y + 15,
                    esc(b.label()),
                    LABEL,
                    y + 3,
                    w,
                    ROW - 8,
                    LABEL + w + 6,
                    y + 15,
                    esc(b.note())));
        }
        return s.append("</svg>\n").toString();
    }

    /** The share of agent turns with a problem and the mean score, week by week, as two lines on 0-100. */
    private static String trend(TeamReport r) {
        List<String> weeks = new ArrayList<>(r.weeks().keySet());
        int height = 220;
        int left = 40;
        int top = 16;
        int plotH = 150;
        int plotW = WIDTH - left - 50;
        double step = weeks.size() == 1 ? 0 : plotW / (double) (weeks.size() - 1);
        StringBuilder s = new StringBuilder(svgOpen("Problems and mean score by ISO week", WIDTH, height));
        for (int v = 0; v <= 100; v += 25) {
            double y = top + plotH - plotH * v / 100.0;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eef0f4\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                    left,
                    left + plotW,
                    y,
                    y,
                    left - 6,
                    y + 4,
                    v));
        }
        StringBuilder problems = new StringBuilder();
        StringBuilder scores = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            Tally t = r.weeks().get(weeks.get(i));
            double x = weeks.size() == 1 ? left + plotW / 2.0 : left + i * step;
            double yp = top + plotH - plotH * t.problemRate();
            double ys = top + plotH - plotH * t.meanScore() / 100;
            problems.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yp));
            scores.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, ys));
            s.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#c0392b\"><title>%s: problems on %s of turns, %d"
                            + " conversations</title></circle><circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#2e8b57\">"
                            + "<title>%s: mean score %.0f</title></circle>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x,
                    yp,
                    weeks.get(i),
                    ReportText.percent(t.problemRate()),
                    t.conversations(),
                    x,
                    ys,
                    weeks.get(i),
                    t.meanScore(),
                    x,
                    top + plotH + 18,
                    weeks.get(i)));
        }
        s.append("<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"")
                .append(problems.toString().strip())
                .append("\"/><polyline fill=\"none\" stroke=\"#2e8b57\" stroke-width=\"2\" points=\"")
                .append(scores.toString().strip())
                .append("\"/>");
        s.append(String.format(
                Locale.ROOT,
                "<text class=\"bad\" x=\"%d\" y=\"%d\">● problems, %% of agent turns</text>"
                        + "<text class=\"good\" x=\"%d\" y=\"%d\">● mean score</text>",
                left,
                height - 8,
                left + 220,
                height - 8));
        return s.append("</svg>\n").toString();
    }

    /** The number of conversations per score bucket, as vertical bars. */
    private static String histogram(List<Long> buckets) {
        long max = Math.max(1, buckets.stream().mapToLong(Long::longValue).max().orElse(1));
        int height = 180;
        int plotH = 130;
        int barW = (WIDTH - 40) / buckets.size();
        StringBuilder s = new StringBuilder(svgOpen("Conversations per score", WIDTH, height));
        for (int i = 0; i < buckets.size(); i++) {
            double h = plotH * buckets.get(i) / (double) max;
            int x = 20 + i * barW;
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#4f6d9a\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\">%d</text>"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d-%d</text>",
                    x + 2,
                    20 + plotH - h,
                    barW - 4,
                    h,
                    x + barW / 2,
                    16 + plotH - h,
                    buckets.get(i),
                    x + barW / 2,
                    20 + plotH + 16,
                    i * 10,
                    i == buckets.size() - 1 ? 100 : i * 10 + 9));
        }
        return s.append("</svg>\n").toString();
    }

    private static String svgOpen(String title, int width, int height) {
        return String.format(
                Locale.ROOT,
                "<svg role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                        + " xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
                esc(title),
                width,
                height,
                width,
                height,
                esc(title));
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
