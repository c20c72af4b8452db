package dev.spar.assist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small, bounded, thread-safe memo: the lines of a live conversation are read again on every keystroke,
 * so each is worked out once and kept while it is in use.
 */
final class Memo<K, V> {
    private final Map<K, V> entries;

    Memo(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Returns the value for the key, working it out and keeping it if it is not known yet. */
    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }
}
