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

    private final Map<String, String> keys = new LinkedHashMap<>();

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
        List<String> names = new ArrayList<>(keys.keySet());
        names.sort((a, b) -> b.length() - a.length());
        StringBuilder alternatives = new StringBuilder();
        for (String n : names) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(n));
        }
        Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + alternatives + ")(?![\\p{L}\\p{M}])")
                .matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(text.charAt(m.start()))) {
                out.add(new Span(
                        m.start(), m.end(), PiiType.NAME, keys.get(m.group().toLowerCase(Locale.ROOT))));
            }
        }
    }

    /** The words of a speaker label that are a person's name: capitalised, not a role word, no digits. */
    static List<String> nameParts(String label) {
        List<String> parts = new ArrayList<>();
        for (String word : label.split("[\\s()\\[\\]:,/|]+")) {
            String w = word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (w.length() >= 2
                    && Character.isUpperCase(w.charAt(0))
                    && w.chars().noneMatch(Character::isDigit)
                    && !SpeakerLabels.sideWord(w)
                    && !OTHER_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    && !w.equals(w.toUpperCase(Locale.ROOT))) {
                parts.add(w);
            }
        }
        return parts;
    }
}
