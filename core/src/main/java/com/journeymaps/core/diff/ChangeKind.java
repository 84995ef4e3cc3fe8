package com.journeymaps.core.diff;

import com.journeymaps.core.model.ElementKind;
import java.util.Locale;

/**
 * What kind of change a {@link Change} is, in the words of the people who edit maps: a stage was
 * renamed, a touchpoint moved to another stage, the emotion at a touchpoint changed. The
 * {@link #id()} ({@code touchpoint-moved-stage}) is the stable machine name used in the REST API,
 * the UI's visual diff and the i18n keys; the Java constant may be renamed, the id may not.
 */
public enum ChangeKind {
    /** A field of the map itself (title, objective, scope, owner, last verified, an extension). */
    MAP_FIELD_CHANGED(ElementKind.MAP, "map-changed"),

    PERSONA_LINKED(ElementKind.PERSONA, "persona-linked"),
    PERSONA_UNLINKED(ElementKind.PERSONA, "persona-unlinked"),
    /** A field of a persona reference (cached title, role, page id, an extension). */
    PERSONA_CHANGED(ElementKind.PERSONA, "persona-changed"),
    PERSONA_MOVED(ElementKind.PERSONA, "persona-changed"),

    STAGE_ADDED(ElementKind.STAGE, "stage-added"),
    STAGE_REMOVED(ElementKind.STAGE, "stage-removed"),
    STAGE_RENAMED(ElementKind.STAGE, "stage-renamed"),
    STAGE_MOVED(ElementKind.STAGE, "stage-moved"),
    /** Any other field of a stage: goal, description, an extension. */
    STAGE_FIELD_CHANGED(ElementKind.STAGE, "stage-changed"),

    LANE_ADDED(ElementKind.LANE, "lane-added"),
    LANE_REMOVED(ElementKind.LANE, "lane-removed"),
    LANE_MOVED(ElementKind.LANE, "lane-changed"),
    /** A field of a lane (type, label, visibility, an extension), or an empty cell added or removed. */
    LANE_CHANGED(ElementKind.LANE, "lane-changed"),

    LANE_ITEM_ADDED(ElementKind.LANE_ITEM, "lane-item-added"),
    LANE_ITEM_REMOVED(ElementKind.LANE_ITEM, "lane-item-removed"),
    LANE_ITEM_CHANGED(ElementKind.LANE_ITEM, "lane-item-changed"),
    /** A lane item now sits in the cell of another stage. */
    LANE_ITEM_MOVED_STAGE(ElementKind.LANE_ITEM, "lane-item-changed"),
    /** A lane item changed its position within its cell. */
    LANE_ITEM_REORDERED(ElementKind.LANE_ITEM, "lane-item-changed"),

    TOUCHPOINT_ADDED(ElementKind.TOUCHPOINT, "touchpoint-added"),
    TOUCHPOINT_REMOVED(ElementKind.TOUCHPOINT, "touchpoint-removed"),
    TOUCHPOINT_MOVED_STAGE(ElementKind.TOUCHPOINT, "touchpoint-moved"),
    /** A touchpoint changed its position among the touchpoints of its stage (or of the map). */
    TOUCHPOINT_REORDERED(ElementKind.TOUCHPOINT, "touchpoint-moved"),
    /** Any field of a touchpoint except its stage, emotions and item lists. */
    TOUCHPOINT_FIELD_CHANGED(ElementKind.TOUCHPOINT, "touchpoint-changed"),
    /** The emotion of one persona at one touchpoint was set, changed or cleared. */
    EMOTION_CHANGED(ElementKind.TOUCHPOINT, "emotion-changed"),

    PAIN_POINT_ADDED(ElementKind.PAIN_POINT, "pain-point-added"),
    PAIN_POINT_REMOVED(ElementKind.PAIN_POINT, "pain-point-removed"),
    PAIN_POINT_CHANGED(ElementKind.PAIN_POINT, "pain-point-changed"),
    PAIN_POINT_MOVED(ElementKind.PAIN_POINT, "pain-point-changed"),

    OPPORTUNITY_ADDED(ElementKind.OPPORTUNITY, "opportunity-added"),
    OPPORTUNITY_REMOVED(ElementKind.OPPORTUNITY, "opportunity-removed"),
    OPPORTUNITY_CHANGED(ElementKind.OPPORTUNITY, "opportunity-changed"),
    OPPORTUNITY_MOVED(ElementKind.OPPORTUNITY, "opportunity-changed"),

    METRIC_ADDED(ElementKind.METRIC, "metric-added"),
    METRIC_REMOVED(ElementKind.METRIC, "metric-removed"),
    METRIC_CHANGED(ElementKind.METRIC, "metric-changed"),
    METRIC_MOVED(ElementKind.METRIC, "metric-changed"),

    EVIDENCE_ADDED(ElementKind.EVIDENCE, "evidence-added"),
    EVIDENCE_REMOVED(ElementKind.EVIDENCE, "evidence-removed"),
    EVIDENCE_CHANGED(ElementKind.EVIDENCE, "evidence-changed"),
    EVIDENCE_MOVED(ElementKind.EVIDENCE, "evidence-changed"),

    FLOW_ADDED(ElementKind.FLOW, "flow-added"),
    FLOW_REMOVED(ElementKind.FLOW, "flow-removed"),
    FLOW_CHANGED(ElementKind.FLOW, "flow-changed"),
    FLOW_MOVED(ElementKind.FLOW, "flow-changed");

    private final ElementKind element;
    private final String summaryGroup;

    ChangeKind(ElementKind element, String summaryGroup) {
        this.element = element;
        this.summaryGroup = summaryGroup;
    }

    /** The stable machine name, e.g. {@code touchpoint-moved-stage}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of element that changed ({@link #EMOTION_CHANGED} belongs to a touchpoint). */
    public ElementKind element() {
        return element;
    }

    /**
     * The group this kind is counted in by a version comment: several kinds read the same to a
     * person skimming the page history ("moved 2 touchpoints" covers both stage moves and reorders).
     */
    public String summaryGroup() {
        return summaryGroup;
    }

    /** Whether this kind is only a change of position in an ordered list. */
    public boolean isReorder() {
        return this == PERSONA_MOVED || this == STAGE_MOVED || this == LANE_MOVED || this == LANE_ITEM_REORDERED
                || this == TOUCHPOINT_REORDERED || this == PAIN_POINT_MOVED || this == OPPORTUNITY_MOVED
                || this == METRIC_MOVED || this == EVIDENCE_MOVED || this == FLOW_MOVED;
    }

    /** The kind with the given {@link #id()}. */
    public static ChangeKind fromId(String id) {
        for (ChangeKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no change kind " + id);
    }
}
