package com.journeymaps.core.diff;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData.MapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapDiffTest {

    private final MapBuilder builder = aMap().withStages("Awareness", "Consideration", "Purchase")
            .withPersonas("Buyer", "Approver")
            .withTouchpoint("Awareness", "Radio ad")
            .withTouchpoint("Consideration", "Checkout")
            .withTouchpoint("Consideration", "Reviews")
            .withTouchpoint("Purchase", "Payment")
            .withFlow("Radio ad", "Checkout", 0.5);
    private final JourneyMap base = builder.build();

    @Test
    void diff_ofEqualMaps_isEmpty() {
        assertThat(MapDiff.diff(base, builder.build())).isEmpty();
    }

    @Test
    void diff_reportsStageRenamedWithOldAndNewName() {
        Stage purchase = base.stages().get(2);
        JourneyMap after = base.withStage(purchase.withName("Buy"));

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).extracting(Change::kind, Change::elementId, Change::field, Change::oldValue,
                        Change::newValue)
                .containsExactly(tuple(ChangeKind.STAGE_RENAMED, purchase.id(), "name", TextNode.valueOf("Purchase"),
                        TextNode.valueOf("Buy")));
    }

    @Test
    void diff_reportsStageMovedWithOldAndNewPosition() {
        List<Stage> stages = new ArrayList<>(base.stages());
        Stage awareness = stages.remove(0);
        stages.add(awareness);

        List<Change> target = MapDiff.diff(base, base.toBuilder().stages(stages).build());

        assertThat(target).extracting(Change::kind, Change::elementName, Change::oldValue, Change::newValue)
                .containsExactly(tuple(ChangeKind.STAGE_MOVED, "Awareness", IntNode.valueOf(1), IntNode.valueOf(3)));
    }

    @Test
    void diff_reportsStageAddedAndRemovedWithoutRepeatingTheirContents() {
        Stage consideration = base.stages().get(1);
        List<Stage> stages = new ArrayList<>(base.stages());
        stages.remove(consideration);
        stages.add(new Stage("st-new", "Advocacy", null, null));
        JourneyMap after = base.toBuilder().stages(stages)
                .touchpoints(base.touchpoints().stream().filter(t -> !t.stageId().equals(consideration.id())).toList())
                .flows(List.of()).build();

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).extracting(Change::kind, Change::elementName)
                .containsExactly(tuple(ChangeKind.STAGE_REMOVED, "Consideration"),
                        tuple(ChangeKind.STAGE_ADDED, "Advocacy"),
                        tuple(ChangeKind.TOUCHPOINT_REMOVED, "Checkout"),
                        tuple(ChangeKind.TOUCHPOINT_REMOVED, "Reviews"),
                        tuple(ChangeKind.FLOW_REMOVED, null));
    }

    @Test
    void diff_reportsTouchpointMovedToAnotherStageWithBothStageNames() {
        Touchpoint checkout = base.touchpoint(builder.touchpointId("Checkout")).orElseThrow();
        JourneyMap after = base.withTouchpoint(checkout.withStageId(builder.stageId("Purchase")));

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.TOUCHPOINT_MOVED_STAGE);
            assertThat(c.field()).isEqualTo("stageId");
            assertThat(c.fromName()).isEqualTo("Consideration");
            assertThat(c.toName()).isEqualTo("Purchase");
            assertThat(c.oldValue()).isEqualTo(TextNode.valueOf(builder.stageId("Consideration")));
        });
    }

    @Test
    void diff_reportsTouchpointReorderedWithinItsStage() {
        List<Touchpoint> tps = new ArrayList<>(base.touchpoints());
        Touchpoint reviews = tps.remove(2);
        tps.add(1, reviews);

        List<Change> target = MapDiff.diff(base, base.withTouchpoints(tps));

        assertThat(target).extracting(Change::kind, Change::elementName, Change::oldValue, Change::newValue)
                .containsExactly(tuple(ChangeKind.TOUCHPOINT_REORDERED, "Reviews", IntNode.valueOf(2),
                        IntNode.valueOf(1)));
    }

    @Test
    void diff_reportsTouchpointAddedAndRemovedWithTheirStage() {
        Touchpoint added = builder.aTouchpoint("Purchase", "Confirmation mail").build();
        JourneyMap after = base.withoutTouchpoint(builder.touchpointId("Payment")).withTouchpoint(added);

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).extracting(Change::kind, Change::elementName, Change::fromName, Change::toName)
                .containsExactly(tuple(ChangeKind.TOUCHPOINT_REMOVED, "Payment", "Purchase", null),
                        tuple(ChangeKind.TOUCHPOINT_ADDED, "Confirmation mail", null, "Purchase"));
        assertThat(target.get(1).newValue().get("name").textValue()).isEqualTo("Confirmation mail");
    }

    @Test
    void diff_reportsEachChangedTouchpointFieldWithOldAndNewValue() {
        Touchpoint checkout = base.touchpoint(builder.touchpointId("Checkout")).orElseThrow();
        JourneyMap after = base.withTouchpoint(checkout.toBuilder().channel("store").momentOfTruth(true)
                .thought("Is this safe?").build());

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).extracting(Change::kind, Change::field, Change::oldValue, Change::newValue)
                .containsExactlyInAnyOrder(
                        tuple(ChangeKind.TOUCHPOINT_FIELD_CHANGED, "channel", TextNode.valueOf("web"),
                                TextNode.valueOf("store")),
                        tuple(ChangeKind.TOUCHPOINT_FIELD_CHANGED, "momentOfTruth",
                                com.fasterxml.jackson.databind.node.BooleanNode.FALSE,
                                com.fasterxml.jackson.databind.node.BooleanNode.TRUE),
                        tuple(ChangeKind.TOUCHPOINT_FIELD_CHANGED, "thought", null, TextNode.valueOf("Is this safe?")));
    }

    @Test
    void diff_reportsEmotionChangedPerPersona() {
        String buyer = builder.personaId("Buyer");
        String approver = builder.personaId("Approver");
        Touchpoint checkout = base.touchpoint(builder.touchpointId("Checkout")).orElseThrow().withEmotion(buyer, 1)
                .withEmotion(approver, -1);
        JourneyMap before = base.withTouchpoint(checkout);
        JourneyMap after = base.withTouchpoint(checkout.withEmotion(buyer, -2).withEmotion(approver, null));

        List<Change> target = MapDiff.diff(before, after);

        assertThat(target).extracting(Change::kind, Change::key, Change::personaTitle, Change::oldValue,
                        Change::newValue)
                .containsExactly(tuple(ChangeKind.EMOTION_CHANGED, buyer, "Buyer", IntNode.valueOf(1),
                                IntNode.valueOf(-2)),
                        tuple(ChangeKind.EMOTION_CHANGED, approver, "Approver", IntNode.valueOf(-1), null));
    }

    @Test
    void diff_reportsPainPointAddedAndChangedUnderItsTouchpoint() {
        Touchpoint checkout = base.touchpoint(builder.touchpointId("Checkout")).orElseThrow()
                .withPainPoint(new PainPoint("pp-1", "Slow page", Severity.LOW));
        JourneyMap before = base.withTouchpoint(checkout);
        JourneyMap after = base.withTouchpoint(checkout.toBuilder()
                .painPoints(List.of(new PainPoint("pp-1", "Slow page", Severity.HIGH),
                        new PainPoint("pp-2", "No PayPal", Severity.CRITICAL))).build());

        List<Change> target = MapDiff.diff(before, after);

        assertThat(target).extracting(Change::kind, Change::elementId, Change::parentId, Change::parentName,
                        Change::field)
                .containsExactly(tuple(ChangeKind.PAIN_POINT_CHANGED, "pp-1", checkout.id(), "Checkout", "severity"),
                        tuple(ChangeKind.PAIN_POINT_ADDED, "pp-2", checkout.id(), "Checkout", null));
    }

    @Test
    void diff_reportsPersonaLinkedAndUnlinked() {
        PersonaRef buyer = base.personas().get(0);
        JourneyMap after = base.toBuilder().personas(List.of(base.personas().get(1),
                new PersonaRef("pr-new", 77, "User", "uses it daily"))).build();

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).extracting(Change::kind, Change::elementName)
                .containsExactly(tuple(ChangeKind.PERSONA_UNLINKED, buyer.title()),
                        tuple(ChangeKind.PERSONA_LINKED, "User"));
    }

    @Test
    void diff_reportsFlowChangesWithTheTouchpointsItConnects() {
        Flow flow = base.flows().get(0);
        JourneyMap after = base.withFlow(new Flow(flow.id(), flow.from(), flow.to(), 0.8, null));

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).extracting(Change::kind, Change::field, Change::fromName, Change::toName)
                .containsExactly(tuple(ChangeKind.FLOW_CHANGED, "share", "Radio ad", "Checkout"));
    }

    @Test
    void diff_reportsExtensionPropertiesAsFieldChanges() {
        Touchpoint checkout = base.touchpoint(builder.touchpointId("Checkout")).orElseThrow();
        JourneyMap after = base.withTouchpoint(checkout.toBuilder()
                .extensions(Map.of("x-priority", IntNode.valueOf(3))).build())
                .toBuilder().extensions(Map.of("x-theme", TextNode.valueOf("dark"))).build();

        List<Change> target = MapDiff.diff(base, after);

        assertThat(target).extracting(Change::kind, Change::field, Change::newValue)
                .containsExactly(tuple(ChangeKind.MAP_FIELD_CHANGED, "x-theme", TextNode.valueOf("dark")),
                        tuple(ChangeKind.TOUCHPOINT_FIELD_CHANGED, "x-priority", IntNode.valueOf(3)));
    }

    @Test
    void diff_reportsLaneItemsAddedMovedBetweenStagesAndChanged() {
        String awareness = builder.stageId("Awareness");
        String purchase = builder.stageId("Purchase");
        Lane lane = new Lane("ln-1", LaneType.BACKSTAGE, "Backstage", true,
                Map.of(awareness, List.of(new LaneItem("it-1", "Print ad"), new LaneItem("it-2", "Brief agency"))),
                Map.of());
        JourneyMap before = base.withLane(lane);
        JourneyMap after = base.withLane(lane.withCell(awareness, List.of(new LaneItem("it-1", "Print the ad")))
                .withCell(purchase, List.of(new LaneItem("it-2", "Brief agency"), new LaneItem("it-3", "Ship"))));

        List<Change> target = MapDiff.diff(before, after);

        assertThat(target).extracting(Change::kind, Change::elementId, Change::parentName, Change::fromName,
                        Change::toName)
                .containsExactly(tuple(ChangeKind.LANE_ITEM_CHANGED, "it-1", "Backstage", "Awareness", "Awareness"),
                        tuple(ChangeKind.LANE_ITEM_MOVED_STAGE, "it-2", "Backstage", "Awareness", "Purchase"),
                        tuple(ChangeKind.LANE_ITEM_ADDED, "it-3", "Backstage", null, "Purchase"));
    }

    @Test
    void diff_reportsAnEmptyCellAddedToALane() {
        Lane lane = new Lane("ln-1", LaneType.BACKSTAGE, "Backstage", true);
        JourneyMap before = base.withLane(lane);
        JourneyMap after = base.withLane(lane.withCell(builder.stageId("Purchase"), List.of()));

        assertThat(MapDiff.diff(before, after)).extracting(Change::kind, Change::field, Change::key)
                .containsExactly(tuple(ChangeKind.LANE_CHANGED, "cells", builder.stageId("Purchase")));
    }

    @Test
    void diff_reportsLaneVisibilityAndOrder() {
        JourneyMap before = base.toBuilder().lanes(List.of(new Lane("ln-1", LaneType.TOUCHPOINTS, null, true),
                new Lane("ln-2", LaneType.EMOTIONS, null, true))).build();
        JourneyMap after = before.toBuilder().lanes(List.of(new Lane("ln-2", LaneType.EMOTIONS, null, false),
                new Lane("ln-1", LaneType.TOUCHPOINTS, null, true))).build();

        assertThat(MapDiff.diff(before, after)).extracting(Change::kind, Change::elementId, Change::field)
                .containsExactlyInAnyOrder(tuple(ChangeKind.LANE_MOVED, "ln-2", null),
                        tuple(ChangeKind.LANE_CHANGED, "ln-2", "visible"));
    }
}
