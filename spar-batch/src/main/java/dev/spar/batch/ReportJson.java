package dev.spar.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.analysis.FindingCategory;
import dev.spar.review.report.Moment;
import dev.spar.review.report.Skipped;
import dev.spar.review.report.StepTally;
import dev.spar.review.report.Tally;
import dev.spar.review.report.TeamReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The team report as JSON, and back: every count is written, so a report read back is equal to the one written
 * and can be merged with others (the Spark job ships partial reports this way). Rates and means are written too,
 * for readers, and ignored when reading. The shape is described in the README.
 */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private ReportJson() {}

    /** Returns the report as indented JSON, the same text for equal reports. */
    public static String write(TeamReport report) {
        return write(JSON, report);
    }

    /** Returns the report as JSON on one line, for shipping between machines. */
    public static String compact(TeamReport report) {
        return write(COMPACT, report);
    }

    private static String write(ObjectMapper mapper, TeamReport report) {
        try {
            return mapper.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report's tree always writes", e);
        }
    }

    /** Returns the report as a JSON tree. */
    public static ObjectNode tree(TeamReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("conversations", r.conversations());
        tally(root, r.overall(), false);
        root.put("undated", r.undated());
        ArrayNode agents = root.putArray("agents");
        r.agents().forEach((name, t) -> tally(agents.addObject().put("agent", name), t, true));
        ArrayNode weeks = root.putArray("weeks");
        r.weeks().forEach((week, t) -> tally(weeks.addObject().put("week", week), t, true));
        ArrayNode steps = root.putArray("checklist");
        for (StepTally s : r.steps()) {
            steps.addObject()
                    .put("step", s.id())
                    .put("label", s.label())
                    .put("position", s.position())
                    .put("covered", s.covered())
                    .put("conversations", s.conversations())
                    .put("coverage", round(s.coverage()));
        }
        ArrayNode worst = root.putArray("worst");
        for (Moment m : r.worst()) {
            ObjectNode o = worst.addObject()
                    .put("source", m.source())
                    .put("agent", m.agent())
                    .put("turn", m.turn());
            ArrayNode cats = o.putArray("categories");
            m.categories().forEach(c -> cats.add(c.id()));
            o.put("quote", m.quote())
                    .put("why", m.why())
                    .put("rewrite", m.rewrite())
                    .put("rise", m.rise())
                    .put("severity", m.severity());
        }
        ArrayNode scores = root.putArray("scores");
        for (int i = 0; i < TeamReport.SCORE_BUCKETS; i++) {
            scores.addObject()
                    .put("from", i * 10)
                    .put("to", i == TeamReport.SCORE_BUCKETS - 1 ? 100 : i * 10 + 9)
                    .put("conversations", r.scores().get(i));
        }
        ArrayNode skipped = root.putArray("skipped");
        r.skipped().forEach(s -> skipped.addObject().put("source", s.source()).put("message", s.message()));
        return root;
    }

    private static void tally(ObjectNode o, Tally t, boolean withConversations) {
        if (withConversations) {
            o.put("conversations", t.conversations());
        }
        o.put("agentTurns", t.agentTurns())
                .put("turnsWithProblems", t.turnsWithProblems())
                .put("problemRate", round(t.problemRate()))
                .put("scoreSum", t.scoreSum())
                .put("meanScore", round(t.meanScore()));
        ArrayNode cats = o.putArray("categories");
        t.problems().entrySet().stream()
                .sorted(Map.Entry.<FindingCategory, Long>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> cats.addObject()
                        .put("category", e.getKey().id())
                        .put("title", e.getKey().title())
                        .put("turns", e.getValue())
                        .put("rate", round(t.rate(e.getKey()))));
    }

    private static BigDecimal round(double d) {
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * Reads a report written by {@link #write} or {@link #compact}.
     *
     * @throws IllegalArgumentException if the text is not such a report
     */
    public static TeamReport read(String json) {
        JsonNode root;
        try {
            root = COMPACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a team report: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a team report: expected a JSON object");
        }
        SortedMap<String, Tally> agents = new TreeMap<>();
        root.path("agents")
                .forEach(a -> agents.put(
                        text(a, "agent"), tally(a, a.path("conversations").asLong())));
        SortedMap<String, Tally> weeks = new TreeMap<>();
        root.path("weeks")
                .forEach(w -> weeks.put(
                        text(w, "week"), tally(w, w.path("conversations").asLong())));
        SortedMap<String, StepTally> steps = new TreeMap<>();
        root.path("checklist")
                .forEach(s -> steps.put(
                        text(s, "step"),
                        new StepTally(
                                s.path("position").asInt(),
                                text(s, "step"),
                                text(s, "label"),
                                s.path("covered").asLong(),
                                s.path("conversations").asLong())));
        List<Moment> worst = new ArrayList<>();
        root.path("worst").forEach(m -> {
            List<FindingCategory> cats = new ArrayList<>();
            m.path("categories").forEach(c -> cats.add(category(c.asText())));
            worst.add(new Moment(
                    text(m, "source"),
                    text(m, "agent"),
                    m.path("turn").asInt(),
                    cats,
                    text(m, "quote"),
                    text(m, "why"),
                    text(m, "rewrite"),
                    m.path("rise").asInt()));
        });
        List<Long> scores = new ArrayList<>();
        root.path("scores").forEach(s -> scores.add(s.path("conversations").asLong()));
        List<Skipped> skipped = new ArrayList<>();
        root.path("skipped").forEach(s -> skipped.add(new Skipped(text(s, "source"), text(s, "message"))));
        return new TeamReport(
                tally(root, root.path("conversations").asLong()), agents, weeks, steps, worst, scores, skipped);
    }

    private static Tally tally(JsonNode o, long conversations) {
        SortedMap<FindingCategory, Long> problems = new TreeMap<>();
        o.path("categories")
                .forEach(c -> problems.put(
                        category(text(c, "category")), c.path("turns").asLong()));
        return new Tally(
                conversations,
                o.path("agentTurns").asLong(),
                o.path("turnsWithProblems").asLong(),
                o.path("scoreSum").asLong(),
                problems);
    }

    private static FindingCategory category(String id) {
        return FindingCategory.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("not a team report: no category '" + id + "'"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("not a team report: '" + field + "' is missing or not text");
        }
        return n.asText();
    }
}
