package com.journeymaps.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JourneyMapJson#toOutlineTrees} writes the touchpoints of versions that keep the same ids in
 * the same order without a map of ids (docs/performance.md, session 4). What diff and merge rely on is
 * pinned here on random versions (two or three, renames and text edits in place, some edits made equal
 * in two versions but as separate objects, some versions read back from JSON so no object is shared):
 * a touchpoint equal in every version is one outline node (id, stageId, name) in every tree; any other
 * touchpoint is written in full, and two versions share its node exactly when their touchpoints are
 * equal; everything else in each tree is what {@link JourneyMapJson#toTree} writes.
 */
class OutlineTreesTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void outlinesAndSharedNodesAreExactlyThoseOfEqualTouchpoints(long seed) {
        System.out.println("OutlineTreesTest seed " + seed);
        Random random = new Random(seed);
        JourneyMap base = RandomJourneyMaps.generate(seed, RandomJourneyMaps.Size.values()[(int) (seed % 3)]);
        int versionCount = 2 + random.nextInt(2);
        List<JourneyMap> versions = new ArrayList<>();
        versions.add(base);
        for (int v = 1; v < versionCount; v++) {
            versions.add(edited(base, random, seed));
        }
        if (random.nextBoolean()) { // an edit the last version makes too, as its own objects
            int last = versionCount - 1;
            versions.set(last, JourneyMapJson.parse(JourneyMapJson.write(versions.get(1))).map().orElseThrow());
        }

        Optional<List<ObjectNode>> outlined = JourneyMapJson.toOutlineTrees(versions);

        List<ObjectNode> full = versions.stream().map(JourneyMapJson::toTree).toList();
        int count = base.touchpoints().size();
        boolean anyEqualEverywhere = false;
        for (int i = 0; i < count; i++) {
            anyEqualEverywhere |= equalEverywhere(versions, i);
        }
        assertThat(outlined.isPresent()).as("seed %d", seed).isEqualTo(anyEqualEverywhere);
        if (outlined.isEmpty()) {
            return;
        }
        List<ObjectNode> trees = outlined.get();
        for (int v = 0; v < versionCount; v++) {
            ObjectNode withoutTouchpoints = trees.get(v).deepCopy();
            withoutTouchpoints.remove("touchpoints");
            ObjectNode expected = full.get(v).deepCopy();
            expected.remove("touchpoints");
            assertThat(withoutTouchpoints).as("seed %d, version %d", seed, v).isEqualTo(expected);
        }
        List<String> wrong = new ArrayList<>(); // plain checks: hundreds of thousands of assertions were slow
        for (int i = 0; i < count; i++) {
            boolean everywhere = equalEverywhere(versions, i);
            for (int v = 0; v < versionCount; v++) {
                ObjectNode node = (ObjectNode) ((ArrayNode) trees.get(v).get("touchpoints")).get(i);
                Touchpoint touchpoint = versions.get(v).touchpoints().get(i);
                if (everywhere) {
                    ObjectNode outline = ((ObjectNode) full.get(0).get("touchpoints").get(i)).deepCopy();
                    outline.retain("id", "stageId", "name");
                    if (!node.equals(outline)) {
                        wrong.add("touchpoint " + i + " of version " + v + " is not its outline: " + node);
                    }
                } else if (!node.equals(full.get(v).get("touchpoints").get(i))) {
                    wrong.add("touchpoint " + i + " of version " + v + " is not written in full: " + node);
                }
                for (int u = 0; u < v; u++) {
                    ObjectNode other = (ObjectNode) ((ArrayNode) trees.get(u).get("touchpoints")).get(i);
                    boolean equal = versions.get(u).touchpoints().get(i).equals(touchpoint);
                    if ((node == other) != equal) {
                        wrong.add("touchpoint " + i + ": versions " + u + " and " + v + (equal ? " are equal but do not"
                                : " differ but do") + " share a node");
                    }
                }
            }
        }
        assertThat(wrong).as("seed %d", seed).isEmpty();
    }

    private static boolean equalEverywhere(List<JourneyMap> versions, int position) {
        Touchpoint first = versions.get(0).touchpoints().get(position);
        return versions.stream().allMatch(m -> m.touchpoints().get(position).equals(first));
    }

    /** The map with a few touchpoints renamed or re-described in place (ids and order kept); sometimes read back from JSON. */
    private static JourneyMap edited(JourneyMap map, Random random, long seed) {
        List<Touchpoint> touchpoints = new ArrayList<>(map.touchpoints());
        int edits = touchpoints.isEmpty() ? 0 : random.nextInt(Math.max(1, touchpoints.size() / 2) + 1);
        for (int e = 0; e < edits; e++) {
            int i = random.nextInt(touchpoints.size());
            Touchpoint t = touchpoints.get(i);
            touchpoints.set(i, switch (random.nextInt(3)) {
                case 0 -> t.withName(t.name() + " " + random.nextInt(3));
                case 1 -> t.toBuilder().description("d" + random.nextInt(3)).build();
                default -> t.toBuilder().name(t.name()).build(); // equal, another object
            });
        }
        JourneyMap result = map.withTouchpoints(touchpoints);
        return random.nextBoolean() ? result : JourneyMapJson.parse(JourneyMapJson.write(result)).map().orElseThrow();
    }
}
