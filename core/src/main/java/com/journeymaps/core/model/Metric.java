package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A measured figure at a touchpoint, so the map rests on data rather than guesses: CSAT, NPS,
 * conversion, drop-off, volume or any custom measure, with its unit, where it came from and the
 * date it was true on. Compared over time, metrics show whether an opportunity worked.
 *
 * @param name one of {@link #COMMON_NAMES} or any custom name
 * @param value the figure; null when not measured yet
 */
public record Metric(String id, String name, Double value, String unit, String source, LocalDate asOf,
                     Map<String, JsonNode> extensions) {

    /** Names the UI offers first; any other name is a custom metric. */
    public static final List<String> COMMON_NAMES = List.of("CSAT", "NPS", "conversion", "drop-off", "volume");

    public Metric {
        extensions = Copies.extensions(extensions, Metric.class);
    }

    public Metric(String id, String name, Double value, String unit, String source, LocalDate asOf) {
        this(id, name, value, unit, source, asOf, Map.of());
    }
}
