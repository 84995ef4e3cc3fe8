package com.journeymaps.core.merge;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData.MapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapMergeTest {

    private final MapBuilder builder = aMap().withStages("Awareness", "Consideration", "Purchase")
            .withPersonas("Buyer", "Approver")
            .withTouchpoint("Awareness", "Radio ad")
            .withTouchpoint("Consideration", "Checkout")
            .withTouchpoint("Purchase", "Payment");
    private final JourneyMap base = builder.build();

    private Touchpoint touchpoint(String name) {
        return base.touchpoint(builder.touchpointId(name)).orElseThrow();
    }

    private Stage stage(String name) {
        return base.stage(builder.stageId(name)).orElseThrow();
    }

    @Test
    void merge_combinesChangesToDifferentElements() {
        JourneyMap ours = base.withStage(stage("Purchase").withName("Buy"));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").toBuilder().channel("store").build());

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.merged()).contains(base.withStage(stage("Purchase").withName("Buy"))
                .withTouchpoint(touchpoint("Checkout").toBuilder().channel("store").build()));
    }

    @Test
    void merge_combinesChangesToDifferentFieldsOfOneElement() {
        JourneyMap ours = base.withTouchpoint(touchpoint("Checkout").withName("Check-out"));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").toBuilder().momentOfTruth(true).build());

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().touchpoint(builder.touchpointId("Checkout"))).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("Check-out");
            assertThat(t.momentOfTruth()).isTrue();
        });
    }

    @Test
    void merge_reportsConflictWhenSameFieldChangedToDifferentValues() {
        JourneyMap ours = base.withTouchpoint(touchpoint("Checkout").withName("Check-out"));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").withName("Payment page"));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.merged()).isEmpty();
        assertThat(target.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ConflictType.BOTH_CHANGED);
            assertThat(c.elementKind()).isEqualTo(ElementKind.TOUCHPOINT);
            assertThat(c.elementId()).isEqualTo(builder.touchpointId("Checkout"));
            assertThat(c.field()).isEqualTo("name");
            assertThat(List.of(c.base(), c.ours(), c.theirs())).containsExactly(TextNode.valueOf("Checkout"),
                    TextNode.valueOf("Check-out"), TextNode.valueOf("Payment page"));
        });
    }

    @Test
    void merge_acceptsTheSameChangeMadeOnBothSides() {
        JourneyMap both = base.withTouchpoint(touchpoint("Checkout").withName("Check-out"));

        assertThat(MapMerge.merge(base, both, both).merged()).contains(both);
    }

    @Test
    void merge_removesAnElementDeletedOnOneSideAndUntouchedOnTheOther() {
        JourneyMap ours = base.withoutTouchpoint(builder.touchpointId("Payment"));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").withName("Check-out"));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().touchpoints()).extracting(Touchpoint::name)
                .containsExactly("Radio ad", "Check-out");
    }

    @Test
    void merge_reportsConflictWhenOneSideDeletesWhatTheOtherModified() {
        JourneyMap ours = base.withoutTouchpoint(builder.touchpointId("Checkout"));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout")
                .withPainPoint(new PainPoint("pp-1", "Slow", Severity.HIGH)));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.conflicts()).extracting(Conflict::type, Conflict::elementId, Conflict::elementName)
                .containsExactly(tuple(ConflictType.DELETED_AND_CHANGED, builder.touchpointId("Checkout"),
                        "Checkout"));
        assertThat(target.conflicts().get(0).ours()).isNull();
        assertThat(target.conflicts().get(0).theirs().get("painPoints")).hasSize(1);
    }

    @Test
    void merge_reportsConflictWhenTouchpointMovedToTwoDifferentStages() {
        JourneyMap ours = base.withTouchpoint(touchpoint("Checkout").withStageId(builder.stageId("Purchase")));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").withStageId(builder.stageId("Awareness")));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.conflicts()).extracting(Conflict::type, Conflict::field, Conflict::ours, Conflict::theirs)
                .containsExactly(tuple(ConflictType.MOVED_TWICE, "stageId",
                        TextNode.valueOf(builder.stageId("Purchase")), TextNode.valueOf(builder.stageId("Awareness"))));
    }

    @Test
    void merge_reportsConflictWhenStageMovedToTwoDifferentPlaces() {
        Stage a = stage("Awareness");
        Stage c = stage("Consideration");
        Stage p = stage("Purchase");
        JourneyMap ours = base.toBuilder().stages(List.of(p, a, c)).build();
        JourneyMap theirs = base.toBuilder().stages(List.of(a, p, c)).build();

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.conflicts()).extracting(Conflict::type, Conflict::elementId, Conflict::base, Conflict::ours,
                        Conflict::theirs)
                .containsExactly(tuple(ConflictType.MOVED_TWICE, p.id(), IntNode.valueOf(3), IntNode.valueOf(1),
                        IntNode.valueOf(2)));
    }

    @Test
    void merge_combinesTwoMovesOfDifferentStagesThatFitTogether() {
        Stage a = stage("Awareness");
        Stage c = stage("Consideration");
        Stage p = stage("Purchase");
        JourneyMap ours = base.toBuilder().stages(List.of(c, a, p)).build();
        JourneyMap theirs = base.toBuilder().stages(List.of(c, p, a)).build();

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().stages()).containsExactly(c, p, a);
    }

    @Test
    void merge_combinesAMoveWithAnEditOfTheSameStage() {
        Stage a = stage("Awareness");
        JourneyMap ours = base.toBuilder().stages(List.of(stage("Consideration"), stage("Purchase"), a)).build();
        JourneyMap theirs = base.withStage(a.withGoal("Hear of us"));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().stages()).extracting(Stage::name, Stage::goal)
                .containsExactly(tuple("Consideration", "Goal in Consideration"), tuple("Purchase", "Goal in Purchase"),
                        tuple("Awareness", "Hear of us"));
    }

    @Test
    void merge_keepsConcurrentInsertsAtTheSameAnchorInIdOrderWhicheverSideIsOurs() {
        Touchpoint mine = builder.aTouchpoint("Consideration", "Mine").id("tp-b").build();
        Touchpoint yours = builder.aTouchpoint("Consideration", "Yours").id("tp-a").build();
        Touchpoint yoursToo = builder.aTouchpoint("Consideration", "Yours too").id("tp-c").build();
        JourneyMap ours = base.withTouchpoints(insertAfter(base.touchpoints(), 1, mine));
        JourneyMap theirs = base.withTouchpoints(insertAfter(base.touchpoints(), 1, yours, yoursToo));

        MergeResult target = MapMerge.merge(base, ours, theirs);
        MergeResult swapped = MapMerge.merge(base, theirs, ours);

        assertThat(target.mergedOrThrow().touchpoints()).extracting(Touchpoint::name)
                .containsExactly("Radio ad", "Checkout", "Yours", "Yours too", "Mine", "Payment");
        assertThat(swapped.merged()).isEqualTo(target.merged());
    }

    @Test
    void merge_keepsOneSidesReorderAndTheOthersInsert() {
        List<Touchpoint> reordered = new ArrayList<>(base.touchpoints());
        reordered.add(reordered.remove(0));
        Touchpoint added = builder.aTouchpoint("Purchase", "Receipt").build();
        JourneyMap ours = base.withTouchpoints(reordered);
        JourneyMap theirs = base.withTouchpoint(added);

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().touchpoints()).extracting(Touchpoint::name)
                .containsExactly("Checkout", "Payment", "Radio ad", "Receipt");
    }

    @Test
    void merge_mergesEmotionsPerPersona() {
        String buyer = builder.personaId("Buyer");
        String approver = builder.personaId("Approver");
        JourneyMap ours = base.withTouchpoint(touchpoint("Checkout").withEmotion(buyer, -2));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").withEmotion(approver, 1));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().touchpoint(builder.touchpointId("Checkout")).orElseThrow().emotions())
                .isEqualTo(Map.of(buyer, -2, approver, 1));
    }

    @Test
    void merge_reportsConflictWhenBothChangeTheEmotionOfOnePersona() {
        String buyer = builder.personaId("Buyer");
        JourneyMap ours = base.withTouchpoint(touchpoint("Checkout").withEmotion(buyer, -2));
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").withEmotion(buyer, 2));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.conflicts()).extracting(Conflict::type, Conflict::field, Conflict::key, Conflict::ours,
                        Conflict::theirs)
                .containsExactly(tuple(ConflictType.BOTH_CHANGED, "emotions", buyer, IntNode.valueOf(-2),
                        IntNode.valueOf(2)));
    }

    @Test
    void merge_reportsInvalidResultWhenATouchpointIsAddedToAStageTheOtherSideRemoved() {
        String purchase = builder.stageId("Purchase");
        JourneyMap ours = base.toBuilder().stages(base.stages().subList(0, 2))
                .touchpoints(base.touchpoints().subList(0, 2)).build();
        Touchpoint receipt = builder.aTouchpoint("Purchase", "Receipt").build();
        JourneyMap theirs = base.withTouchpoint(receipt);

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ConflictType.INVALID_RESULT);
            assertThat(c.elementId()).isEqualTo(receipt.id());
            assertThat(c.elementName()).isEqualTo("Receipt");
            assertThat(c.field()).isEqualTo("stageId");
            assertThat(c.theirs()).isEqualTo(TextNode.valueOf(purchase));
            assertThat(c.ours()).isNull();
            assertThat(c.problem().code()).isEqualTo("dangling-stage");
        });
    }

    @Test
    void merge_reportsConflictWhenAStageIsRemovedWhileTheOtherSideEditsItsTouchpoint() {
        JourneyMap ours = base.toBuilder().stages(base.stages().subList(0, 2))
                .touchpoints(base.touchpoints().subList(0, 2)).build();
        JourneyMap theirs = base.withTouchpoint(touchpoint("Payment").toBuilder().owner("Payments team").build());

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.conflicts()).extracting(Conflict::type, Conflict::elementKind, Conflict::elementName)
                .containsExactly(tuple(ConflictType.DELETED_AND_CHANGED, ElementKind.TOUCHPOINT, "Payment"));
    }

    @Test
    void merge_keepsTouchpointsTheRemovingSideMovedOutOfAStageAndTheOtherSidesEdits() {
        String consideration = builder.stageId("Consideration");
        JourneyMap ours = base.toBuilder().stages(base.stages().subList(0, 2))
                .touchpoints(List.of(touchpoint("Radio ad"), touchpoint("Checkout"),
                        touchpoint("Payment").withStageId(consideration))).build();
        JourneyMap theirs = base.withTouchpoint(touchpoint("Payment").toBuilder().owner("Payments team").build());

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().touchpoint(builder.touchpointId("Payment"))).hasValueSatisfying(t -> {
            assertThat(t.stageId()).isEqualTo(consideration);
            assertThat(t.owner()).isEqualTo("Payments team");
        });
    }

    @Test
    void merge_keepsPersonasLinkedOnBothSides() {
        JourneyMap ours = base.withPersona(new com.journeymaps.core.model.PersonaRef("pr-x", 11, "User", null));
        JourneyMap theirs = base.withPersona(new com.journeymaps.core.model.PersonaRef("pr-a", 12, "Admin", null));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().personas()).extracting(com.journeymaps.core.model.PersonaRef::title)
                .containsExactly("Buyer", "Approver", "Admin", "User");
    }

    @Test
    void merge_reportsInvalidResultWhenAFlowPointsAtATouchpointTheOtherSideRemoved() {
        JourneyMap ours = base.withoutTouchpoint(builder.touchpointId("Payment"));
        JourneyMap theirs = base.withFlow(new Flow("fl-1", builder.touchpointId("Checkout"),
                builder.touchpointId("Payment"), 0.3, null));

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.conflicts()).extracting(Conflict::type, Conflict::elementKind, Conflict::elementId,
                        Conflict::field)
                .containsExactly(tuple(ConflictType.INVALID_RESULT, ElementKind.FLOW, "fl-1", "to"));
    }

    @Test
    void merge_movesALaneItemToAnotherStageWhileTheOtherSideEditsIt() {
        String awareness = builder.stageId("Awareness");
        String purchase = builder.stageId("Purchase");
        Lane lane = new Lane("ln-1", LaneType.BACKSTAGE, "Backstage", true,
                Map.of(awareness, List.of(new LaneItem("it-1", "Print ad"), new LaneItem("it-2", "Brief"))), Map.of());
        JourneyMap withLane = base.withLane(lane);
        JourneyMap ours = withLane.withLane(lane.withCell(awareness, List.of(new LaneItem("it-2", "Brief")))
                .withCell(purchase, List.of(new LaneItem("it-1", "Print ad"))));
        JourneyMap theirs = withLane.withLane(lane.withCell(awareness,
                List.of(new LaneItem("it-1", "Print the ad"), new LaneItem("it-2", "Brief"))));

        MergeResult target = MapMerge.merge(withLane, ours, theirs);

        Lane merged = target.mergedOrThrow().lanes().get(0);
        assertThat(merged.cell(awareness)).extracting(LaneItem::id).containsExactly("it-2");
        assertThat(merged.cell(purchase)).extracting(LaneItem::text).containsExactly("Print the ad");
    }

    @Test
    void merge_mergesExtensionPropertiesLikeFields() {
        JourneyMap ours = base.toBuilder().extensions(Map.of("x-theme", TextNode.valueOf("dark"))).build();
        JourneyMap theirs = base.withTouchpoint(touchpoint("Checkout").toBuilder()
                .extensions(Map.of("x-priority", IntNode.valueOf(2))).build());

        MergeResult target = MapMerge.merge(base, ours, theirs);

        assertThat(target.mergedOrThrow().extensions()).containsEntry("x-theme", TextNode.valueOf("dark"));
        assertThat(target.mergedOrThrow().touchpoint(builder.touchpointId("Checkout")).orElseThrow().extensions())
                .containsEntry("x-priority", IntNode.valueOf(2));
    }

    @Test
    void conflict_readsAsASentenceAndHasAStableJsonForm() {
        Touchpoint checkout = touchpoint("Checkout");
        JourneyMap ours = base.withTouchpoint(checkout.withName("Check-out"));
        JourneyMap theirs = base.withTouchpoint(checkout.withName("Payment page"));

        Conflict target = MapMerge.merge(base, ours, theirs).conflicts().get(0);

        assertThat(target.sentence(BundleTexts.forLocale(Locale.ENGLISH))).isEqualTo(
                "Touchpoint 'Checkout': name was changed in both versions, to 'Check-out' and to 'Payment page'");
        assertThat(target.sentence(BundleTexts.forLocale(Locale.GERMAN))).isEqualTo(
                "Touchpoint 'Checkout': Name wurde in beiden Versionen ge\u00e4ndert, in \u201eCheck-out\u201c und in "
                        + "\u201ePayment page\u201c");
        assertThat(target.toJson().toString()).isEqualTo("{\"type\":\"both-changed\",\"elementKind\":\"touchpoint\","
                + "\"elementId\":\"" + checkout.id() + "\",\"elementName\":\"Checkout\",\"field\":\"name\","
                + "\"base\":\"Checkout\",\"ours\":\"Check-out\",\"theirs\":\"Payment page\"}");
    }

    @Test
    void conflict_ofAnInvalidResult_carriesTheProblemInItsJsonForm() {
        JourneyMap ours = base.withoutTouchpoint(builder.touchpointId("Payment"));
        JourneyMap theirs = base.withFlow(new Flow("fl-1", builder.touchpointId("Checkout"),
                builder.touchpointId("Payment"), 0.3, null));

        Conflict target = MapMerge.merge(base, ours, theirs).conflicts().get(0);

        assertThat(target.toJson().toString()).isEqualTo("{\"type\":\"invalid-result\",\"elementKind\":\"flow\","
                + "\"elementId\":\"fl-1\",\"field\":\"to\",\"base\":null,\"ours\":null,"
                + "\"theirs\":\"" + builder.touchpointId("Payment") + "\","
                + "\"problem\":{\"code\":\"dangling-touchpoint\",\"args\":[\"" + builder.touchpointId("Payment")
                + "\"]}}");
        assertThat(target.sentence(BundleTexts.forLocale(Locale.ENGLISH))).isEqualTo("Flow 'fl-1': the two versions "
                + "cannot be combined: no touchpoint with id '" + builder.touchpointId("Payment") + "'");
    }

    private static List<Touchpoint> insertAfter(List<Touchpoint> list, int index, Touchpoint... added) {
        List<Touchpoint> copy = new ArrayList<>(list);
        copy.addAll(index + 1, List.of(added));
        return copy;
    }
}
