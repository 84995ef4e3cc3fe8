package com.journeymaps.core.model;

import java.util.Optional;

/**
 * What a row of the map shows. Some lanes draw touchpoint data across the stages (the touchpoints
 * themselves, the customer's actions and thoughts, the emotion curve, channels, metrics); the
 * others hold their own text per stage in {@link Lane#cells()}. Frontstage, backstage and support
 * processes are the service-blueprint lanes: what staff do in view of the customer, what they do
 * out of view, and the systems and processes behind them.
 */
public enum LaneType {
    TOUCHPOINTS("touchpoints", false),
    CUSTOMER_ACTIONS("customer-actions", false),
    THOUGHTS("thoughts", false),
    EMOTIONS("emotions", false),
    PAIN_POINTS("pain-points", true),
    OPPORTUNITIES("opportunities", true),
    CHANNELS("channels", false),
    METRICS("metrics", false),
    EVIDENCE("evidence", true),
    FRONTSTAGE("frontstage", true),
    BACKSTAGE("backstage", true),
    SUPPORT_PROCESSES("support-processes", true),
    TEXT("text", true);

    private final String id;
    private final boolean holdsCells;

    LaneType(String id, boolean holdsCells) {
        this.id = id;
        this.holdsCells = holdsCells;
    }

    /** The id written in JSON and used in i18n keys, e.g. {@code pain-points}. */
    public String id() {
        return id;
    }

    /**
     * Whether the lane holds its own items per stage. Pain-point and opportunity lanes show the
     * touchpoints' items and may add stage-level ones; the purely derived lanes hold none.
     */
    public boolean holdsCells() {
        return holdsCells;
    }

    public static Optional<LaneType> fromId(String id) {
        for (LaneType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
