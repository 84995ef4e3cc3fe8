package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An improvement the team could make at a touchpoint, with where it stands, its expected impact
 * and effort (low/medium/high, unset when not yet estimated), who owns it and optionally the
 * issue that tracks the work (an http(s) link).
 */
public record Opportunity(String id, String text, OpportunityStatus status, Level impact, Level effort, String owner,
                          String issueUrl, Map<String, JsonNode> extensions) {

    public Opportunity {
        extensions = Copies.extensions(extensions, Opportunity.class);
    }

    public Opportunity(String id, String text, OpportunityStatus status, Level impact, Level effort, String owner,
                       String issueUrl) {
        this(id, text, status, impact, effort, owner, issueUrl, Map.of());
    }

    public Opportunity withStatus(OpportunityStatus newStatus) {
        return new Opportunity(id, text, newStatus, impact, effort, owner, issueUrl, extensions);
    }
}
