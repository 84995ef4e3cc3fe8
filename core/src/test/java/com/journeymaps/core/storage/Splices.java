package com.journeymaps.core.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/** Byte-level checks that an edit touched nothing but one range of the original text. */
final class Splices {

    private Splices() {
    }

    /**
     * Compares the UTF-8 bytes of {@code before} outside {@code range} (the prefix up to its start and
     * the suffix from its end) with the same number of leading and trailing bytes of {@code after}.
     *
     * @return -1 if both prefix and suffix are identical, otherwise the byte offset in {@code after}
     *         of the first difference (or where {@code after} is too short to hold them)
     */
    static int firstDifferenceOutside(String before, String after, SourceRange range) {
        byte[] prefix = before.substring(0, range.start()).getBytes(UTF_8);
        byte[] suffix = before.substring(range.end()).getBytes(UTF_8);
        byte[] edited = after.getBytes(UTF_8);
        if (edited.length < prefix.length + suffix.length) {
            return Math.min(edited.length, prefix.length);
        }
        int inPrefix = Arrays.mismatch(edited, 0, prefix.length, prefix, 0, prefix.length);
        if (inPrefix >= 0) {
            return inPrefix;
        }
        int suffixStart = edited.length - suffix.length;
        int inSuffix = Arrays.mismatch(edited, suffixStart, edited.length, suffix, 0, suffix.length);
        return inSuffix >= 0 ? suffixStart + inSuffix : -1;
    }
}
