package com.journeymaps.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.diff.MapDiff;
import com.journeymaps.core.diff.RandomMapEdits;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.core.testdata.RandomJourneyMaps.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diff and merge on outline trees (session 3, docs/performance.md) against the way they ran before:
 * the diff of the full JSON trees ({@link MapDiff#diff(com.fasterxml.jackson.databind.node.ObjectNode,
 * com.fasterxml.jackson.databind.node.ObjectNode)} of {@link JourneyMapJson#toTree}) and the merge as
 * it was ({@link MapMergeOracle}). On generated maps and random edit scripts, with the versions
 * sharing unchanged model objects and read from their own JSON, the changes, the merged map and
 * every conflict must be equal. Each test prints its seed; a failure names it.
 */
class DiffMergeEquivalenceTest {

    private static final AtomicInteger CLEAN = new AtomicInteger();
    private static final AtomicInteger CONFLICTED = new AtomicInteger();
    private static final AtomicInteger IN_PLACE_CLEAN = new AtomicInteger();
    private static final AtomicInteger IN_PLACE_CONFLICTED = new AtomicInteger();

    /** Both paths of the merge (outline trees for a clean result, full trees otherwise) must have been compared. */
    @AfterAll
    static void bothPathsWereCompared() {
        System.out.println("DiffMergeEquivalenceTest: " + CLEAN + " clean merges, " + CONFLICTED + " with conflicts");
        assertThat(CLEAN.get()).as("clean merges compared").isGreaterThan(100);
        assertThat(CONFLICTED.get()).as("conflicted merges compared").isGreaterThan(20);
        System.out.println("DiffMergeEquivalenceTest in place: " + IN_PLACE_CLEAN + " clean merges, "
                + IN_PLACE_CONFLICTED + " with conflicts");
        assertThat(IN_PLACE_CLEAN.get()).as("clean in-place merges compared").isGreaterThan(50);
        assertThat(IN_PLACE_CONFLICTED.get()).as("conflicted in-place merges compared").isGreaterThan(50);
    }

    static LongStream seeds() {
        return RandomJourneyMaps.seeds(400);
    }

    private static JourneyMap base(long seed) {
        return RandomJourneyMaps.generate(seed, seed % 13 == 0 ? Size.LARGE : seed % 3 == 0 ? Size.MEDIUM : Size.SMALL);
    }

    /** The same map read from its own JSON, as a save has it: no model object shared with {@code map}. */
    private static JourneyMap reread(JourneyMap map) {
        return JourneyMapJson.parse(JourneyMapJson.write(map)).map().orElse(map);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void diff_isTheDiffOfTheFullTrees(long seed) {
        System.out.println("DiffMergeEquivalenceTest diff seed " + seed);
        JourneyMap before = base(seed);
        JourneyMap after = RandomMapEdits.edit(before, new Random(seed * 17 + 3), (int) (seed % 6));
        for (boolean separate : new boolean[] {false, true}) {
            JourneyMap a = separate ? reread(before) : before;
            JourneyMap b = separate ? reread(after) : after;
            assertThat(MapDiff.diff(a, b)).as("seed %d, versions read separately: %s", seed, separate)
                    .isEqualTo(MapDiff.diff(JourneyMapJson.toTree(a), JourneyMapJson.toTree(b)));
            assertThat(MapDiff.diff(b, a)).as("seed %d, reversed, versions read separately: %s", seed, separate)
                    .isEqualTo(MapDiff.diff(JourneyMapJson.toTree(b), JourneyMapJson.toTree(a)));
        }
    }

    /**
     * Renames some touchpoints and edits one or two other touchpoint fields, keeping every id in its
     * place: the case in which the outline trees are used (the random edit scripts mostly add,
     * remove or move elements, for which both diff and merge write full trees).
     */
    private static JourneyMap editInPlace(JourneyMap map, Random random) {
        List<Touchpoint> touchpoints = new ArrayList<>(map.touchpoints());
        for (int i = 0; i < touchpoints.size(); i++) {
            int pick = random.nextInt(6);
            Touchpoint t = touchpoints.get(i);
            if (pick == 0) {
                touchpoints.set(i, t.withName(t.name() + " " + random.nextInt(3)));
            } else if (pick == 1 && !map.stages().isEmpty()) {
                touchpoints.set(i, t.withStageId(map.stages().get(random.nextInt(map.stages().size())).id()));
            }
        }
        return map.withTouchpoints(touchpoints);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void inPlaceEdits_diffAndMergeAsBefore(long seed) {
        Random random = new Random(seed * 7 + 5);
        JourneyMap base = base(seed);
        JourneyMap ours = editInPlace(base, random);
        JourneyMap theirs = editInPlace(base, random);
        for (boolean separate : new boolean[] {false, true}) {
            JourneyMap b = separate ? reread(base) : base;
            JourneyMap o = separate ? reread(ours) : ours;
            JourneyMap t = separate ? reread(theirs) : theirs;
            assertThat(MapDiff.diff(b, o)).as("seed %d, diff, versions read separately: %s", seed, separate)
                    .isEqualTo(MapDiff.diff(JourneyMapJson.toTree(b), JourneyMapJson.toTree(o)));
            MergeResult expected = MapMergeOracle.merge(b, o, t);
            (expected.isClean() ? IN_PLACE_CLEAN : IN_PLACE_CONFLICTED).incrementAndGet();
            assertThat(MapMerge.merge(b, o, t)).as("seed %d, merge, versions read separately: %s", seed, separate)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void merge_isTheMergeAsItWas(long seed) {
        System.out.println("DiffMergeEquivalenceTest merge seed " + seed);
        JourneyMap base = base(seed);
        // few edits make clean merges (the outline path), more make conflicts (the fallback)
        JourneyMap ours = RandomMapEdits.edit(base, new Random(seed * 31 + 1), (int) (seed % 5));
        JourneyMap theirs = RandomMapEdits.edit(base, new Random(seed * 31 + 2), (int) (seed % 4));
        for (boolean separate : new boolean[] {false, true}) {
            JourneyMap b = separate ? reread(base) : base;
            JourneyMap o = separate ? reread(ours) : ours;
            JourneyMap t = separate ? reread(theirs) : theirs;
            MergeResult expected = MapMergeOracle.merge(b, o, t);
            (expected.isClean() ? CLEAN : CONFLICTED).incrementAndGet();
            assertThat(MapMerge.merge(b, o, t)).as("seed %d, versions read separately: %s", seed, separate)
                    .isEqualTo(expected);
            assertThat(MapMerge.merge(b, t, o)).as("seed %d, swapped, versions read separately: %s", seed, separate)
                    .isEqualTo(MapMergeOracle.merge(b, t, o));
        }
    }
}
