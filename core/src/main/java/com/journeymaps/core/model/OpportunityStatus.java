package com.journeymaps.core.model;

import java.util.Optional;

/** Where the team stands with an opportunity: an idea, planned, being worked on, or done (then the touchpoint's metrics show whether it worked). */
public enum OpportunityStatus {
    IDEA("idea"),
    PLANNED("planned"),
    IN_PROGRESS("in-progress"),
    DONE("done");

    private final String id;

    OpportunityStatus(String id) {
        this.id = id;
    }

    /** The id written in JSON and CSV and used in i18n keys. */
    public String id() {
        return id;
    }

    public static Optional<OpportunityStatus> fromId(String id) {
        for (OpportunityStatus value : values()) {
            if (value.id.equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
