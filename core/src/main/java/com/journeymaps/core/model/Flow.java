package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A path customers take from one touchpoint to another. Journeys are not linear: flows draw the
 * loops, skipped steps, steps back and channel switches that the left-to-right order of
 * touchpoints cannot show.
 *
 * @param from id of the touchpoint customers come from
 * @param to id of the touchpoint they go to (may be the same one: a retry)
 * @param share optional share of customers taking this path, from 0 to 1
 * @param label optional text drawn on the path
 */
public record Flow(String id, String from, String to, Double share, String label, Map<String, JsonNode> extensions) {

    public Flow {
        extensions = Copies.extensions(extensions, Flow.class);
    }

    public Flow(String id, String from, String to, Double share, String label) {
        this(id, from, to, share, label, Map.of());
    }
}
