package com.journeymaps.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.diff.Change;
import com.journeymaps.core.diff.MapDiff;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.merge.MapMerge;
import com.journeymaps.core.merge.MergeResult;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Semantic diff and three-way merge of two maps of {@code touchpoints} touchpoints, each side editing a
 * different tenth of the touchpoints (so the merge is clean), beside the floor in the same run: plain
 * Jackson tree parsing of the JSON of the maps involved (two for a diff, three for a merge). Each
 * version is read from its own JSON, as a save has them, so no element object is shared between them.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar DiffMergeBenchmark -f 1 -wi 5 -w 3s -i 5 -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiffMergeBenchmark {

    @Param({"10", "100", "1000", "5000"})
    public int touchpoints;

    private final ObjectMapper jackson = new ObjectMapper();
    private JourneyMap base;
    private JourneyMap ours;
    private JourneyMap theirs;
    private String baseJson;
    private String oursJson;
    private String theirsJson;

    @Setup
    public void setUp() {
        JourneyMap generated = BenchMaps.generate(42, touchpoints);
        baseJson = JourneyMapJson.write(generated);
        oursJson = JourneyMapJson.write(edit(generated, 0, "ours"));
        theirsJson = JourneyMapJson.write(edit(generated, 5, "theirs"));
        // each version read from its own JSON, as a save has them: no element object is shared
        base = JourneyMapJson.parse(baseJson).map().orElseThrow();
        ours = JourneyMapJson.parse(oursJson).map().orElseThrow();
        theirs = JourneyMapJson.parse(theirsJson).map().orElseThrow();
        if (!MapMerge.merge(base, ours, theirs).isClean()) {
            throw new IllegalStateException("the benchmark's edits are meant to merge cleanly");
        }
    }

    /** Renames every tenth touchpoint, starting at {@code offset}. */
    private static JourneyMap edit(JourneyMap map, int offset, String who) {
        List<Touchpoint> edited = new ArrayList<>(map.touchpoints());
        for (int i = offset; i < edited.size(); i += 10) {
            edited.set(i, edited.get(i).withName(edited.get(i).name() + " (" + who + ")"));
        }
        return map.withTouchpoints(edited);
    }

    @Benchmark
    public List<Change> diff() {
        return MapDiff.diff(base, ours);
    }

    @Benchmark
    public MergeResult merge() {
        return MapMerge.merge(base, ours, theirs);
    }

    /** Floor for a diff: parse both maps' JSON into Jackson trees. */
    @Benchmark
    public JsonNode baselineParseTwo() throws Exception {
        jackson.readTree(baseJson);
        return jackson.readTree(oursJson);
    }

    /** Floor for a merge: parse all three maps' JSON into Jackson trees. */
    @Benchmark
    public JsonNode baselineParseThree() throws Exception {
        jackson.readTree(baseJson);
        jackson.readTree(oursJson);
        return jackson.readTree(theirsJson);
    }
}
