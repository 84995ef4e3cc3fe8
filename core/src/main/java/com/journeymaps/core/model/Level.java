package com.journeymaps.core.model;

import java.util.Optional;

/** A coarse three-step scale used for an opportunity's expected impact and the effort it takes, enough to sort ideas into quick wins and big bets. */
public enum Level {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** The id written in JSON and CSV and used in i18n keys. */
    public String id() {
        return id;
    }

    public static Optional<Level> fromId(String id) {
        for (Level value : values()) {
            if (value.id.equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
