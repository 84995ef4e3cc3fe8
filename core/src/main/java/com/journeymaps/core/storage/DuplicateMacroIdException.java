package com.journeymaps.core.storage;

/**
 * An edit addressed a macro by an id that more than one macro carries (or would carry afterwards),
 * so the codec cannot tell which one is meant. Resolve it with
 * {@link StorageFormatCodec#reassignDuplicate(String, String, int, String)}.
 */
public class DuplicateMacroIdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final transient DuplicateId duplicate;

    DuplicateMacroIdException(DuplicateId duplicate) {
        super(duplicate.occurrences().size() + " macros on this page carry the id '" + duplicate.id()
                + "'; give the copies a new id first");
        this.id = duplicate.id();
        this.duplicate = duplicate;
    }

    DuplicateMacroIdException(String id, String message) {
        super(message);
        this.id = id;
        this.duplicate = null;
    }

    /** The id that is, or would be, carried twice. */
    public String id() {
        return id;
    }

    /** The macros sharing the id, or {@code null} when the id would only be duplicated by the refused edit. */
    public DuplicateId duplicate() {
        return duplicate;
    }
}
