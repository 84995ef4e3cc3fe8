package com.journeymaps.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderMergeTest {

    private final List<String> movedTwice = new ArrayList<>();

    private List<String> target(List<String> base, List<String> ours, List<String> theirs, String... survivors) {
        return OrderMerge.order(base, ours, theirs, new LinkedHashSet<>(List.of(survivors)), movedTwice::add);
    }

    @Test
    void order_takesTheOnlyReorder() {
        List<String> base = List.of("a", "b", "c", "d");

        assertThat(target(base, List.of("b", "c", "d", "a"), base, "a", "b", "c", "d"))
                .containsExactly("b", "c", "d", "a");
        assertThat(movedTwice).isEmpty();
    }

    @Test
    void order_placesEachSidesInsertsAfterTheirAnchorOrderedByFirstId() {
        List<String> base = List.of("a", "b");

        List<String> merged = target(base, List.of("a", "y", "z", "b"), List.of("a", "x", "b"), "a", "b", "x", "y",
                "z");
        List<String> swapped = target(base, List.of("a", "x", "b"), List.of("a", "y", "z", "b"), "a", "b", "x", "y",
                "z");

        assertThat(merged).containsExactly("a", "x", "y", "z", "b").isEqualTo(swapped);
    }

    @Test
    void order_keepsAMovedElementNextToItsNewNeighbourWhenTheNeighbourStays() {
        List<String> base = List.of("a", "b", "c", "d");

        assertThat(target(base, List.of("a", "c", "b", "d"), List.of("a", "b", "c", "e", "d"), "a", "b", "c", "d",
                "e")).containsExactly("a", "c", "b", "e", "d");
    }

    @Test
    void order_reportsAnElementMovedToTwoPlaces() {
        List<String> base = List.of("a", "b", "c", "d");

        target(base, List.of("d", "a", "b", "c"), List.of("a", "b", "d", "c"), "a", "b", "c", "d");

        assertThat(movedTwice).containsExactly("d");
    }

    @Test
    void order_leavesOutElementsThatDidNotSurvive() {
        Set<String> survivors = Set.of("a", "c");

        assertThat(OrderMerge.order(List.of("a", "b", "c"), List.of("c", "b", "a"), List.of("a", "b", "c"),
                survivors, movedTwice::add)).containsExactlyInAnyOrderElementsOf(survivors).hasSize(2);
    }
}
