package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A row of the map. Lanes are ordered by their position in {@link JourneyMap#lanes()} and can be
 * hidden without losing their content. Lanes whose {@link LaneType#holdsCells() type holds cells}
 * keep, per stage id, an ordered list of items; the other lanes are drawn from the touchpoints.
 *
 * @param id stable id
 * @param type what the lane shows
 * @param label the row header; a template fills it from the i18n bundle, users may rename it
 * @param visible whether the lane is shown
 * @param cells items per stage id, in stage order as the map's stages are
 * @param extensions properties written by a newer version of the app, kept as they were
 */
public record Lane(String id, LaneType type, String label, boolean visible, Map<String, List<LaneItem>> cells,
                   Map<String, JsonNode> extensions) {

    public Lane {
        cells = Copies.cells(cells);
        extensions = Copies.extensions(extensions, Lane.class);
    }

    public Lane(String id, LaneType type, String label, boolean visible) {
        this(id, type, label, visible, Map.of(), Map.of());
    }

    /** The items of this lane in the given stage, empty when there are none. */
    public List<LaneItem> cell(String stageId) {
        return cells.getOrDefault(stageId, List.of());
    }

    public Lane withCell(String stageId, List<LaneItem> items) {
        Map<String, List<LaneItem>> copy = new java.util.LinkedHashMap<>(cells);
        copy.put(stageId, items);
        return new Lane(id, type, label, visible, copy, extensions);
    }

    public Lane withVisible(boolean newVisible) {
        return new Lane(id, type, label, newVisible, cells, extensions);
    }

    public Lane withLabel(String newLabel) {
        return new Lane(id, type, newLabel, visible, cells, extensions);
    }
}
