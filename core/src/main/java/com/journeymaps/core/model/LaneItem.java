package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One entry in a lane's cell: a sticky note of text in a given stage of a text lane (a backstage
 * process step, a stage-level pain point, a note).
 */
public record LaneItem(String id, String text, Map<String, JsonNode> extensions) {

    public LaneItem {
        extensions = Copies.extensions(extensions, LaneItem.class);
    }

    public LaneItem(String id, String text) {
        this(id, text, Map.of());
    }
}
