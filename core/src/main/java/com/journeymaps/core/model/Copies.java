package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive copies that keep the model immutable and its maps in insertion order. Empty maps are
 * {@link Collections#emptyMap()}, which, unlike {@code Map.of()}, answers {@code get(null)}.
 */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <V> Map<String, V> orderedMap(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k, "key"),
                java.util.Objects.requireNonNull(v, "value of " + k)));
        return Collections.unmodifiableMap(copy);
    }

    /** Extension values are deep-copied: JsonNode is mutable, the model is not. */
    static Map<String, JsonNode> extensions(Map<String, JsonNode> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        extensions.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k, "key"),
                java.util.Objects.requireNonNull(v, "value of " + k).deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    static <V> Map<String, List<V>> cells(Map<String, List<V>> cells) {
        if (cells == null || cells.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, List<V>> copy = new LinkedHashMap<>();
        cells.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k, "stage id"), list(v)));
        return Collections.unmodifiableMap(copy);
    }
}
