package com.journeymaps.core.storage;

import java.util.Optional;

/**
 * The two macros of the app that keep JSON in a page. Each names itself through one <em>key
 * parameter</em>: the id by which the codec finds, edits and removes it.
 */
public enum MacroKind {

    /** A journey map; its JSON lives in the macro body, its id in the {@code map-id} parameter. */
    JOURNEY_MAP("journey-map", "map-id"),

    /** A persona page's persona; its JSON lives in the macro body, its id in the {@code persona-id} parameter. */
    JOURNEY_PERSONA("journey-persona", "persona-id");

    /** {@link #values()} copies its array on every call; the scanner asks once per macro element. */
    private static final MacroKind[] KINDS = values();

    private final String macroName;
    private final String keyParameter;

    MacroKind(String macroName, String keyParameter) {
        this.macroName = macroName;
        this.keyParameter = keyParameter;
    }

    /** The value of {@code ac:name} on the {@code ac:structured-macro} element. */
    public String macroName() {
        return macroName;
    }

    /** The name of the parameter holding the macro's id. */
    public String keyParameter() {
        return keyParameter;
    }

    /** The kind whose macro name is {@code macroName}, if it is one of ours. */
    public static Optional<MacroKind> ofMacroName(String macroName) {
        for (MacroKind kind : KINDS) {
            if (kind.macroName.equals(macroName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
