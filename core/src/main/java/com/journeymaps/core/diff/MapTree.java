package com.journeymaps.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.model.ElementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a journey map's JSON tree as diff and merge see it: a tree of elements, each an
 * object with a stable {@code id}, held in ordered lists (the map's personas, stages, lanes,
 * touchpoints and flows; a touchpoint's pain points, opportunities, metrics and evidence). Every
 * other property of an element is a <em>field</em>, compared as a whole JSON value; that includes
 * the extension properties a newer version of the app wrote, so no change is invisible. Two fields
 * are maps rather than values: a touchpoint's {@code emotions} (score per persona reference) and a
 * lane's {@code cells} (items per stage id).
 *
 * <p>Working on the tree written by {@code JourneyMapJson} rather than on the model classes keeps
 * diff and merge in step with the stored format: a property added to the format is diffed and
 * merged without code here knowing it.
 */
public final class MapTree {

    /** The touchpoint property holding emotion scores by persona reference id. */
    public static final String EMOTIONS = "emotions";
    /** The lane property holding items by stage id. */
    public static final String CELLS = "cells";
    /** The touchpoint property naming its stage. */
    public static final String STAGE_ID = "stageId";

    private static final Map<String, ElementKind> MAP_LISTS = ordered(
            "personas", ElementKind.PERSONA, "stages", ElementKind.STAGE, "lanes", ElementKind.LANE,
            "touchpoints", ElementKind.TOUCHPOINT, "flows", ElementKind.FLOW);
    private static final Map<String, ElementKind> TOUCHPOINT_LISTS = ordered(
            "painPoints", ElementKind.PAIN_POINT, "opportunities", ElementKind.OPPORTUNITY,
            "metrics", ElementKind.METRIC, "evidence", ElementKind.EVIDENCE);

    private MapTree() {
    }

    /** The lists of child elements an element of {@code kind} holds, by property name, in document order. */
    public static Map<String, ElementKind> childLists(ElementKind kind) {
        return switch (kind) {
            case MAP -> MAP_LISTS;
            case TOUCHPOINT -> TOUCHPOINT_LISTS;
            default -> Map.of();
        };
    }

    /** Whether {@code property} of an element of {@code kind} is structure (child list or keyed map), not a plain field. */
    public static boolean isStructural(ElementKind kind, String property) {
        if (childLists(kind).containsKey(property) || "id".equals(property)) {
            return true;
        }
        return kind == ElementKind.TOUCHPOINT && EMOTIONS.equals(property)
                || kind == ElementKind.LANE && CELLS.equals(property);
    }

    /** The elements of a list property, empty when the property is absent (the writer leaves empty lists out). */
    public static List<ObjectNode> list(JsonNode element, String property) {
        JsonNode list = element == null ? null : element.get(property);
        List<ObjectNode> result = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(node -> result.add((ObjectNode) node));
        }
        return result;
    }

    /** The id of an element object. */
    public static String id(JsonNode element) {
        return text(element, "id");
    }

    /** A text property, or null when absent or not text. */
    public static String text(JsonNode element, String property) {
        JsonNode value = element == null ? null : element.get(property);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /**
     * What a person calls an element: a stage's or touchpoint's name, a persona's title, a lane's
     * label (or its type when it has none), an item's text, a link's label (or its URL). Null for
     * a flow without a label: a flow is named by the touchpoints it connects.
     */
    public static String name(ElementKind kind, JsonNode element) {
        return switch (kind) {
            case MAP, PERSONA -> text(element, "title");
            case STAGE, TOUCHPOINT, METRIC -> text(element, "name");
            case LANE -> firstNonNull(text(element, "label"), text(element, "type"));
            case LANE_ITEM, PAIN_POINT, OPPORTUNITY -> text(element, "text");
            case EVIDENCE -> firstNonNull(text(element, "label"), text(element, "url"));
            case FLOW -> text(element, "label");
        };
    }

    /** The JSON property name of a list of {@code kind} elements ({@code painPoints}), or the kebab id for lane items. */
    public static String kindId(ElementKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static Map<String, ElementKind> ordered(Object... pairs) {
        Map<String, ElementKind> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (ElementKind) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
