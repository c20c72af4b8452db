package dev.spar.coaching;

import dev.spar.scenario.Scenario;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a learner's line states (numbers, amounts, times, days and months, names, the scenario's facts),
 * which any rewrite of the line must keep: a rewrite that loses "$18" or "Saturday" changes the situation.
 * The critique's rewrites and the critique evaluation judge by this one definition.
 */
public final class LineFacts {
    private static final Pattern NUMBER = Pattern.compile("[$£€]?\\d(?:[\\d,.:/-]*\\d)?(?:%|k\\b|am\\b|pm\\b)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static final Set<String> CALENDAR = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "tomorrow",
            "tonight",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    private static final Set<String> RELATIVE_DAYS = Set.of("today", "tomorrow", "tonight");
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i'll", "i've", "i'd", "ok", "okay");

    private LineFacts() {}

    /** Returns the facts the text states, in order of appearance. */
    public static Set<String> of(String text, Scenario scenario) {
        Set<String> facts = new LinkedHashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            facts.add(n.group());
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (CALENDAR.contains(lower)) {
                // A day typed in lower case is still the day: "saturday" is said back as "Saturday".
                facts.add(RELATIVE_DAYS.contains(lower) ? word : capitalised(lower));
            } else if (Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(lower)
                    && !startsSentence(text, w.start())) {
                facts.add(word);
            }
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        scenario.facts().values().stream()
                .filter(v -> v.length() > 2 && lowerText.contains(v.toLowerCase(Locale.ROOT)))
                .forEach(facts::add);
        // One fact once, however it was typed: "saturday" and the scenario's "Saturday" are the same day.
        Set<String> seen = new HashSet<>();
        facts.removeIf(f -> !seen.add(f.toLowerCase(Locale.ROOT)));
        return facts;
    }

    private static String capitalised(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Returns the facts of the original the rewrite leaves out, ignoring case. */
    public static List<String> lost(String original, String rewrite, Scenario scenario) {
        String lower = rewrite.toLowerCase(Locale.ROOT);
        return of(original, scenario).stream()
                .filter(f -> !lower.contains(f.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * Returns the facts a rewrite states that neither the original line nor the scenario holds: an invented
     * day, number or name puts the learner in a situation that is not theirs. "Today" and "tomorrow" are a
     * rewrite's own timing, not invented facts.
     */
    static List<String> added(String original, String rewrite, Scenario scenario) {
        String known = (original + " " + scenarioText(scenario)).toLowerCase(Locale.ROOT);
        return of(rewrite, scenario).stream()
                .filter(f -> !RELATIVE_DAYS.contains(f.toLowerCase(Locale.ROOT)))
                .filter(f -> !known.contains(f.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static String scenarioText(Scenario scenario) {
        StringBuilder text = new StringBuilder();
        text.append(scenario.title()).append(' ').append(scenario.situation()).append(' ');
        text.append(scenario.persona().name())
                .append(' ')
                .append(scenario.persona().relationship())
                .append(' ');
        text.append(scenario.persona().history())
                .append(' ')
                .append(scenario.learner().goal())
                .append(' ');
        scenario.learner().keyPoints().forEach(k -> text.append(scenario.withFacts(k.text()))
                .append(' '));
        scenario.facts().values().forEach(v -> text.append(v).append(' '));
        scenario.decisionMap().ifPresent(m -> {
            text.append(m.concern()).append(' ');
            m.knownFacts().forEach(f -> text.append(f).append(' '));
            m.mayOffer().forEach(f -> text.append(f).append(' '));
            m.linesNotToCross().forEach(f -> text.append(f).append(' '));
        });
        return text.toString();
    }

    /**
     * Returns whether a fact is a time, a day or an amount, which a sentence like "I can't promise Saturday" can
     * carry; a name cannot be carried that way.
     */
    static boolean isWhenOrHowMuch(String fact) {
        return NUMBER.matcher(fact).matches() || CALENDAR.contains(fact.toLowerCase(Locale.ROOT));
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '(') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':';
        }
        return true;
    }
}
