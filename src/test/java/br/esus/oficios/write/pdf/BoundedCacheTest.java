package br.esus.oficios.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void computesOnceKeepsTheRecentlyUsedAndNeverGrowsPastItsCapacity() {
        List<String> computed = new ArrayList<>();
        BoundedCache<String, Integer> cache = new BoundedCache<>(2, s -> {
            computed.add(s);
            return s.length();
        });
        assertEquals(1, cache.get("a"));
        assertEquals(2, cache.get("bb"));
        assertEquals(1, cache.get("a")); // kept: no second computation, and now the most recent
        assertEquals(3, cache.get("ccc")); // "bb" leaves, the least recently used
        assertEquals(2, cache.size());
        assertEquals(1, cache.get("a"));
        assertEquals(2, cache.get("bb"));
        assertEquals(List.of("a", "bb", "ccc", "bb"), computed);
        for (int i = 0; i < 1000; i++) {
            cache.get("x" + i);
        }
        assertEquals(2, cache.size());
    }
}
