package dev.spar.eval;

import dev.spar.scenario.Scenario;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The facts a line states (numbers, amounts, dates, names), which a rewrite of it must keep. */
final class LineFacts {

    private static final Pattern NUMBER = Pattern.compile("[$£€]?\\d(?:[\\d,.:/-]*\\d)?(?:%|k\\b)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    private static final Set<String> CALENDAR = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
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
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i'll", "i've", "i'd", "ok", "okay");

    private LineFacts() {}

    /** Returns the facts of a line: numbers and amounts, calendar words, capitalised names, scenario facts. */
    static Set<String> of(String line, Scenario scenario) {
        Set<String> facts = new LinkedHashSet<>();
        Matcher n = NUMBER.matcher(line);
        while (n.find()) {
            facts.add(n.group());
        }
        Matcher w = WORD.matcher(line);
        while (w.find()) {
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (CALENDAR.contains(lower)) {
                facts.add(word);
            } else if (Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(lower)
                    && !startsSentence(line, w.start())) {
                facts.add(word);
            }
        }
        String lowerLine = line.toLowerCase(Locale.ROOT);
        scenario.facts().values().stream()
                .filter(v -> v.length() > 2 && lowerLine.contains(v.toLowerCase(Locale.ROOT)))
                .forEach(facts::add);
        return facts;
    }

    /** Returns the facts of the original line the rewrite does not contain, ignoring case. */
    static List<String> lost(String original, String rewrite, Scenario scenario) {
        String lower = rewrite.toLowerCase(Locale.ROOT);
        return of(original, scenario).stream()
                .filter(f -> !lower.contains(f.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static boolean startsSentence(String line, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '(') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':';
        }
        return true;
    }
}
