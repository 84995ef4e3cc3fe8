package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The property names of each element type: its record components, which are its JSON names. */
    private static final ClassValue<Set<String>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    /**
     * Extension values are deep-copied: JsonNode is mutable, the model is not. An extension may not
     * be named like a property of its element, which would turn into that property on the next read.
     */
    static Map<String, JsonNode> extensions(Map<String, JsonNode> extensions, Class<? extends Record> element) {
        if (extensions == null || extensions.isEmpty()) {
            return Collections.emptyMap();
        }
        Set<String> properties = PROPERTIES.get(element);
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        extensions.forEach((k, v) -> {
            Objects.requireNonNull(k, "extension name");
            if (properties.contains(k)) {
                throw new IllegalArgumentException("'" + k + "' is a property of " + element.getSimpleName()
                        + ", not an extension");
            }
            copy.put(k, Objects.requireNonNull(v, "value of " + k).deepCopy());
        });
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
