package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.validation.MapValidator;
import org.junit.jupiter.api.Test;

class DemoContentTest {

    @Test
    void demoMap_isAValidMapWithBothPersonasAndEmotionsForEach() {
        JourneyMap target = DemoContent.demoMap(2, 3);

        assertThat(MapValidator.validate(target)).isEmpty();
        assertThat(target.personas()).extracting(p -> p.pageId()).containsExactly(2L, 3L);
        assertThat(target.touchpoints()).hasSizeGreaterThan(5)
                .allSatisfy(tp -> assertThat(tp.emotions()).containsOnlyKeys("pr-maya", "pr-tom"));
        assertThat(target.touchpoints()).anySatisfy(tp -> assertThat(tp.momentOfTruth()).isTrue());
        assertThat(target.flows()).isNotEmpty();
    }
}
