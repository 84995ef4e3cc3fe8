package com.journeymaps.core.storage;

/**
 * A macro was to be inserted at an offset where it would break the page or change its meaning:
 * inside a tag, comment, CDATA section, entity reference or surrogate pair, or inside an element
 * whose content model has no room for a macro (a macro's parameters or body, a link, an image...).
 */
public class InvalidInsertionPointException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    InvalidInsertionPointException(SourcePosition position, String reason) {
        super("cannot insert a macro at " + position + ": " + reason);
        this.position = position;
    }

    public int offset() {
        return position.offset();
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }
}
