package dev.spar.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions that are answered by what they name rather than by a topic: "is it $152 a month now?" names a
 * figure to be confirmed or put right, and "how's Leah?" asks after someone the person knows. People ask both
 * in every scenario, in words no topic list foresees.
 */
final class Checks {
    /** A figure of one kind: an amount with its currency, a day of the month, a share, a time of day. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<money>[$£€]\\s?\\d[\\d,]*(?:\\.\\d+)?)(?<thousands>k\\b)?"
                    + "|\\b(?<day>\\d{1,2})(?:st|nd|rd|th)\\b"
                    + "|\\b(?<share>\\d{1,3}(?:\\.\\d+)?)\\s?%"
                    + "|\\b(?<clock>\\d{1,2}(?::\\d\\d)?)\\s?(?<half>am|pm)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How a question that asks for a yes or a no about what it names begins or ends. */
    private static final Pattern CLOSED = Pattern.compile(
            "^(?:(?:and|so|just to check|sorry|ok|okay|right|wait)[,\\s]+)*"
                    + "(?:is|was|are|were|did|do|does|it's|its|that's|thats|you paid|you said)\\b"
                    + "|\\b(?:is that right|isn't it|wasn't it|is it|was it|right|correct|yeah)\\s*\\?"
                    + "|\\bor (?:the )?[$£€]?\\d",
            Pattern.CASE_INSENSITIVE);

    /** "how's Leah", "how is Priya doing", "how are Maya and Leo". */
    private static final Pattern ASKING_AFTER =
            Pattern.compile("\\b[Hh]ow(?:'s|\u2019s| is| are|s)\\s+(?:your\\s+|you(?:r)?\\s+)?(\\p{Lu}\\p{Ll}+)");

    /** How far a figure named may be from the fact's and still be taken for a mistake about it. */
    private static final double NEAR = 0.35;

    private static final int NEAREST_DAY = 10;

    private Checks() {}

    /** A figure the learner named, checked against the fact of the same kind nearest to it. */
    record Checked(String topic, String value, boolean right) {}

    /**
     * Returns the fact a closed question names a figure of, and whether the figure is right: "is it $152 a
     * month?" against a price of $142, "the call was on the 5th, wasn't it?" against the 4th.
     *
     * @param question the learner's line
     * @param facts the scenario's facts by key
     * @return the nearest fact of the same kind, or empty when the line names none or is not a closed question
     */
    static Optional<Checked> figureIn(String question, Map<String, String> facts) {
        // The sentence that asks is checked, not a summary before it ("so, $342 by 3pm. Is that right?").
        String whole = question.strip().replace('\u2019', '\'');
        String text = Wording.sentences(whole).stream()
                .filter(sentence -> sentence.endsWith("?"))
                .reduce((first, last) -> last)
                .orElse(whole);
        if (!CLOSED.matcher(text).find()) {
            return Optional.empty();
        }
        List<Figure> named = figures(text);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        // Only a fact that is a single figure can be checked against one.
        Map<String, Figure> single = new LinkedHashMap<>();
        facts.forEach((key, value) -> {
            List<Figure> own = figures(value);
            if (own.size() == 1) {
                single.put(key, own.getFirst());
            }
        });
        // A figure the learner names exactly confirms that fact; otherwise the nearest of the same kind.
        for (Figure figure : named) {
            for (Map.Entry<String, Figure> fact : single.entrySet()) {
                if (fact.getValue().equals(figure)) {
                    return Optional.of(new Checked(fact.getKey(), facts.get(fact.getKey()), true));
                }
            }
        }
        Checked best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Figure figure : named) {
            for (Map.Entry<String, Figure> fact : single.entrySet()) {
                if (!fact.getValue().kind().equals(figure.kind())) {
                    continue;
                }
                double distance = figure.distanceTo(fact.getValue());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Checked(fact.getKey(), facts.get(fact.getKey()), false);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the name of someone the line asks after ("how's Leah getting on?") when the scenario knows
     * them: a fact names them.
     */
    static Optional<String> personAskedAfter(String line, Map<String, String> facts) {
        Matcher m = ASKING_AFTER.matcher(line.replace('\u2019', '\''));
        while (m.find()) {
            String name = m.group(1);
            Pattern named = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
            boolean known =
                    facts.values().stream().anyMatch(v -> named.matcher(v).find());
            if (known) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private record Figure(String kind, double amount) {
        double distanceTo(Figure other) {
            if (kind.startsWith("money") || kind.equals("share")) {
                double relative = Math.abs(amount - other.amount) / Math.max(amount, other.amount);
                return relative <= NEAR ? relative : Double.MAX_VALUE;
            }
            double apart = Math.abs(amount - other.amount);
            return apart <= NEAREST_DAY ? apart : Double.MAX_VALUE;
        }
    }

    private static List<Figure> figures(String text) {
        List<Figure> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            if (m.group("money") != null) {
                String digits = m.group("money").replaceAll("[^\\d.]", "");
                double amount = Double.parseDouble(digits) * (m.group("thousands") != null ? 1000 : 1);
                found.add(new Figure("money" + m.group("money").charAt(0), amount));
            } else if (m.group("day") != null) {
                found.add(new Figure("day", Integer.parseInt(m.group("day"))));
            } else if (m.group("share") != null) {
                found.add(new Figure("share", Double.parseDouble(m.group("share"))));
            } else {
                String[] parts = m.group("clock").split(":");
                double hour = Integer.parseInt(parts[0]) % 12
                        + (m.group("half").toLowerCase(Locale.ROOT).equals("pm") ? 12 : 0)
                        + (parts.length > 1 ? Integer.parseInt(parts[1]) / 60.0 : 0);
                found.add(new Figure("clock", hour));
            }
        }
        return found;
    }
}
