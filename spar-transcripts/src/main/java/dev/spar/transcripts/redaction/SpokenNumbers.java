package dev.spar.transcripts.redaction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers said in words, as call transcripts write them: "four one five, five five five, oh one three
 * two", "double oh nine". Thirteen to nineteen digits passing the Luhn check are a card; seven or more are a
 * phone number.
 */
final class SpokenNumbers {
    private static final Map<String, String> DIGITS = Map.ofEntries(
            Map.entry("zero", "0"),
            Map.entry("oh", "0"),
            Map.entry("nought", "0"),
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"));
    private static final String WORD =
            "(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|\\d{1,4})";
    private static final Pattern RUN = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])" + WORD + "(?:(?:\\s*,\\s*|\\s*-\\s*|\\s+)" + WORD + ")+(?![\\p{L}\\d])");

    private SpokenNumbers() {}

    static void find(String text, List<Span> out) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String[] words = m.group().toLowerCase(Locale.ROOT).split("[\\s,\\-]+");
            StringBuilder digits = new StringBuilder();
            int spoken = 0;
            int repeat = 1;
            for (String w : words) {
                if (w.equals("double") || w.equals("triple")) {
                    repeat = w.equals("double") ? 2 : 3;
                    continue;
                }
                String d = DIGITS.get(w);
                if (d == null) {
                    d = w; // digits written as digits inside the run
                } else {
                    spoken++;
                }
                digits.append(d.repeat(repeat));
                repeat = 1;
            }
            if (spoken < 3) {
                continue;
            }
            String n = digits.toString();
            if (n.length() >= 13 && n.length() <= 19 && Accounts.luhn(n)) {
                out.add(new Span(m.start(), m.end(), PiiType.CARD, n));
            } else if (n.length() >= 7 && n.length() <= 15) {
                out.add(new Span(m.start(), m.end(), PiiType.PHONE, n));
            }
        }
    }
}
