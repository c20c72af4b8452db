package dev.spar.transcripts.redaction;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Numbers the items of each type in order of first appearance, so the same item gets the same placeholder. */
final class Placeholders {
    private final Map<PiiType, Map<String, Integer>> numbers = new EnumMap<>(PiiType.class);

    String of(PiiType type, String key) {
        Map<String, Integer> ofType = numbers.computeIfAbsent(type, t -> new HashMap<>());
        int n = ofType.computeIfAbsent(key, k -> ofType.size() + 1);
        return type.placeholder(n);
    }

    Map<PiiType, Integer> counts() {
        Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
        numbers.forEach((type, items) -> counts.put(type, items.size()));
        return counts;
    }
}
