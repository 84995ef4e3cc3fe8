package com.journeymaps.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.ElementKind;
import java.util.Locale;
import java.util.Map;

/**
 * Version 0 is the shape of the early prototype, documents without {@code schemaVersion}:
 * <pre>{@code
 * {"name": "Checkout", "description": "why",
 *  "phases": ["Discover", "Buy"],
 *  "touchpoints": [{"phase": 0, "title": "Search", "channel": "Web", "feeling": 1, "notes": "…"}]}
 * }</pre>
 * Stages were plain names, touchpoints pointed at them by index, there were no ids, personas or
 * lanes, and one feeling per touchpoint. Version 1 gets ids derived from the positions (so that
 * reading the same old document twice gives the same ids until it is saved), {@code name} becomes
 * {@code title}, {@code description} the objective, {@code notes} the description, the channel is
 * normalised to a channel id ({@code other} when it cannot be), the feeling becomes the emotion of
 * "the customer", and the default touchpoint and emotion lanes are added. Unknown properties stay.
 */
final class MigrationV0ToV1 implements Migration {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public int from() {
        return 0;
    }

    @Override
    public ObjectNode apply(ObjectNode v0) {
        ObjectNode v1 = NODES.objectNode();
        v1.put("schemaVersion", 1);
        v1.put("id", id(ElementKind.MAP, 0));
        move(v0, "name", v1, "title");
        move(v0, "description", v1, "objective");

        ArrayNode stages = v1.putArray("stages");
        JsonNode phases = v0.remove("phases");
        int phaseCount = 0;
        if (phases != null && phases.isArray()) {
            for (JsonNode phase : phases) {
                ObjectNode stage = stages.addObject();
                stage.put("id", id(ElementKind.STAGE, phaseCount++));
                stage.set("name", phase.isTextual() ? phase : NODES.textNode(phase.toString()));
            }
        } else if (phases != null) {
            v1.set("phases", phases);
        }

        ArrayNode lanes = v1.putArray("lanes");
        lanes.addObject().put("id", id(ElementKind.LANE, 0)).put("type", "touchpoints").put("visible", true);
        lanes.addObject().put("id", id(ElementKind.LANE, 1)).put("type", "emotions").put("visible", true);

        ArrayNode touchpoints = v1.putArray("touchpoints");
        JsonNode oldTouchpoints = v0.remove("touchpoints");
        if (oldTouchpoints != null && oldTouchpoints.isArray()) {
            int index = 0;
            for (JsonNode old : oldTouchpoints) {
                touchpoints.add(old.isObject() ? touchpoint((ObjectNode) old.deepCopy(), index, phaseCount) : old);
                index++;
            }
        } else if (oldTouchpoints != null) {
            v1.set("touchpoints", oldTouchpoints);
        }
        v1.putArray("flows");
        copyRest(v0, v1);
        return v1;
    }

    private static ObjectNode touchpoint(ObjectNode old, int index, int phaseCount) {
        ObjectNode tp = NODES.objectNode();
        tp.put("id", id(ElementKind.TOUCHPOINT, index));
        JsonNode phase = old.remove("phase");
        if (phase != null && phase.canConvertToInt() && phase.isIntegralNumber()
                && phase.asInt() >= 0 && phase.asInt() < phaseCount) {
            tp.put("stageId", id(ElementKind.STAGE, phase.asInt()));
        } else if (phase != null) {
            tp.set("phase", phase); // kept so that validation points at it instead of losing it
        }
        move(old, "title", tp, "name");
        JsonNode channel = old.remove("channel");
        if (channel != null && channel.isTextual()) {
            String id = channel.asText().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
            tp.put("channel", Channel.isWellFormed(id) ? id : Channel.OTHER);
        } else if (channel != null) {
            tp.set("channel", channel);
        }
        move(old, "notes", tp, "description");
        JsonNode feeling = old.remove("feeling");
        if (feeling != null && !feeling.isNull()) {
            tp.putObject("emotions").set("customer", feeling);
        }
        copyRest(old, tp);
        return tp;
    }

    private static void move(ObjectNode from, String oldName, ObjectNode to, String newName) {
        JsonNode value = from.remove(oldName);
        if (value != null) {
            to.set(newName, value);
        }
    }

    private static void copyRest(ObjectNode from, ObjectNode to) {
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            if (!to.has(field.getKey())) {
                to.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String id(ElementKind kind, int index) {
        return kind.prefix() + "-" + String.format("%08x", index);
    }
}
