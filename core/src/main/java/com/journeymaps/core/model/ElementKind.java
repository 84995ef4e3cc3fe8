package com.journeymaps.core.model;

/**
 * The kinds of element that carry an id in a journey map, each with the short prefix its ids start
 * with, so that an id read in a log or a URL says what it points at ({@code tp-7f3a9c21} is a
 * touchpoint).
 */
public enum ElementKind {
    MAP("jm"),
    PERSONA("pr"),
    STAGE("st"),
    LANE("ln"),
    LANE_ITEM("it"),
    TOUCHPOINT("tp"),
    PAIN_POINT("pp"),
    OPPORTUNITY("op"),
    METRIC("mt"),
    EVIDENCE("ev"),
    FLOW("fl");

    private final String prefix;

    ElementKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
