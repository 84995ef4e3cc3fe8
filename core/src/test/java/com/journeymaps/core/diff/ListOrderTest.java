package com.journeymaps.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListOrderTest {

    @Test
    void moved_isTheDraggedElementOnly() {
        assertThat(ListOrder.moved(List.of("a", "b", "c", "d", "e"), List.of("a", "d", "b", "c", "e")))
                .containsExactly("d");
    }

    @Test
    void moved_ignoresAddedAndRemovedElements() {
        assertThat(ListOrder.moved(List.of("a", "b", "c"), List.of("x", "a", "c", "y"))).isEmpty();
    }

    @Test
    void moved_ofAReversal_keepsOneElementInPlace() {
        assertThat(ListOrder.moved(List.of("a", "b", "c"), List.of("c", "b", "a"))).hasSize(2);
    }
}
