package com.journeymaps.core.storage;

/**
 * The storage-format text is not something the codec can read safely: an unterminated comment,
 * CDATA section or tag, a mismatched or unclosed element, a malformed attribute, or one of our
 * macros with conflicting parts. Carries where the problem is; when it is thrown nothing has been
 * written.
 */
public class StorageFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final String reason;

    StorageFormatException(String source, int offset, String reason) {
        this(SourcePosition.of(source, offset), reason);
    }

    StorageFormatException(SourcePosition position, String reason) {
        super(position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }

    /** The {@code char} offset of the problem in the storage string. */
    public int offset() {
        return position.offset();
    }

    /** 1-based line of the problem. */
    public int line() {
        return position.line();
    }

    /** 1-based column of the problem, in code points. */
    public int column() {
        return position.column();
    }
}
