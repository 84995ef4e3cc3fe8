package com.journeymaps.core.merge;

import com.journeymaps.core.model.JourneyMap;
import java.util.List;
import java.util.Optional;

/**
 * What a three-way merge gave: either the merged map (valid, containing every change of both
 * versions) or the conflicts a person has to resolve, never both.
 */
public record MergeResult(Optional<JourneyMap> merged, List<Conflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
        if (merged.isPresent() == !conflicts.isEmpty()) {
            throw new IllegalArgumentException("a merge result has either a map or conflicts");
        }
    }

    public static MergeResult clean(JourneyMap merged) {
        return new MergeResult(Optional.of(merged), List.of());
    }

    public static MergeResult conflicted(List<Conflict> conflicts) {
        return new MergeResult(Optional.empty(), conflicts);
    }

    /** Whether both versions merged without conflict. */
    public boolean isClean() {
        return merged.isPresent();
    }

    public JourneyMap mergedOrThrow() {
        return merged.orElseThrow(() -> new IllegalStateException("the merge has conflicts: " + conflicts));
    }
}
