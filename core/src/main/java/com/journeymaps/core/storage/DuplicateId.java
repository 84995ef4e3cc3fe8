package com.journeymaps.core.storage;

import java.util.List;
import java.util.Objects;

/**
 * An id carried by more than one of our macros on the same page, typically because a user copied
 * the macro in the editor. The first occurrence in document order is usually the original.
 *
 * @param id          the shared key-parameter value
 * @param occurrences every macro carrying it, in document order (at least two)
 */
public record DuplicateId(String id, List<MacroOccurrence> occurrences) {

    public DuplicateId {
        Objects.requireNonNull(id, "id");
        occurrences = List.copyOf(occurrences);
        if (occurrences.size() < 2) {
            throw new IllegalArgumentException("a duplicate needs at least two occurrences");
        }
    }
}
