package com.journeymaps.core.merge;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.diff.ChangeSummaries;
import com.journeymaps.core.diff.MapTree;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.validation.Problem;
import java.util.Objects;

/**
 * A place where two concurrent versions of a map disagree, so that a person has to decide. It
 * names the element (kind, stable id, name), the field and the three values: the common
 * ancestor's ({@code base}), the submitted version's ({@code ours}) and the saved version's
 * ({@code theirs}). A null value means the element or field does not exist in that version.
 *
 * @param field the JSON property in dispute ({@code name}, {@code stageId}, {@code emotions},
 *     {@code cells}, an extension); null when the whole element is (removed against changed, moved)
 * @param key the entry of a map-valued field: the persona reference id of an emotion, the stage id
 *     of a lane cell; null otherwise
 * @param base the value in the common ancestor (for an element-level conflict: the element's JSON)
 * @param problem for {@link ConflictType#INVALID_RESULT}: what would be wrong with the combined map
 */
public record Conflict(ConflictType type, ElementKind elementKind, String elementId, String elementName,
                       String field, String key, JsonNode base, JsonNode ours, JsonNode theirs, Problem problem) {

    public Conflict {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(elementKind, "elementKind");
        base = copy(base);
        ours = copy(ours);
        theirs = copy(theirs);
    }

    /**
     * The machine form, as the REST API returns it with a 409:
     * <pre>{@code
     * {"type":"both-changed","elementKind":"touchpoint","elementId":"tp-1","elementName":"Checkout",
     *  "field":"name","base":"Checkout","ours":"Check-out","theirs":"Payment"}
     * }</pre>
     * {@code base}, {@code ours} and {@code theirs} are always present ({@code null} when absent);
     * {@code elementName}, {@code field}, {@code key} and {@code problem} ({@code {"code","args"}})
     * only when set. Jackson serialises a {@code Conflict} as exactly this ({@link JsonValue}).
     */
    @JsonValue
    public ObjectNode toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        json.put("type", type.id());
        json.put("elementKind", MapTree.kindId(elementKind));
        json.put("elementId", elementId);
        if (elementName != null) {
            json.put("elementName", elementName);
        }
        if (field != null) {
            json.put("field", field);
        }
        if (key != null) {
            json.put("key", key);
        }
        json.set("base", base == null ? NullNode.getInstance() : base.deepCopy());
        json.set("ours", ours == null ? NullNode.getInstance() : ours.deepCopy());
        json.set("theirs", theirs == null ? NullNode.getInstance() : theirs.deepCopy());
        if (problem != null) {
            ObjectNode p = json.putObject("problem");
            p.put("code", problem.code());
            problem.args().forEach(arg -> p.withArray("args").add(String.valueOf(arg)));
        }
        return json;
    }

    /**
     * The sentence a person reads ("Touchpoint 'Checkout': name was changed in both versions, to
     * 'Check-out' and to 'Payment'"), from {@code journeymaps.merge.conflict.<type id>} with
     * {0} element kind, {1} element name, {2} field, {3} base, {4} ours, {5} theirs, {6} problem.
     */
    public String sentence(Texts texts) {
        String name = elementName == null || elementName.isBlank() ? elementId
                : elementName.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
        if (name.length() > 60) {
            name = name.substring(0, 59) + "\u2026";
        }
        return texts.getText("journeymaps.merge.conflict." + type.id(),
                texts.getText("journeymaps.merge.element." + MapTree.kindId(elementKind)),
                name,
                field == null ? "" : ChangeSummaries.fieldLabel(field, texts),
                ChangeSummaries.valueText(field, base, texts),
                ChangeSummaries.valueText(field, ours, texts),
                ChangeSummaries.valueText(field, theirs, texts),
                problem == null ? "" : texts.getText(problem.key(), problem.args().toArray()));
    }

    private static JsonNode copy(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value.deepCopy();
    }
}
