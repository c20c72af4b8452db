package dev.spar.transcripts.redaction;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds payment details: card numbers (Luhn-checked) and IBANs (mod-97 checked), spaced or not. */
final class Accounts {
    private static final Pattern CARD = Pattern.compile("(?<![\\d.\\-])\\d(?:[ \\-.]?\\d){12,18}(?![\\d])");
    private static final Pattern IBAN =
            Pattern.compile("(?i)(?<![\\p{L}\\d])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{1,4}){2,8}(?![\\p{L}\\d])");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Accounts() {}

    static void cards(String text, List<Span> out) {
        Matcher m = CARD.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^\\d]", "");
            // no payment card starts with 0: "011 44 20 ..." and "0044 ..." are dialled
            if (digits.length() >= 13
                    && digits.length() <= 19
                    && digits.charAt(0) != '0'
                    && luhn(digits)
                    && consistentSeparators(m.group())) {
                out.add(new Span(m.start(), m.end(), PiiType.CARD, digits));
            }
        }
    }

    /** Card numbers are grouped with one kind of separator, or none. */
    private static boolean consistentSeparators(String s) {
        return s.chars().filter(c -> !Character.isDigit(c)).distinct().count() <= 1;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static void ibans(String text, List<Span> out) {
        Matcher m = IBAN.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String found = m.group();
            boolean kept = false;
            // the last group may be a following word ("... 606 for"): try shorter until the checksum holds
            for (int len = found.length(); len >= 15; len--) {
                String candidate = found.substring(0, len);
                if (candidate.endsWith(" ")) {
                    continue;
                }
                if (len < found.length() && Character.isLetterOrDigit(found.charAt(len))) {
                    continue;
                }
                String compact = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
                if (compact.length() >= 15 && compact.length() <= 34 && mod97(compact)) {
                    out.add(new Span(m.start(), m.start() + len, PiiType.IBAN, compact));
                    from = m.start() + len;
                    kept = true;
                    break;
                }
            }
            if (!kept) {
                from = m.start() + 1;
            }
        }
    }

    static boolean mod97(String iban) {
        String moved = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : moved.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
