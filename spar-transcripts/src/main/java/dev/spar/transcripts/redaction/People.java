package dev.spar.transcripts.redaction;

import dev.spar.transcripts.SpeakerLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people named in one conversation: a full name and each of its parts lead to the same person, so "Maria
 * Lopez" as a speaker and "Maria" in a greeting get the same placeholder.
 */
final class People {
    /** Words of speaker labels that are neither a side nor a person. */
    private static final Set<String> OTHER_WORDS = Set.of("speaker", "you", "unknown", "the", "of", "and");

    /** Names that are also everyday words: in lower case they are taken as the word ("I hope", "in august"). */
    private static final Set<String> WORDS_TOO = Set.of(
            "june",
            "april",
            "august",
            "hope",
            "faith",
            "grace",
            "mark",
            "bill",
            "rose",
            "jack",
            "frank",
            "sunny",
            "summer",
            "autumn",
            "dawn",
            "chase",
            "chuck",
            "gene",
            "ruby",
            "amber",
            "iris",
            "lily",
            "holly",
            "penny",
            "robin",
            "victor",
            "miles",
            "rich",
            "cash",
            "page",
            "hunter",
            "lane",
            "wade",
            "reed",
            "drew",
            "case",
            "king",
            "love",
            "glen",
            "dale",
            "grant",
            "brook",
            "river",
            "storm",
            "star",
            "sterling",
            "price",
            "young",
            "white",
            "black",
            "brown",
            "green",
            "street",
            "will",
            "may",
            "joy",
            "pat",
            "sue",
            "art",
            "bob",
            "don",
            "guy",
            "ray",
            "max",
            "sky",
            "ivy",
            "eve",
            "rob",
            "kit",
            "sam");

    private final Map<String, String> keys = new LinkedHashMap<>();
    /** The pattern for {@link #mentions}, made again only when someone new is added. */
    private Pattern mentionPattern;

    private int mentionPatternSize = -1;

    /** Registers the names in a speaker label; returns whether it names a person. */
    boolean addSpeaker(String label) {
        List<String> parts = nameParts(label);
        if (parts.isEmpty()) {
            return false;
        }
        add(String.join(" ", parts));
        return true;
    }

    /** Registers a person by the name found; returns the key for it (an earlier person's when a part matches). */
    String add(String name) {
        String full = name.strip().toLowerCase(Locale.ROOT);
        String known = keys.get(full);
        if (known != null) {
            return known;
        }
        String[] parts = full.split("\\s+");
        String key = full;
        for (String part : parts) {
            if (keys.containsKey(part)) {
                key = keys.get(part);
                break;
            }
        }
        keys.putIfAbsent(full, key);
        for (String part : parts) {
            if (part.length() >= 2) {
                keys.putIfAbsent(part, key);
            }
        }
        return key;
    }

    /** Returns the key of the person this name or part of a name belongs to, or null if nobody known. */
    String keyOf(String name) {
        return keys.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** Finds mentions of the known people in a text, by full name or by any part of it, written with a capital. */
    void mentions(String text, List<Span> out) {
        if (keys.isEmpty()) {
            return;
        }
        if (mentionPatternSize != keys.size()) {
            List<String> names = new ArrayList<>(keys.keySet());
            names.sort((a, b) -> b.length() - a.length());
            StringBuilder alternatives = new StringBuilder();
            for (String n : names) {
                alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(n));
            }
            mentionPattern =
                    Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\d_])(?:" + alternatives + ")(?![\\p{L}\\p{M}\\d_])");
            mentionPatternSize = keys.size();
        }
        Matcher m = mentionPattern.matcher(text);
        while (m.find()) {
            String found = m.group().toLowerCase(Locale.ROOT);
            // typed in lower case ("thanks maria"), a known name still counts, unless it is also a common word
            if (Character.isUpperCase(text.charAt(m.start()))
                    || (found.length() >= 4 && !WORDS_TOO.contains(found))
                    || !found.chars().allMatch(Character::isLetter)) {
                out.add(new Span(
                        m.start(), m.end(), PiiType.NAME, keys.get(m.group().toLowerCase(Locale.ROOT))));
            }
        }
    }

    /**
     * The words of a speaker label that name a person: all but side words ("Agent", "Support") and numbers, so a
     * user name ("jdoe88") counts as a name while "customer 4401" does not.
     */
    static List<String> nameParts(String label) {
        List<String> parts = new ArrayList<>();
        for (String word : label.split("[\\s()\\[\\]:,/|]+")) {
            String w = word.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (w.length() >= 2
                    && w.chars().anyMatch(Character::isLetter)
                    && !SpeakerLabels.sideWord(w)
                    && !OTHER_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                parts.add(w);
            }
        }
        return parts;
    }
}
