package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Something in the customer's way at a touchpoint, with how badly it hurts. */
public record PainPoint(String id, String text, Severity severity, Map<String, JsonNode> extensions) {

    public PainPoint {
        extensions = Copies.extensions(extensions, PainPoint.class);
    }

    public PainPoint(String id, String text, Severity severity) {
        this(id, text, severity, Map.of());
    }
}
