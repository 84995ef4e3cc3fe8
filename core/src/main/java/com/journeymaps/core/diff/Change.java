package com.journeymaps.core.diff;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One change between two versions of a journey map, in domain terms, as {@link MapDiff} finds it.
 * A change always names the element it happened to by its stable id, so the UI can highlight the
 * element and a comment thread on it stays attached; it carries the names a person needs to read
 * it ({@link ChangeSummaries#sentence}) and, as {@link #toJson()}, a stable machine form for the
 * REST API and the visual diff.
 *
 * @param kind what happened
 * @param elementId id of the element that changed (the touchpoint for {@link ChangeKind#EMOTION_CHANGED})
 * @param parentId id of the element holding it: the touchpoint of a pain point, opportunity, metric
 *     or evidence link, the lane of a lane item; null otherwise
 * @param field the JSON property that changed ({@code name}, {@code stageId}, {@code emotions},
 *     {@code cells}, an extension such as {@code x-priority}); null for additions, removals and reorders
 * @param key the entry within a map-valued field: the persona reference id of an emotion, the stage
 *     id of a lane cell; null otherwise
 * @param oldValue the value before: a field's old JSON value, a removed element's JSON, a moved
 *     element's old 1-based position (its old stage id for stage moves); null when there was none
 * @param newValue the value after, in the same terms; null when there is none
 * @param elementName what a person calls the element (name, title, text, label), as of the newer
 *     version when it still exists; null when it has none
 * @param parentName the name of the parent element; null when there is none
 * @param fromName where the element was: the old stage of a touchpoint or lane item (also its stage
 *     when nothing moved), or the source touchpoint of a flow
 * @param toName where the element is now: the new stage, or the target touchpoint of a flow
 * @param personaTitle the persona whose emotion changed ({@link ChangeKind#EMOTION_CHANGED} only;
 *     null when emotions are recorded for the customer in general)
 */
public record Change(ChangeKind kind, String elementId, String parentId, String field, String key,
                     JsonNode oldValue, JsonNode newValue, String elementName, String parentName, String fromName,
                     String toName, String personaTitle) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elementId, "elementId");
        oldValue = oldValue == null || oldValue.isNull() ? null : oldValue.deepCopy();
        newValue = newValue == null || newValue.isNull() ? null : newValue.deepCopy();
    }

    /** Starts a change of {@code kind} to the element {@code elementId}. */
    public static Builder of(ChangeKind kind, String elementId) {
        return new Builder(kind, elementId);
    }

    /**
     * The machine form: {@code kind}, {@code elementKind} and {@code elementId} always; the other
     * properties only when they have a value. Property names and kind ids are part of the REST API;
     * Jackson serialises a {@code Change} as exactly this ({@link JsonValue}).
     * <pre>{@code
     * {"kind":"touchpoint-moved-stage","elementKind":"touchpoint","elementId":"tp-1",
     *  "field":"stageId","oldValue":"st-1","newValue":"st-2",
     *  "names":{"element":"Checkout","from":"Consideration","to":"Purchase"}}
     * }</pre>
     */
    @JsonValue
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("kind", kind.id());
        json.put("elementKind", MapTree.kindId(kind.element()));
        json.put("elementId", elementId);
        putIfPresent(json, "parentId", parentId);
        putIfPresent(json, "field", field);
        putIfPresent(json, "key", key);
        if (oldValue != null) {
            json.set("oldValue", oldValue.deepCopy());
        }
        if (newValue != null) {
            json.set("newValue", newValue.deepCopy());
        }
        ObjectNode names = JsonNodeFactory.instance.objectNode();
        putIfPresent(names, "element", elementName);
        putIfPresent(names, "parent", parentName);
        putIfPresent(names, "from", fromName);
        putIfPresent(names, "to", toName);
        putIfPresent(names, "persona", personaTitle);
        if (!names.isEmpty()) {
            json.set("names", names);
        }
        return json;
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    /** Assembles a {@link Change}; everything not set stays null. */
    public static final class Builder {
        private final ChangeKind kind;
        private final String elementId;
        private String parentId;
        private String field;
        private String key;
        private JsonNode oldValue;
        private JsonNode newValue;
        private String elementName;
        private String parentName;
        private String fromName;
        private String toName;
        private String personaTitle;

        private Builder(ChangeKind kind, String elementId) {
            this.kind = kind;
            this.elementId = elementId;
        }

        public Builder parent(String id, String name) {
            parentId = id;
            parentName = name;
            return this;
        }

        public Builder field(String value) {
            field = value;
            return this;
        }

        public Builder key(String value) {
            key = value;
            return this;
        }

        public Builder values(JsonNode before, JsonNode after) {
            oldValue = before;
            newValue = after;
            return this;
        }

        public Builder name(String value) {
            elementName = value;
            return this;
        }

        public Builder places(String from, String to) {
            fromName = from;
            toName = to;
            return this;
        }

        public Builder persona(String title) {
            personaTitle = title;
            return this;
        }

        public Change build() {
            return new Change(kind, elementId, parentId, field, key, oldValue, newValue, elementName, parentName,
                    fromName, toName, personaTitle);
        }
    }
}
