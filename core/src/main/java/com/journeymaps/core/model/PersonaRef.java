package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A persona taking part in this map. Personas live on their own wiki pages; the map points at the
 * page by its id, which survives renames and moves, and caches the page title for display when
 * the page cannot be read. A B2B map often has several personas, each with a role in this journey
 * (buyer, user, approver…). Emotions on touchpoints are recorded per persona reference.
 *
 * @param id stable id of this reference within the map (not the page id)
 * @param pageId id of the persona's wiki page
 * @param title the page title as last seen, for display only
 * @param role optional role of the persona in this journey
 * @param extensions properties written by a newer version of the app, kept as they were
 */
public record PersonaRef(String id, long pageId, String title, String role, Map<String, JsonNode> extensions) {

    public PersonaRef {
        extensions = Copies.extensions(extensions, PersonaRef.class);
    }

    public PersonaRef(String id, long pageId, String title, String role) {
        this(id, pageId, title, role, Map.of());
    }

    public PersonaRef withTitle(String newTitle) {
        return new PersonaRef(id, pageId, newTitle, role, extensions);
    }

    public PersonaRef withRole(String newRole) {
        return new PersonaRef(id, pageId, title, newRole, extensions);
    }
}
