package com.journeymaps.core.storage;

/**
 * A value to be written contains a character XML 1.0 forbids (NUL, most C0 controls, an unpaired
 * surrogate, U+FFFE or U+FFFF). Confluence cannot store it, so the codec refuses to write it rather
 * than produce a page that no longer parses.
 */
public class UnstorableCharacterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int index;
    private final int codePoint;

    UnstorableCharacterException(String field, int index, int codePoint) {
        super(String.format("%s contains U+%04X at index %d, which XML 1.0 (and so a Confluence page) cannot hold",
                field, codePoint, index));
        this.field = field;
        this.index = index;
        this.codePoint = codePoint;
    }

    /** Which value held the character, e.g. {@code "body"} or {@code "parameter 'title'"}. */
    public String field() {
        return field;
    }

    /** The {@code char} index of the character in that value. */
    public int index() {
        return index;
    }

    public int codePoint() {
        return codePoint;
    }
}
