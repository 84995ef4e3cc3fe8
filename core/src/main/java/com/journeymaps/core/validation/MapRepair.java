package com.journeymaps.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mechanical repairs of a stored map: the fixes for which there is exactly one sensible answer and
 * that lose nothing a person wrote. A duplicate id gets a fresh one (references keep meaning the
 * first), a touchpoint of a missing stage moves into the first stage, a flow or an emotion pointing
 * at nothing is dropped, an emotion or a share is clamped into its range, a forbidden optional link
 * is unlinked, cells of a lane that cannot hold them move into a new text lane of the same label,
 * and cells of a missing stage move into the first stage. Anything else needs a person: those
 * problems are left and reported.
 */
public final class MapRepair {

    private static final Set<String> REPAIRABLE = Set.of("duplicate-id", "dangling-stage", "dangling-touchpoint",
            "dangling-persona", "emotion-out-of-range", "share-out-of-range", "cells-not-allowed");

    /**
     * Whether {@link #repair} fixes this problem. A forbidden link is repairable only where the link is
     * optional (an opportunity's issue link); an evidence link is required, so a bad one needs a person.
     */
    public static boolean repairable(Problem problem) {
        return REPAIRABLE.contains(problem.code())
                || ("bad-url".equals(problem.code()) && problem.pointer().endsWith("/issueUrl"));
    }

    private MapRepair() {
    }

    /**
     * What a repair did: the repaired map when every problem could be fixed, the problems that are
     * left otherwise, and how many fixes were made.
     */
    public record Result(Optional<JourneyMap> map, List<Problem> remaining, int fixes) {
    }

    public static Result repair(JourneyMap map, Ids ids) {
        ObjectNode root = JourneyMapJson.toTree(map);
        int fixes = 0;
        fixes += duplicateIds(root, ids);
        fixes += danglingStages(root);
        fixes += emotions(root, map);
        fixes += flows(root);
        fixes += laneCells(root, ids);
        fixes += links(root);
        ParseResult parsed = JourneyMapJson.parse(root.toString());
        if (parsed.ok()) {
            return new Result(parsed.map(), List.of(), fixes);
        }
        return new Result(Optional.empty(), parsed.problems(), fixes);
    }

    private static final Map<String, ElementKind> TOP = Map.of("personas", ElementKind.PERSONA, "stages", ElementKind.STAGE,
            "lanes", ElementKind.LANE, "touchpoints", ElementKind.TOUCHPOINT, "flows", ElementKind.FLOW);
    private static final Map<String, ElementKind> IN_TOUCHPOINT = Map.of("painPoints", ElementKind.PAIN_POINT,
            "opportunities", ElementKind.OPPORTUNITY, "metrics", ElementKind.METRIC, "evidence", ElementKind.EVIDENCE);

    private static int duplicateIds(ObjectNode root, Ids ids) {
        Set<String> seen = new HashSet<>();
        seen.add(root.path("id").asText());
        int fixes = 0;
        for (String array : List.of("personas", "stages", "lanes", "touchpoints", "flows")) {
            for (JsonNode element : root.path(array)) {
                fixes += fresh((ObjectNode) element, TOP.get(array), seen, ids);
                if (array.equals("touchpoints")) {
                    for (Map.Entry<String, ElementKind> nested : IN_TOUCHPOINT.entrySet()) {
                        for (JsonNode item : element.path(nested.getKey())) {
                            fixes += fresh((ObjectNode) item, nested.getValue(), seen, ids);
                        }
                    }
                }
                if (array.equals("lanes")) {
                    for (JsonNode cell : element.path("cells")) {
                        for (JsonNode item : cell) {
                            fixes += fresh((ObjectNode) item, ElementKind.LANE_ITEM, seen, ids);
                        }
                    }
                }
            }
        }
        return fixes;
    }

    private static int fresh(ObjectNode element, ElementKind kind, Set<String> seen, Ids ids) {
        String id = element.path("id").asText("");
        if (id.isEmpty() || seen.add(id)) {
            return 0;
        }
        String replacement;
        do {
            replacement = ids.next(kind);
        } while (!seen.add(replacement));
        element.put("id", replacement);
        return 1;
    }

