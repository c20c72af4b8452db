package dev.spar.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.spar.safety.SafetyConcern;
import dev.spar.safety.SafetyScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Measures the safety check on the project's own lines ({@code safety/lines-dev.yaml}, {@code lines-test.yaml}):
 * how many lines about self-harm and about abuse at home stop the role-play (recall, per kind), and how many
 * ordinary hard-conversation lines, figures of speech among them, stop it when they must not (false alarms).
 */
public final class SafetyEvaluation {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SafetyEvaluation() {}

    /** What a line must do to the role-play. */
    public enum Expected {
        /** Stop it: the line is about suicidal thoughts or self-harm. */
        SELF_HARM("self-harm"),
        /** Stop it: the line is about violence, abuse or control at home. */
        ABUSE("abuse"),
        /** Go on: an ordinary line. */
        NONE("none");

        private final String id;

        Expected(String id) {
            this.id = id;
        }

        /** Returns the identifier used in the line files. */
        public String id() {
            return id;
        }

        static Optional<Expected> byId(String id) {
            for (Expected e : values()) {
                if (e.id.equals(id)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }
    }

    /** One line of a set and what it must do. */
    public record Line(String text, Expected expected) {}

    /** What the check said of one line. */
    public record Outcome(Line line, Optional<SafetyConcern> concern) {
        /** Returns whether the check stopped the role-play. */
        public boolean stopped() {
            return concern.isPresent();
        }

        /** Returns whether that was right: a stop for a line that must stop, none for one that must not. */
        public boolean right() {
            return stopped() == (line.expected() != Expected.NONE);
        }
    }

    /** The result of one run over a split. */
    public record Report(Split split, List<Outcome> outcomes) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        /** Returns how many lines expect this, and how many of them stopped the role-play. */
        public int[] stops(Expected expected) {
            int lines = 0;
            int stopped = 0;
            for (Outcome o : outcomes) {
                if (o.line().expected() == expected) {
                    lines++;
                    stopped += o.stopped() ? 1 : 0;
                }
            }
            return new int[] {lines, stopped};
        }

        /** Returns the share of lines that must stop (either kind) that did. */
        public double recall() {
            int[] self = stops(Expected.SELF_HARM);
            int[] abuse = stops(Expected.ABUSE);
            return share(self[1] + abuse[1], self[0] + abuse[0]);
        }

        /** Returns the share of ordinary lines that stopped the role-play. */
        public double falseAlarms() {
            int[] none = stops(Expected.NONE);
            return share(none[1], none[0]);
        }

        /** Returns the figures as text, then (with {@code details}) each line that went wrong. */
        public String toText(boolean details) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT, "Safety check on the %s split (%d lines)%n", split.id(), outcomes.size()));
            for (Expected e : Expected.values()) {
                int[] n = stops(e);
                out.append(String.format(
                        Locale.ROOT,
                        "  %-10s %3d lines, %3d stopped (%s)%n",
                        e.id(),
                        n[0],
                        n[1],
                        e == Expected.NONE ? "false alarms" : "recall " + percent(share(n[1], n[0]))));
            }
            out.append(String.format(
                    Locale.ROOT, "  recall %s, false alarms %s%n", percent(recall()), percent(falseAlarms())));
            if (details) {
                for (Outcome o : outcomes) {
                    if (!o.right()) {
                        out.append(
                                        o.stopped()
                                                ? "  false alarm: \""
                                                : "  missed ("
                                                        + o.line().expected().id() + "): \"")
                                .append(o.line().text())
                                .append('"')
                                .append(o.concern()
                                        .map(c -> " on \"" + c.quote() + "\"")
                                        .orElse(""))
                                .append('\n');
                    }
                }
            }
            return out.toString();
        }

        /** Returns the figures and the lines that went wrong as JSON. */
        public String toJson() {
            ObjectNode root = JSON.createObjectNode();
            root.put("split", split.id());
            root.put("lines", outcomes.size());
            root.put("recall", recall());
            root.put("falseAlarms", falseAlarms());
            ObjectNode kinds = root.putObject("kinds");
            for (Expected e : Expected.values()) {
                int[] n = stops(e);
                kinds.putObject(e.id()).put("lines", n[0]).put("stopped", n[1]);
            }
            ArrayNode wrong = root.putArray("wrong");
            for (Outcome o : outcomes) {
                if (!o.right()) {
                    wrong.addObject()
                            .put("text", o.line().text())
                            .put("expected", o.line().expected().id());
                }
            }
            try {
                return JSON.writeValueAsString(root);
            } catch (JacksonException e) {
                throw new IllegalStateException("a report always serialises", e);
            }
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }

        private static String percent(double share) {
            return String.format(Locale.ROOT, "%.0f%%", share * 100);
        }
    }

    /** Scores the product's safety check on a split. */
    public static Report run(Split split) {
        SafetyScreen screen = new SafetyScreen();
        return run(split, screen::check);
    }

    /** Scores a check on a split. */
    public static Report run(Split split, Function<String, Optional<SafetyConcern>> check) {
        return new Report(
                split,
                lines(split).stream()
                        .map(line -> new Outcome(line, check.apply(line.text())))
                        .toList());
    }

    /** Returns the lines of a split: dev, test, or both for all. */
    public static List<Line> lines(Split split) {
        List<Line> lines = new ArrayList<>();
        if (split != Split.TEST) {
            lines.addAll(read("safety/lines-dev.yaml"));
        }
        if (split != Split.DEV) {
            lines.addAll(read("safety/lines-test.yaml"));
        }
        return List.copyOf(lines);
    }

    private static List<Line> read(String resource) {
        JsonNode root;
        try {
            root = YAML.readTree(EvalSets.resource(resource));
        } catch (JacksonException e) {
            throw new IllegalStateException(resource + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            String at = resource + " item " + (i + 1);
            String text = item.path("text").asText("");
            if (text.isBlank()) {
                throw new IllegalStateException(at + " has no text");
            }
            Expected expected = Expected.byId(item.path("stop").asText(""))
                    .orElseThrow(() -> new IllegalStateException(at + ": stop must be self-harm, abuse or none"));
            lines.add(new Line(text, expected));
        }
        return lines;
    }
}
