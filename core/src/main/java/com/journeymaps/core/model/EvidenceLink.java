package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A link to what a touchpoint's content rests on: a survey, interview notes, analytics, reviews,
 * support tickets. Only http, https and mailto links are stored.
 */
public record EvidenceLink(String id, String label, String url, Map<String, JsonNode> extensions) {

    public EvidenceLink {
        extensions = Copies.extensions(extensions, EvidenceLink.class);
    }

    public EvidenceLink(String id, String label, String url) {
        this(id, label, url, Map.of());
    }
}