    private static int danglingStages(ObjectNode root) {
        Set<String> stages = ids(root.path("stages"));
        if (stages.isEmpty()) {
            return 0; // nowhere to move them: a person must add a stage
        }
        String first = root.path("stages").get(0).path("id").asText();
        int fixes = 0;
        for (JsonNode touchpoint : root.path("touchpoints")) {
            if (!stages.contains(touchpoint.path("stageId").asText())) {
                ((ObjectNode) touchpoint).put("stageId", first);
                fixes++;
            }
        }
        for (JsonNode lane : root.path("lanes")) {
            JsonNode cells = lane.path("cells");
            if (!cells.isObject()) {
                continue;
            }
            List<String> dangling = new ArrayList<>();
            cells.fieldNames().forEachRemaining(stage -> {
                if (!stages.contains(stage)) {
                    dangling.add(stage);
                }
            });
            for (String stage : dangling) {
                ArrayNode target = ((ObjectNode) cells).withArray(first);
                target.addAll((ArrayNode) ((ObjectNode) cells).remove(stage));
                fixes++;
            }
        }
        return fixes;
    }

    private static int emotions(ObjectNode root, JourneyMap map) {
        Set<String> keys = new LinkedHashSet<>(map.emotionKeys());
        int fixes = 0;
        for (JsonNode touchpoint : root.path("touchpoints")) {
            JsonNode emotions = touchpoint.path("emotions");
            if (!emotions.isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = emotions.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> emotion = it.next();
                if (!keys.contains(emotion.getKey())) {
                    it.remove();
                    fixes++;
                } else if (emotion.getValue().isInt()) {
                    int score = emotion.getValue().asInt();
                    int clamped = Math.max(Touchpoint.MIN_EMOTION, Math.min(Touchpoint.MAX_EMOTION, score));
                    if (clamped != score) {
                        ((ObjectNode) emotions).put(emotion.getKey(), clamped);
                        fixes++;
                    }
                }
            }
        }
        return fixes;
    }

    private static int flows(ObjectNode root) {
        Set<String> touchpoints = ids(root.path("touchpoints"));
        int fixes = 0;
        ArrayNode flows = root.withArray("flows");
        for (Iterator<JsonNode> it = flows.elements(); it.hasNext(); ) {
            JsonNode flow = it.next();
            if (!touchpoints.contains(flow.path("from").asText()) || !touchpoints.contains(flow.path("to").asText())) {
                it.remove();
                fixes++;
            } else if (flow.path("share").isNumber()) {
                double share = flow.path("share").asDouble();
                double clamped = Math.max(0, Math.min(1, share));
                if (clamped != share) {
                    ((ObjectNode) flow).put("share", clamped);
                    fixes++;
                }
            }
        }
        return fixes;
    }

    private static int laneCells(ObjectNode root, Ids ids) {
        ArrayNode lanes = root.withArray("lanes");
        List<ObjectNode> added = new ArrayList<>();
        int fixes = 0;
        for (JsonNode lane : lanes) {
            Optional<LaneType> type = LaneType.fromId(lane.path("type").asText());
            JsonNode cells = lane.path("cells");
            if (type.isPresent() && !type.get().holdsCells() && cells.isObject() && !cells.isEmpty()) {
                ObjectNode text = root.objectNode().put("id", ids.next(ElementKind.LANE)).put("type", LaneType.TEXT.id())
                        .put("label", lane.path("label").asText(type.get().id())).put("visible", true);
                text.set("cells", ((ObjectNode) lane).remove("cells"));
                added.add(text);
                fixes++;
            }
        }
        added.forEach(lanes::add);
        return fixes;
    }

    private static int links(ObjectNode root) {
        int fixes = 0;
        for (JsonNode touchpoint : root.path("touchpoints")) {
            for (JsonNode opportunity : touchpoint.path("opportunities")) {
                String url = opportunity.path("issueUrl").asText("");
                if (!url.isEmpty() && !MapValidator.isAllowedLink(url)) {
                    ((ObjectNode) opportunity).remove("issueUrl"); // optional: unlink, the text stays
                    fixes++;
                }
            }
        }
        return fixes; // evidence links are required: a bad one needs a person
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(element -> ids.add(element.path("id").asText()));
        return ids;
    }
}
