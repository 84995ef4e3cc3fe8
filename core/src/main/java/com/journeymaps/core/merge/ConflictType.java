package com.journeymaps.core.merge;

import java.util.Locale;

/** Why two versions of a map could not be combined automatically. */
public enum ConflictType {
    /** Both versions changed the same field of the same element, to different values. */
    BOTH_CHANGED,
    /** One version removed an element the other changed (its fields, items, emotions or stage). */
    DELETED_AND_CHANGED,
    /** Both versions moved the same element, to different stages or to different places in its list. */
    MOVED_TWICE,
    /**
     * Each version is fine alone, but together they would give a map that does not validate: a
     * touchpoint added to a stage the other version removed, a flow to a removed touchpoint, an
     * emotion for an unlinked persona, a duplicate id, a limit exceeded.
     */
    INVALID_RESULT;

    /** The stable machine name used in the REST API and i18n keys, e.g. {@code both-changed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
