package com.journeymaps.core.diff;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData.MapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChangeSummariesTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);
    private static final BundleTexts GERMAN = BundleTexts.forLocale(Locale.GERMAN);

    private final MapBuilder builder = aMap().withStages("Consideration", "Purchase")
            .withPersonas("Buyer")
            .withTouchpoint("Consideration", "Checkout")
            .withTouchpoint("Purchase", "Payment");
    private final JourneyMap base = builder.build();

    private Touchpoint checkout() {
        return base.touchpoint(builder.touchpointId("Checkout")).orElseThrow();
    }

    @Test
    void sentence_namesTouchpointAndBothStagesOfAMove() {
        JourneyMap after = base.withTouchpoint(checkout().withStageId(builder.stageId("Purchase")));
        Change change = MapDiff.diff(base, after).get(0);

        assertThat(ChangeSummaries.sentence(change, ENGLISH))
                .isEqualTo("Touchpoint 'Checkout' moved from Consideration to Purchase");
        assertThat(ChangeSummaries.sentence(change, GERMAN))
                .isEqualTo("Touchpoint 'Checkout' von Consideration nach Purchase verschoben");
    }

    @Test
    void sentence_showsEmotionsAndEnumValuesByTheirLabels() {
        JourneyMap before = base.withTouchpoint(checkout().withEmotion(builder.personaId("Buyer"), 1)
                .withPainPoint(new PainPoint("pp-1", "Slow", Severity.LOW)));
        JourneyMap after = base.withTouchpoint(checkout().withEmotion(builder.personaId("Buyer"), -2)
                .withPainPoint(new PainPoint("pp-1", "Slow", Severity.CRITICAL)));

        List<String> target = MapDiff.diff(before, after).stream().map(c -> ChangeSummaries.sentence(c, ENGLISH))
                .toList();

        assertThat(target).containsExactly("Emotion of Buyer at 'Checkout' changed from Pleased to Frustrated",
                "Pain point 'Slow' at 'Checkout': severity changed from 'Critical' to 'Critical'".replaceFirst(
                        "'Critical' to", "'Low' to"));
    }

    @Test
    void sentence_flattensLineBreaksAndShortensLongNames() {
        JourneyMap after = base.withTouchpoint(checkout().withName("Check\nout " + "x".repeat(200)));

        String target = ChangeSummaries.sentence(MapDiff.diff(base, after).get(0), ENGLISH);

        assertThat(target).doesNotContain("\n").startsWith("Touchpoint 'Check out xxx").contains("name changed from 'Checkout' to 'Check out xxx")
                .contains("\u2026").hasSizeLessThan(200);
    }

    @Test
    void versionComment_countsGroupsAndNamesSingleElements() {
        JourneyMap after = base.withTouchpoint(checkout().withEmotion(builder.personaId("Buyer"), 2))
                .withTouchpoint(builder.aTouchpoint("Purchase", "Receipt").build())
                .withTouchpoint(builder.aTouchpoint("Purchase", "Survey").build());

        List<Change> changes = MapDiff.diff(base, after);

        assertThat(ChangeSummaries.versionComment(changes, ENGLISH))
                .isEqualTo("Added 2 touchpoints, changed emotion at 'Checkout'");
        assertThat(ChangeSummaries.versionComment(changes, GERMAN))
                .isEqualTo("2 Touchpoints hinzugef\u00fcgt, Emotion bei 'Checkout' ge\u00e4ndert");
    }

    @Test
    void versionComment_countsSeveralFieldChangesOfOneTouchpointOnce() {
        JourneyMap after = base.withTouchpoint(checkout().toBuilder().channel("store").thought("Hm").build());

        assertThat(ChangeSummaries.versionComment(MapDiff.diff(base, after), ENGLISH))
                .isEqualTo("Changed touchpoint 'Checkout'");
    }

    @Test
    void versionComment_staysWithinTheLimitAndCountsWhatItLeavesOut() {
        String longName = "A rather long name that goes on and on and on";
        JourneyMap after = base.withTitle("New title")
                .withStage(base.stages().get(0).withName("Research " + longName))
                .withStage(base.stages().get(1).withGoal("Pay"))
                .withTouchpoint(builder.aTouchpoint("Purchase", "Receipt " + longName).build())
                .withTouchpoint(checkout().withName("Checkout " + longName)
                        .withPainPoint(new PainPoint("pp-1", "Slow " + longName, Severity.HIGH)))
                .withoutTouchpoint(builder.touchpointId("Payment"));
        List<Change> changes = MapDiff.diff(base, after);

        String target = ChangeSummaries.versionComment(changes, ENGLISH);

        assertThat(target).hasSizeLessThanOrEqualTo(ChangeSummaries.MAX_COMMENT_LENGTH)
                .startsWith("Changed the map details, renamed stage 'Research A rather")
                .endsWith(" and 3 more changes");
    }

    @Test
    void everyKind_hasASentenceAndAVersionCommentPhraseInEveryLanguage() {
        for (BundleTexts texts : List.of(ENGLISH, GERMAN)) {
            for (ChangeKind kind : ChangeKind.values()) {
                assertThat(texts.has("journeymaps.diff.change." + kind.id())).as("%s %s", texts.locale(), kind)
                        .isTrue();
                assertThat(texts.has("journeymaps.diff.summary." + kind.summaryGroup() + ".one"))
                        .as("%s %s", texts.locale(), kind).isTrue();
                assertThat(texts.has("journeymaps.diff.summary." + kind.summaryGroup() + ".many"))
                        .as("%s %s", texts.locale(), kind).isTrue();
            }
            for (com.journeymaps.core.merge.ConflictType type : com.journeymaps.core.merge.ConflictType.values()) {
                assertThat(texts.has("journeymaps.merge.conflict." + type.id())).as("%s %s", texts.locale(), type)
                        .isTrue();
            }
            for (com.journeymaps.core.model.ElementKind kind : com.journeymaps.core.model.ElementKind.values()) {
                assertThat(texts.has("journeymaps.merge.element." + MapTree.kindId(kind)))
                        .as("%s %s", texts.locale(), kind).isTrue();
            }
        }
    }

    @Test
    void versionComment_ofNoChanges_saysSo() {
        assertThat(ChangeSummaries.versionComment(List.of(), ENGLISH)).isEqualTo("No changes");
    }
}
