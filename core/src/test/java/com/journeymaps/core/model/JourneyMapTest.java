package com.journeymaps.core.model;

import static com.journeymaps.core.testdata.JourneyMapTestData.aSmallMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyMapTest {

    @Test
    void equals_comparesByValue() {
        JourneyMap target = aSmallMap();

        assertThat(target.toBuilder().build()).isEqualTo(target).hasSameHashCodeAs(target);
        assertThat(target.withTitle("Other")).isNotEqualTo(target);
    }

    @Test
    void constructor_copiesListsAndExtensionsDefensively() {
        List<Stage> stages = new ArrayList<>(List.of(new Stage("st-1", "Awareness", null, null)));
        ObjectNode extension = JsonNodeFactory.instance.objectNode().put("a", 1);
        Map<String, JsonNode> extensions = new LinkedHashMap<>(Map.of("x-new", extension));

        JourneyMap target = JourneyMap.builder().id("jm-1").stages(stages).extensions(extensions).build();
        stages.add(new Stage("st-2", "Purchase", null, null));
        extension.put("a", 2);

        assertThat(target.stages()).hasSize(1);
        assertThat(target.extensions().get("x-new").get("a").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> target.stages().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_refusesAnExtensionNamedLikeAProperty() {
        Map<String, JsonNode> extensions = Map.of("goal", JsonNodeFactory.instance.textNode("sneaky"));

        assertThatThrownBy(() -> new Stage("st-1", "Awareness", null, null, extensions))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'goal' is a property of Stage");
    }

    @Test
    void withTouchpoint_replacesTheTouchpointWithTheSameIdInPlace() {
        JourneyMap map = aSmallMap();
        Touchpoint renamed = map.touchpoints().get(1).withName("One-click checkout");

        JourneyMap target = map.withTouchpoint(renamed);

        assertThat(target.touchpoints()).hasSize(3);
        assertThat(target.touchpoints().get(1)).isEqualTo(renamed);
    }

    @Test
    void withTouchpoint_appendsANewTouchpoint() {
        JourneyMap map = aSmallMap();
        Touchpoint added = map.touchpoints().get(0).toBuilder().id("tp-new").build();

        JourneyMap target = map.withTouchpoint(added);

        assertThat(target.touchpoints()).last().isEqualTo(added);
        assertThat(target.touchpointsIn(added.stageId())).hasSize(2);
    }

    @Test
    void movingATouchpointToAnotherStageOrPosition_keepsItsId() {
        JourneyMap map = aSmallMap();
        Touchpoint radioAd = map.touchpoints().get(0);
        String purchase = map.stages().get(1).id();

        JourneyMap target = map.withTouchpoints(List.of(map.touchpoints().get(1), radioAd.withStageId(purchase),
                map.touchpoints().get(2)));

        assertThat(target.touchpointsIn(purchase)).extracting(Touchpoint::id)
                .containsExactly(map.touchpoints().get(1).id(), radioAd.id());
        assertThat(target.allIds()).isEqualTo(map.allIds());
    }

    @Test
    void withEmotion_setsAndUnsetsAPersonasEmotion() {
        Touchpoint touchpoint = aSmallMap().touchpoints().get(0);

        Touchpoint target = touchpoint.withEmotion("pr-1", -2);

        assertThat(target.emotions()).containsEntry("pr-1", -2);
        assertThat(target.withEmotion("pr-1", null).emotions()).doesNotContainKey("pr-1");
    }

    @Test
    void allIds_listsTheIdsOfEveryElement() {
        JourneyMap target = aSmallMap();

        assertThat(target.allIds()).hasSize(1 + 3 + 3 + 3).contains(target.id(), target.touchpoints().get(2).id());
    }

    @Test
    void emotionKeys_isTheCustomerWhenThereAreNoPersonas() {
        JourneyMap target = aSmallMap();

        assertThat(target.emotionKeys()).containsExactly(Touchpoint.CUSTOMER);
        assertThat(target.withPersona(new PersonaRef("pr-1", 7, "Anna", null)).emotionKeys())
                .containsExactly("pr-1");
    }
}
