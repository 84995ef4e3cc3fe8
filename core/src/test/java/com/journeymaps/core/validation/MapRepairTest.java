package com.journeymaps.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.testdata.JourneyMapTestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapRepairTest {

    private static JourneyMap broken(java.util.function.Consumer<ObjectNode> damage) {
        ObjectNode tree = JourneyMapJson.toTree(JourneyMapTestData.aSmallMap());
        damage.accept(tree);
        ParseResult parsed = JourneyMapJson.parse(tree.toString());
        assertThat(parsed.ok()).as("the damage makes the map invalid").isFalse();
        assertThat(parsed.map()).as("but it still reads as a map").isPresent();
        return parsed.map().get();
    }

    @Test
    void repair_fixesEveryMechanicalProblemAndTheResultValidates() {
        JourneyMap map = broken(tree -> {
            ArrayNode touchpoints = tree.withArray("touchpoints");
            ObjectNode first = (ObjectNode) touchpoints.get(0);
            ((ObjectNode) touchpoints.get(1)).put("id", first.get("id").asText()); // duplicate id
            first.put("stageId", "st-gone");                                         // dangling stage
            first.putObject("emotions").put("nobody", 1);                            // dangling persona
            tree.withArray("flows").addObject().put("id", "fl-x").put("from", "tp-nowhere").put("to", first.get("id").asText());
        });
        List<Problem> before = MapValidator.validate(map);
        assertThat(before).extracting(Problem::code).contains("duplicate-id", "dangling-stage", "dangling-persona", "dangling-touchpoint");

        MapRepair.Result target = MapRepair.repair(map, Ids.seeded(1));

        assertThat(target.remaining()).isEmpty();
        assertThat(target.map()).hasValueSatisfying(repaired -> {
            assertThat(MapValidator.validate(repaired)).isEmpty();
            assertThat(repaired.touchpoints()).hasSize(map.touchpoints().size());
            assertThat(repaired.touchpoints()).extracting(t -> t.name()).containsExactlyElementsOf(
                    map.touchpoints().stream().map(t -> t.name()).toList());
        });
        assertThat(target.fixes()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void repair_clampsOutOfRangeValuesAndUnlinksForbiddenOptionalLinks() {
        JourneyMap map = broken(tree -> {
            ObjectNode touchpoint = (ObjectNode) tree.withArray("touchpoints").get(0);
            String key = JourneyMapTestData.aSmallMap().emotionKeys().get(0);
            touchpoint.putObject("emotions").put(key, 7);
            touchpoint.withArray("opportunities").addObject().put("id", "op-bad").put("text", "Fix it")
                    .put("status", "idea").put("issueUrl", "javascript:alert(1)");
        });

        MapRepair.Result target = MapRepair.repair(map, Ids.seeded(2));

        assertThat(target.map()).hasValueSatisfying(repaired -> {
            assertThat(repaired.touchpoints().get(0).emotions()).containsValue(2);
            assertThat(repaired.touchpoints().get(0).opportunities()).anySatisfy(o -> {
                assertThat(o.text()).isEqualTo("Fix it");
                assertThat(o.issueUrl()).isNull();
            });
        });
    }

    @Test
    void repair_leavesWhatNeedsAPersonAndSaysWhat() {
        JourneyMap map = broken(tree -> ((ObjectNode) tree.withArray("touchpoints").get(0)).put("name", ""));

        MapRepair.Result target = MapRepair.repair(map, Ids.seeded(3));

        assertThat(target.map()).isEmpty();
        assertThat(target.remaining()).extracting(Problem::pointer).contains("/touchpoints/0/name");
    }
}
