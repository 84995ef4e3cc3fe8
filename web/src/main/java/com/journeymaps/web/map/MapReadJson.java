package com.journeymaps.web.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.json.JourneyMapJson;
import java.util.List;

/**
 * A map read as the front end gets it: {@code {pageId, mapId, pageVersion, empty, canEdit, map, problems[]}}, plus
 * {@code storedJson} when the stored map has problems. The REST read ({@code GET /pages/{pageId}/maps/{mapId}}) answers
 * with it, and the page view carries the same object in the map's region ({@code data-jm-read}), so the front end
 * can start without asking for it; one writer keeps the two the same.
 */
public final class MapReadJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MapReadJson() {
    }

    /** The read of {@code document} as a JSON tree. */
    public static ObjectNode of(MapDocument document) {
        ObjectNode json = MAPPER.createObjectNode()
                .put("pageId", document.pageId())
                .put("mapId", document.mapId())
                .put("pageVersion", document.pageVersion())
                .put("empty", document.empty())
                .put("canEdit", document.canEdit());
        if (document.map().isPresent()) {
            json.set("map", JourneyMapJson.toTree(document.map().get()));
        } else {
            json.putNull("map");
        }
        json.set("problems", details(document.problems()));
        if (!document.problems().isEmpty()) {
            json.put("storedJson", document.storedJson());
        }
        return json;
    }

    /** The read of {@code document} as JSON text. */
    public static String write(MapDocument document) {
        try {
            return MAPPER.writeValueAsString(of(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** A list of details (problems, conflicts in words) as every error and every map read writes them. */
    public static ArrayNode details(List<ErrorDetail> details) {
        ArrayNode list = MAPPER.createArrayNode();
        for (ErrorDetail detail : details) {
            ObjectNode item = list.addObject().put("pointer", detail.pointer()).put("code", detail.code())
                    .put("message", detail.message());
            if (detail.line() > 0) {
                item.put("line", detail.line()).put("column", detail.column());
            }
        }
        return list;
    }
}
