package com.journeymaps.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.core.testdata.RandomJourneyMaps.Size;
import com.journeymaps.core.validation.MapValidator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the diff over generated maps and random edits; a failing seed is named in the message. */
class MapDiffPropertiesTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);
    private static final BundleTexts GERMAN = BundleTexts.forLocale(Locale.GERMAN);

    static LongStream seeds() {
        return RandomJourneyMaps.seeds(200);
    }

    private static JourneyMap base(long seed) {
        return RandomJourneyMaps.generate(seed, seed % 3 == 0 ? Size.MEDIUM : Size.SMALL);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void diff_isEmptyExactlyWhenTheMapsAreEqual(long seed) {
        JourneyMap before = base(seed);
        JourneyMap after = RandomMapEdits.edit(before, new Random(seed), 1 + (int) (seed % 4));

        assertThat(MapValidator.validate(after)).as("seed %d: the editor keeps maps valid", seed).isEmpty();
        assertThat(MapDiff.diff(before, before)).as("seed %d", seed).isEmpty();
        assertThat(MapDiff.diff(before, after).isEmpty()).as("seed %d", seed).isEqualTo(before.equals(after));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void diff_seesEveryDifferenceBetweenTwoUnrelatedMaps(long seed) {
        JourneyMap a = base(seed);
        JourneyMap b = base(seed + 1000);

        assertThat(MapDiff.diff(a, b)).as("seed %d", seed).isNotEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyChange_readsAsOneTranslatedLine(long seed) {
        JourneyMap before = base(seed);
        JourneyMap after = RandomMapEdits.edit(before, new Random(seed), 8);
        List<Change> changes = MapDiff.diff(before, after);

        for (Change change : changes) {
            for (BundleTexts texts : List.of(ENGLISH, GERMAN)) {
                String sentence = ChangeSummaries.sentence(change, texts);
                assertThat(sentence).as(() -> "seed " + seed + ": " + change).doesNotContain("journeymaps.")
                        .doesNotContain("\n").doesNotContain("\r").doesNotContain("{").isNotBlank();
            }
        }
        for (BundleTexts texts : List.of(ENGLISH, GERMAN)) {
            assertThat(ChangeSummaries.versionComment(changes, texts)).as("seed %d", seed)
                    .hasSizeLessThanOrEqualTo(ChangeSummaries.MAX_COMMENT_LENGTH)
                    .doesNotContain("journeymaps.").doesNotContain("\n");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyChange_namesAnElementOfOneOfTheTwoMaps(long seed) {
        JourneyMap before = base(seed);
        JourneyMap after = RandomMapEdits.edit(before, new Random(seed), 8);
        java.util.Set<String> ids = new java.util.HashSet<>(before.allIds());
        ids.addAll(after.allIds());

        for (Change change : MapDiff.diff(before, after)) {
            assertThat(ids).as(() -> "seed " + seed + ": " + change).contains(change.elementId());
            assertThat(change.toJson().get("kind").textValue()).as("seed %d", seed).isEqualTo(change.kind().id());
        }
    }
}
