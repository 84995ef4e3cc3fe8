package com.journeymaps.core.diff;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData.MapBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the machine form of changes: the REST API and the visual diff read exactly these properties. */
class ChangeJsonTest {

    private final MapBuilder builder = aMap().withId("jm-1").withStages("Consideration", "Purchase")
            .withPersonas("Buyer")
            .withTouchpoint("Consideration", "Checkout");
    private final JourneyMap base = builder.build();

    private Touchpoint checkout() {
        return base.touchpoints().get(0);
    }

    @Test
    void toJson_ofAStageMove_namesKindElementFieldValuesAndStages() {
        JourneyMap after = base.withTouchpoint(checkout().withStageId(builder.stageId("Purchase")));

        String target = MapDiff.diff(base, after).get(0).toJson().toString();

        assertThat(target).isEqualTo("{\"kind\":\"touchpoint-moved-stage\",\"elementKind\":\"touchpoint\","
                + "\"elementId\":\"" + checkout().id() + "\",\"field\":\"stageId\","
                + "\"oldValue\":\"" + builder.stageId("Consideration") + "\","
                + "\"newValue\":\"" + builder.stageId("Purchase") + "\","
                + "\"names\":{\"element\":\"Checkout\",\"from\":\"Consideration\",\"to\":\"Purchase\"}}");
    }

    @Test
    void toJson_ofAnEmotion_carriesThePersonaKeyAndScores() {
        JourneyMap after = base.withTouchpoint(checkout().withEmotion(builder.personaId("Buyer"), -1));

        String target = MapDiff.diff(base, after).get(0).toJson().toString();

        assertThat(target).isEqualTo("{\"kind\":\"emotion-changed\",\"elementKind\":\"touchpoint\","
                + "\"elementId\":\"" + checkout().id() + "\",\"field\":\"emotions\","
                + "\"key\":\"" + builder.personaId("Buyer") + "\",\"newValue\":-1,"
                + "\"names\":{\"element\":\"Checkout\",\"from\":\"Consideration\",\"to\":\"Consideration\","
                + "\"persona\":\"Buyer\"}}");
    }

    @Test
    void toJson_ofAnAddedPainPoint_carriesTheElementAndItsParent() {
        JourneyMap after = base.withTouchpoint(checkout().withPainPoint(new PainPoint("pp-1", "Slow", Severity.HIGH)));

        String target = MapDiff.diff(base, after).get(0).toJson().toString();

        assertThat(target).isEqualTo("{\"kind\":\"pain-point-added\",\"elementKind\":\"pain-point\","
                + "\"elementId\":\"pp-1\",\"parentId\":\"" + checkout().id() + "\","
                + "\"newValue\":{\"id\":\"pp-1\",\"text\":\"Slow\",\"severity\":\"high\"},"
                + "\"names\":{\"element\":\"Slow\",\"parent\":\"Checkout\",\"from\":\"Consideration\","
                + "\"to\":\"Consideration\"}}");
    }

    @Test
    void jackson_serialisesAChangeAsItsJsonForm() throws Exception {
        JourneyMap after = base.withTouchpoint(checkout().withName("Check-out"));
        Change change = MapDiff.diff(base, after).get(0);

        String target = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(List.of(change));

        assertThat(target).isEqualTo("[" + change.toJson() + "]");
    }

    @Test
    void kindIds_areStableKebabCaseNames() {
        assertThat(ChangeKind.TOUCHPOINT_MOVED_STAGE.id()).isEqualTo("touchpoint-moved-stage");
        assertThat(ChangeKind.fromId("lane-item-reordered")).isEqualTo(ChangeKind.LANE_ITEM_REORDERED);
    }
}
