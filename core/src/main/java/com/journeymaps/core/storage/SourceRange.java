package com.journeymaps.core.storage;

/**
 * A half-open range {@code [start, end)} of {@code char} offsets in a storage-format string, as
 * {@link String#substring(int, int)} takes them.
 */
public record SourceRange(int start, int end) {

    public SourceRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
        }
    }

    /** The text of this range in {@code source}. */
    public String of(String source) {
        return source.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
