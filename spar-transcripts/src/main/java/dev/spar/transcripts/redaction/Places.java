package dev.spar.transcripts.redaction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds street addresses: a house number and a street ("12 Baker Street", "221B Baker St", "8 Rue de la Paix",
 * "Hauptstraße 5", "Bahnhofstr. 23"), with a flat, unit or suite before or after, and UK postcodes.
 */
final class Places {
    private static final String UNIT = "(?:Flat|Apt|Apartment|Unit|Suite|Ste|Room|Floor)\\.?\\s*#?[\\p{Alnum}]{1,5}";
    private static final String STREET_TYPES = "Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Close|Way|Court|Ct"
            + "|Place|Pl|Terrace|Boulevard|Blvd|Crescent|Cres|Grove|Gardens|Walk|Square|Sq|Parkway|Pkwy|Highway|Hwy"
            + "|Row|Mews|Hill|Rise|View|Circle|Cir|Trail|Path|Broadway|Embankment|Parade|Green";
    private static final Pattern ENGLISH =
            Pattern.compile("(?<![\\p{L}\\d])(?:" + UNIT + ",?\\s+)?\\d{1,5}[A-Za-z]?,?\\s+"
                    + "(?:\\p{Lu}[\\p{L}'’\\-]*\\.?\\s+){1,4}(?:" + STREET_TYPES + ")\\b\\.?"
                    + "(?:,?\\s*(?i:apt|apartment|unit|suite|ste|flat|#)\\.?\\s*#?[\\p{Alnum}]{1,5}\\b)?");
    /** The same typed all in lower case ("4 church lane"), with the less ambiguous street words only. */
    private static final Pattern ENGLISH_LOWER = Pattern.compile("(?<![\\p{L}\\d])\\d{1,5}[a-z]?\\s+"
            + "(?:(?!(?:on|the|in|at|of|a|an|to|my|your|and|or|for|with|from|by|more|less)\\b)\\p{Ll}[\\p{Ll}'’\\-]*\\s+){1,2}"
            + "(?:street|st|road|rd|avenue|ave|lane|ln|drive|terrace|crescent|boulevard|blvd|gardens|grove)\\b");

    private static final String FRENCH_PARTICLE = "(?:(?i:de|du|des|la|le|l['’])\\s*)*";
    private static final Pattern FRENCH = Pattern.compile("(?<![\\p{L}\\d])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+"
            + "(?i:rue|avenue|boulevard|bd|place|chemin|all[ée]e|impasse|quai|cours)\\s+"
            + FRENCH_PARTICLE + "\\p{Lu}[\\p{L}\\-]+(?:\\s+" + FRENCH_PARTICLE + "\\p{Lu}[\\p{L}\\-]+){0,3}");
    private static final Pattern PO_BOX = Pattern.compile("(?i)(?<![\\p{L}])P\\.?\\s?O\\.?\\s?Box\\s+\\d{1,6}");
    private static final Pattern GERMAN = Pattern.compile(
            "(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\-]*"
                    + "(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|steig|chaussee)\\s+\\d{1,4}\\s?[a-z]?(?![\\p{L}\\d])");
    private static final Pattern UK_POSTCODE =
            Pattern.compile("(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\d])");

    private Places() {}

    static void find(String text, List<Span> out) {
        for (Pattern p : List.of(ENGLISH, ENGLISH_LOWER, FRENCH, GERMAN, UK_POSTCODE, PO_BOX)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int end = m.end();
                if (text.charAt(end - 1) == '.' && (end == text.length() || p != ENGLISH)) {
                    end--;
                }
                String key = text.substring(m.start(), end)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\d]+", " ")
                        .strip();
                out.add(new Span(m.start(), end, PiiType.ADDRESS, key));
            }
        }
    }
}
