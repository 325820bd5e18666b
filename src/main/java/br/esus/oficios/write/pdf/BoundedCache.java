package br.esus.oficios.write.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the typesetter measured or worked out for a text (where its lines may break, how wide it is) or read from a
 * file (a brasão), kept for the next time it is asked for: most of a document's text is the template's, the same for
 * every municipality. Holds at most {@code capacity} entries, the least recently used leaving first, so memory does
 * not grow with the batch. For one thread at a time (one per typesetter).
 */
final class BoundedCache<K, V> {

    private final Map<K, V> entries;
    private final Function<K, V> compute;

    BoundedCache(int capacity, Function<K, V> compute) {
        this.compute = compute;
        this.entries = new LinkedHashMap<>(2 * capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for {@code key}, computed the first time (or again, after it left). */
    V get(K key) {
        V v = entries.get(key);
        if (v == null) {
            v = compute.apply(key);
            entries.put(key, v);
        }
        return v;
    }

    int size() {
        return entries.size();
    }
}
