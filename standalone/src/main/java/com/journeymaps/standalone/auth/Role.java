package com.journeymaps.standalone.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * A space role. Each role can do what the one before it can, and more: a viewer reads, a
 * commenter also comments, an editor also edits, an admin also manages restrictions.
 */
public enum Role {
    VIEWER,
    COMMENTER,
    EDITOR,
    ADMIN;

    public boolean allows(Action action) {
        return switch (action) {
            case VIEW -> true;
            case COMMENT -> this.compareTo(COMMENTER) >= 0;
            case EDIT -> this.compareTo(EDITOR) >= 0;
            case ADMINISTER -> this == ADMIN;
        };
    }

    /** The role stored as {@code name} ("viewer", "editor"…), if it is one. */
    public static Optional<Role> parse(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
