package dev.spar.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counterpart's authored lines by intent. */
public final class Lines {
    private final Map<Intent, List<Line>> byIntent;

    private Lines(Map<Intent, List<Line>> byIntent) {
        this.byIntent = byIntent;
    }

    /** Creates lines from a map of intent to lines; intents left out have none. */
    public static Lines of(Map<Intent, List<Line>> byIntent) {
        Map<Intent, List<Line>> copy = new EnumMap<>(Intent.class);
        byIntent.forEach((intent, lines) -> copy.put(intent, List.copyOf(lines)));
        return new Lines(copy);
    }

    /** Returns the lines authored for an intent, possibly none. */
    public List<Line> forIntent(Intent intent) {
        return byIntent.getOrDefault(intent, List.of());
    }

    /** Returns how many lines are authored in all. */
    public int size() {
        return byIntent.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lines other && byIntent.equals(other.byIntent);
    }

    @Override
    public int hashCode() {
        return byIntent.hashCode();
    }

    @Override
    public String toString() {
        return "Lines" + byIntent;
    }
}
