package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A phase of the journey (Awareness, Consideration, Purchase…), the columns of the map. Each stage
 * states what the customer is trying to achieve in it. Stages are ordered by their position in
 * {@link JourneyMap#stages()}; every business names its own.
 *
 * @param id stable id, referenced by touchpoints and lane cells
 * @param name the stage's name as shown in the column header
 * @param goal what the customer wants to achieve in this stage
 * @param description optional longer notes
 * @param extensions properties written by a newer version of the app, kept as they were
 */
public record Stage(String id, String name, String goal, String description, Map<String, JsonNode> extensions) {

    public Stage {
        extensions = Copies.extensions(extensions, Stage.class);
    }

    public Stage(String id, String name, String goal, String description) {
        this(id, name, goal, description, Map.of());
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, goal, description, extensions);
    }

    public Stage withGoal(String newGoal) {
        return new Stage(id, name, newGoal, description, extensions);
    }
}
