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

    /** A code said on its own: up to four words or groups of digits ("oh one one three", "forty-four", "312"). */
    private static final String CODE = WORD + "(?:[\\s,\\-]+" + WORD + "){0,4}";

    /** What names a code: "area code", "dialling code", "country code", or "code" on its own. */
    private static final String CODE_NAME = "(?:(?:area|dialling|dialing|country|std|uk|us) )?code";

    /**
     * The code after the number, in the same sentence or the next: "..., area code four one five", "... and the area
     * code is two one two", "... with a two oh six area code", "... (area code 212)", "... . It's a three one two
     * number."
     */
    private static final Pattern CODE_AFTER = Pattern.compile("(?i)[\\s,;:.()\\-\u2013\u2014\u2026]*(?:(?:and|with"
            + "|that's|it's|it is|that is) )?(?:(?:the|a|an|my) )?(?:" + CODE_NAME + "(?:'s|\\s+is|:)?[\\s,]*(?<code>"
            + CODE
            + ")(?![\\p{L}\\d])|(?<before>" + CODE
            + ") (?:(?:area|dialling|dialing|country) code|number)(?![\\p{L}\\d]))");

    /**
     * The code before the number, with what joins them: "area code four one five, then ", "country code four four,
     * then ", "the area code is three one two and the number is ", "plus forty-four, ", "+44, then ", "a six one
     * seven number: ".
     */
    private static final Pattern CODE_BEFORE = Pattern.compile(
            "(?i)(?:" + CODE_NAME + "(?:'s|\\s+is|:)?[\\s,]*(?<code>" + CODE
                    + ")|(?<plus>plus\\s+|\\+)(?<pcode>" + CODE + ")|\\b(?:an?|the) (?<ncode>" + CODE + ") number)"
                    + "[\\s,:;\\-]*(?:(?:and |then |so )?(?:(?:the|my) )?(?:number|rest)(?:'s|\\s+is|:)?|then)?[\\s,:]*$");

    /** How far before a number its code is looked for. */
    private static final int LOOK_BEHIND = 60;

    /** The most digits a country or area code has. */
    private static final int MAX_CODE_DIGITS = 5;

    private SpokenNumbers() {}

    static void find(String text, List<Span> out) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            if (digits(m.group(), digits) < 3) {
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

    /**
     * Writes the digits a run of words and digits says ("double oh four four" is 0044) and returns how many of its
     * digits were said as words.
     */
    private static int digits(String run, StringBuilder digits) {
        int spoken = 0;
        int repeat = 1;
        boolean tens = false;
        for (String w : run.toLowerCase(Locale.ROOT).split("[\\s,.\\-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("double") || w.equals("triple") || w.equals("treble")) {
                repeat = w.equals("double") ? 2 : 3;
                continue;
            }
            if (w.equals("plus") || w.equals("+")) {
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
                d = w.replace("+", ""); // digits written as digits inside the run
            } else {
                spoken++;
            }
            digits.append(d.repeat(repeat));
            repeat = 1;
        }
        return spoken;
    }

    /**
     * Widens each phone number found to the area or country code said apart from it, as callers give them out of
     * dialling order: after it ("five five five, oh one two four, area code four one five", "... with a two oh six
     * area code") or before it ("area code four one five, then five five five...", "country code four four, then
     * ...", "plus forty-four, seven seven...", "a six one seven number: ..."). The code must be named as one (or led
     * by "plus"): a number and a few more digits said next to it are not joined.
     */
    static void joinCodes(String text, List<Span> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("code") && !lower.contains("plus") && !lower.contains("+") && !lower.contains("number")) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Span phone = found.get(i);
            if (phone.type() != PiiType.PHONE) {
                continue;
            }
            int start = phone.start();
            int end = phone.end();
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            Matcher a = CODE_AFTER.matcher(text).region(end, text.length());
            if (a.lookingAt() && code(a.group(a.group("code") != null ? "code" : "before"), after)) {
                end = a.end();
            }
            Matcher b = CODE_BEFORE.matcher(text).region(Math.max(0, start - LOOK_BEHIND), start);
            if (b.find()) {
                String group = b.group("plus") != null ? "pcode" : b.group("ncode") != null ? "ncode" : "code";
                if (code(b.group(group), before)) {
                    start = b.start(b.group("plus") != null ? "plus" : group);
                }
            }
            if (start != phone.start() || end != phone.end()) {
                // the key in dialling order, the code first, so the number said either way gets one placeholder
                String digitsOnly = phone.key().replaceAll("\\D", "");
                found.set(i, new Span(start, end, PiiType.PHONE, before.toString() + after + digitsOnly));
            }
        }
    }

    /** Reads a code: one to five digits, said or written. */
    private static boolean code(String words, StringBuilder out) {
        StringBuilder d = new StringBuilder();
        digits(words, d);
        String n = d.toString().replace("+", "");
        if (n.isEmpty() || n.length() > MAX_CODE_DIGITS || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        out.append(n);
        return true;
    }
}
