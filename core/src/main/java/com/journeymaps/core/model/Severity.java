package com.journeymaps.core.model;

import java.util.Optional;

/** How badly a pain point hurts the customer: from a small annoyance ({@code low}) to one that ends the journey ({@code critical}). */
public enum Severity {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /** The id written in JSON and CSV and used in i18n keys. */
    public String id() {
        return id;
    }

    public static Optional<Severity> fromId(String id) {
        for (Severity value : values()) {
            if (value.id.equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
