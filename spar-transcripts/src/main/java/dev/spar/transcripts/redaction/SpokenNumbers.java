package dev.spar.transcripts.redaction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers said in words, as call transcripts write them: "four one five, five five five, oh one three
 * two", "double oh nine", "oh one seventy four", "one eight hundred". At least three single digits said as words
 * ("twenty, two hundred, three hundred" is not a number to dial); then thirteen to nineteen digits passing the Luhn
 * check are a card, and seven or more a phone number.
 */
final class SpokenNumbers {
    private static final Map<String, String> DIGITS = Map.ofEntries(
            Map.entry("zero", "0"),
            Map.entry("oh", "0"),
            Map.entry("o", "0"),
            Map.entry("nil", "0"),
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
    /** Numbers said as a pair of digits ("oh one seventy four", "twenty-five") or a hundred ("one eight hundred"). */
    private static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"),
            Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"),
            Map.entry("thirty", "30"),
            Map.entry("forty", "40"),
            Map.entry("fifty", "50"),
            Map.entry("sixty", "60"),
            Map.entry("seventy", "70"),
            Map.entry("eighty", "80"),
            Map.entry("ninety", "90"),
            Map.entry("hundred", "00"));

    private static final String WORD =
            "(?:zero|oh|o|nil|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|ten|eleven|twelve"
                    + "|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|\\d{1,5})";
    /**
     * Words of digits with pauses between them as people write them: commas, dashes, dots ("nine oh oh. one two
     * three", "seven seven zero zero... nine"), led by "plus" for an international number.
     */
    private static final Pattern RUN = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:plus\\s+)?" + WORD + "(?:(?:\\s*[,.\\-]+\\s*|\\s+)" + WORD + ")+(?![\\p{L}\\d])");

    private SpokenNumbers() {}

    static void find(String text, List<Span> out) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String[] words = m.group().toLowerCase(Locale.ROOT).split("[\\s,.\\-]+");
            StringBuilder digits = new StringBuilder();
            int spoken = 0;
            int repeat = 1;
            boolean tens = false;
            for (String w : words) {
                if (w.equals("double") || w.equals("triple") || w.equals("treble")) {
                    repeat = w.equals("double") ? 2 : 3;
                    continue;
                }
                if (w.equals("plus")) {
                    digits.append('+');
                    continue;
                }
                if (PAIRS.containsKey(w)) {
                    digits.append(PAIRS.get(w));
                    tens = w.endsWith("ty");
                    continue;
                }
                String d = DIGITS.get(w);
                if (tens && d != null && !d.equals("0")) {
                    digits.setLength(digits.length() - 1); // "seventy four" is 74
                }
                tens = false;
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
            int length = n.replace("+", "").length();
            if (length >= 13 && length <= 19 && n.indexOf('+') < 0 && Accounts.luhn(n)) {
                out.add(new Span(m.start(), m.end(), PiiType.CARD, n));
            } else if (length >= 7 && length <= 15) {
                out.add(new Span(m.start(), m.end(), PiiType.PHONE, n));
            }
        }
    }
}
