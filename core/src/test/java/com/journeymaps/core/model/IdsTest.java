package com.journeymaps.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void next_prefixesTheKindAndAddsEightHexDigits() {
        Ids target = Ids.random();

        assertThat(target.next(ElementKind.TOUCHPOINT)).matches("tp-[0-9a-f]{8}");
        assertThat(target.next(ElementKind.STAGE)).matches("st-[0-9a-f]{8}");
    }

    @Test
    void seeded_repeatsItsSequence() {
        assertThat(Ids.seeded(7).next(ElementKind.MAP)).isEqualTo(Ids.seeded(7).next(ElementKind.MAP));
    }

    @Test
    void next_producesWellFormedDistinctIds() {
        Ids target = Ids.seeded(1);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = target.next(ElementKind.LANE_ITEM);
            assertThat(Ids.isWellFormed(id)).as(id).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }
}
