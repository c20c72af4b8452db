package dev.spar.transcripts.redaction;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the ways to reach someone: emails, web addresses, IP addresses and phone numbers. */
final class Contacts {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}0-9._%+\\-])[\\p{L}0-9][\\p{L}0-9._%+\\-']*@[\\p{L}0-9\\-]+(?:\\.[\\p{L}0-9\\-]+)*\\.\\p{L}{2,}");
    private static final String SPOKEN_DOT = "(?:\\s*[(\\[]dot[)\\]]\\s*|\\s+dot\\s+)";
    private static final Pattern SPOKEN_EMAIL = Pattern.compile("(?i)(?<![\\p{L}\\d])[\\p{L}\\d_+\\-]+(?:(?:"
            + SPOKEN_DOT + "|[._])[\\p{L}\\d_+\\-]+)*(?:\\s*[(\\[]at[)\\]]\\s*|\\s+at\\s+)[\\p{L}\\d\\-]+(?:"
            + SPOKEN_DOT + "[\\p{L}\\d\\-]+)*" + SPOKEN_DOT
            + "(?:com|org|net|edu|gov|info|io|co|uk|de|fr|es|it|nl|ie|eu"
            + "|ch|at|be|se|no|dk|fi|pl|pt|ca|au|us|jp|in)(?![\\p{L}\\d])");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'()\\[\\]]+"
            + "|\\b(?:[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+(?:com|org|net|io|co|uk|de|fr|es|it|nl|eu|info|biz|app|dev|shop|store|us|ca|au|me|ly)"
            + "\\b(?:/[^\\s<>\"']*)?");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\d.]\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?i)(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![0-9a-f:])"
                    + "|(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}(?![0-9a-f:])"
                    + "|(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){1,7}:(?![0-9a-f:])|(?<![0-9a-f:])::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4}(?![0-9a-f:])");
    private static final Pattern VERSION =
            Pattern.compile("(?i)\\b(?:version|firmware|build|release|update|v|ver|rev)\\.?\\s*$");
    /**
     * A stretch of digits with the signs phone numbers are written with, a slash or a dash between groups spaced
     * too ("030 / 901 820", "171 - 234 01").
     */
    private static final Pattern PHONE_LIKE = Pattern.compile(
            "(?:\\+|\\(\\+?)?\\d(?:[\\d.\\-/]|[ ][\\-/][ ]?(?=\\d)|\\)[ ]?(?=\\d)|[ ]?\\(\\d{1,4}\\)[ ]?|[ ]?\\r?\\n(?=\\d)"
                    + "|[ ](?=[\\d(]))*\\d");
    /**
     * A line break inside a candidate (the number was sent in two pieces, "07700 900" then "461"), or a spaced
     * slash between two numbers ("07700 900 113 / 07700 900 114").
     */
    private static final Pattern LINE_BREAK = Pattern.compile("[ ]?\\r?\\n|[ ]/[ ]");

    private static final Pattern RANGE = Pattern.compile("([1-9]\\d{3})\\s?[-–]\\s?([1-9]\\d{3})");

    private static final List<String> REGIONS = List.of("US", "GB", "DE");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Contacts() {}

    static void emails(String text, List<Span> out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), PiiType.EMAIL, m.group().toLowerCase(Locale.ROOT)));
        }
    }

    /** Emails spelled out to get past filters or read aloud: "jo at example dot com", "jo(at)example(dot)com". */
    static void spokenEmails(String text, List<Span> out) {
        Matcher m = SPOKEN_EMAIL.matcher(text);
        while (m.find()) {
            String key = m.group()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("\\s*[(\\[]?\\bat\\b[)\\]]?\\s*", "@")
                    .replaceAll("\\s*[(\\[]?\\bdot\\b[)\\]]?\\s*", ".");
            out.add(new Span(m.start(), m.end(), PiiType.EMAIL, key));
        }
    }

    static void urls(String text, List<Span> out) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (m.start() > 0 && text.charAt(m.start() - 1) == '@') {
                continue; // the domain of an email
            }
            String url = text.substring(m.start(), end);
            out.add(new Span(m.start(), end, PiiType.URL, url.toLowerCase(Locale.ROOT)));
        }
    }

    static void ips(String text, List<Span> out) {
        for (Pattern p : List.of(IPV4, IPV6)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (p == IPV6 && m.group().chars().filter(c -> c == ':').count() < 2) {
                    continue;
                }
                if (p == IPV6 && m.group().matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
                    continue; // a clock time
                }
                if (p == IPV4 && versioned(text, m.start())) {
                    continue; // "firmware 4.12.0.7" is a version
                }
                out.add(new Span(m.start(), m.end(), PiiType.IP, m.group().toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** Phone numbers in digits, as libphonenumber finds them for the US, the UK and Germany. */
    static void phones(String original, List<Span> out) {
        String text = plainSeparators(original);
        Matcher candidate = PHONE_LIKE.matcher(text);
        while (candidate.find()) {
            if (!phone(text, candidate.start(), candidate.end(), out)) {
                // a number and the next line's figures are two things, unless together they make one number
                Matcher lineBreak = LINE_BREAK.matcher(text).region(candidate.start(), candidate.end());
                int from = candidate.start();
                while (lineBreak.find()) {
                    phone(text, from, lineBreak.start(), out);
                    from = lineBreak.end();
                }
                if (from > candidate.start()) {
                    phone(text, from, candidate.end(), out);
                }
            }
        }
    }

    /**
     * The text with the long dashes phones and word processors put for "-" and the no-break and thin spaces copied
     * from web pages as plain ones, one character for one so the places found stay those of the text.
     */
    private static String plainSeparators(String text) {
        char[] plain = text.toCharArray();
        for (int i = 0; i < plain.length; i++) {
            char c = plain[i];
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                plain[i] = '-';
            } else if (c == '\u00a0' || c == '\u2007' || c == '\u2009' || c == '\u202f') {
                plain[i] = ' ';
            }
        }
        return new String(plain);
    }

    /** Adds the stretch as a phone number when it is one; returns whether it was. */
    private static boolean phone(String text, int start, int end, List<Span> out) {
        String raw = LINE_BREAK.matcher(text.substring(start, end)).replaceAll(" ");
        long digits = raw.chars().filter(Character::isDigit).count();
        if (digits < 7
                || digits > 17
                || looksLikeDate(raw)
                || priced(text, start)
                || years(raw)
                || range(raw)
                || notDialled(raw, digits)
                || versioned(text, start)
                || insideLongerNumber(text, start, end)
                || glued(text, start, end)) {
            return false;
        }
        java.util.Optional<String> key = possible(raw);
        key.ifPresent(k -> out.add(new Span(start, end, PiiType.PHONE, k)));
        return key.isPresent();
    }

    /**
     * Thirteen digits or more without "+", "00" or the American "011" in front are a barcode, an ISBN or an account, not a number to
     * dial; and a number written with dots alone is dialled only with ten digits or more in groups of two or more
     * ("212.555.0143", "01.55.55.01.23"), not an article number ("201.264.19") or a build ("10.0.19045.3693").
     */
    private static boolean notDialled(String raw, long digits) {
        if (digits >= 13 && !raw.startsWith("+") && !raw.startsWith("00") && !raw.startsWith("011")) {
            return true;
        }
        if (raw.indexOf('.') < 0 || !raw.matches("\\+?[\\d.]+")) {
            return false;
        }
        String[] groups = raw.replace("+", "").split("\\.");
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() < 2) {
                return true;
            }
        }
        return digits < 10;
    }

    /** "1500-2000 words": two groups of four digits, the second the larger, is a range. */
    private static boolean range(String raw) {
        Matcher m = RANGE.matcher(raw);
        return m.matches() && Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2));
    }

    /** "firmware 4.12.555.019", "version 2.1.4471" are versions. */
    private static boolean versioned(String text, int start) {
        return VERSION.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    /** The number in E.164 when it is a possible number in one of the regions, tried in order. */
    private static java.util.Optional<String> possible(String raw) {
        for (String region : REGIONS) {
            try {
                PhoneNumber n = PHONES.parse(raw, region);
                if (PHONES.isPossibleNumber(n)) {
                    return java.util.Optional.of(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
                }
            } catch (NumberParseException e) {
                // not a number in this region: try the next
            }
        }
        return java.util.Optional.empty();
    }

    /** Digits run into letters ("1Z999AA10123456784", "CS-2024-00917") belong to a code, not a phone number. */
    private static boolean glued(String text, int start, int end) {
        boolean before = start > 0
                && (Character.isLetter(text.charAt(start - 1))
                        || (start > 1
                                && "-/".indexOf(text.charAt(start - 1)) >= 0
                                && Character.isLetterOrDigit(text.charAt(start - 2))));
        boolean after = end < text.length() && Character.isLetter(text.charAt(end));
        return before || after;
    }

    /** "1920 x 1080" reads as a number with an extension to libphonenumber; it is a size. */
    private static boolean measured(String raw) {
        int x = raw.toLowerCase(Locale.ROOT).indexOf('x');
        return x >= 0 && raw.substring(0, x).chars().filter(Character::isDigit).count() < 7;
    }

    /** Part of a longer run of 13 or more digits (a mistyped card, a long account number) is not a phone number. */
    private static boolean insideLongerNumber(String text, int start, int end) {
        int from = start;
        while (from > 0 && (Character.isDigit(text.charAt(from - 1)) || " -.".indexOf(text.charAt(from - 1)) >= 0)) {
            from--;
        }
        int to = end;
        while (to < text.length() && (Character.isDigit(text.charAt(to)) || " -.".indexOf(text.charAt(to)) >= 0)) {
            to++;
        }
        long run = text.substring(from, to).chars().filter(Character::isDigit).count();
        long own = text.substring(start, end).chars().filter(Character::isDigit).count();
        return run >= 13 && run > own;
    }

    private static boolean years(String raw) {
        return raw.matches("(?:19|20)\\d\\d\\s*[-–/]\\s*(?:19|20)\\d\\d");
    }

    /** "03/11/2026", "2026-11-03", and a date written with spaces ("14 12 2026"). */
    private static boolean looksLikeDate(String raw) {
        return raw.matches("\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}")
                || raw.matches("(?:0?[1-9]|[12]\\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\\d\\d");
    }

    private static boolean priced(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && "$€£¥".indexOf(text.charAt(i)) >= 0;
    }
}
