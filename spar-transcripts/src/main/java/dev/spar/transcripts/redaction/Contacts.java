package dev.spar.transcripts.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the ways to reach someone: emails, web addresses, IP addresses and phone numbers. */
final class Contacts {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}0-9._%+\\-])[\\p{L}0-9][\\p{L}0-9._%+\\-']*@[\\p{L}0-9\\-]+(?:\\.[\\p{L}0-9\\-]+)*\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'()\\[\\]]+"
            + "|\\b(?:[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?\\.)+(?:com|org|net|io|co|uk|de|fr|es|it|nl|eu|info|biz|app|dev|shop|store|us|ca|au|me|ly)"
            + "\\b(?:/[^\\s<>\"']*)?");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\d.]\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?i)(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![0-9a-f:])"
                    + "|(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}(?![0-9a-f:])"
                    + "|(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){1,7}:(?![0-9a-f:])|(?<![0-9a-f:])::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4}(?![0-9a-f:])");
    private static final List<String> REGIONS = List.of("US", "GB", "DE");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Contacts() {}

    static void emails(String text, List<Span> out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), PiiType.EMAIL, m.group().toLowerCase(Locale.ROOT)));
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
                out.add(new Span(m.start(), m.end(), PiiType.IP, m.group().toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** Phone numbers in digits, as libphonenumber finds them for the US, the UK and Germany. */
    static void phones(String text, List<Span> out) {
        for (String region : REGIONS) {
            for (PhoneNumberMatch m :
                    PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
                String raw = m.rawString();
                long digits = raw.chars().filter(Character::isDigit).count();
                if (digits < 7 || looksLikeDate(raw) || priced(text, m.start())) {
                    continue;
                }
                String key = PHONES.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                out.add(new Span(m.start(), m.end(), PiiType.PHONE, key));
            }
        }
    }

    private static boolean looksLikeDate(String raw) {
        return raw.matches("\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}");
    }

    private static boolean priced(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && "$€£¥".indexOf(text.charAt(i)) >= 0;
    }
}
