package com.journeymaps.bench;

import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.StorageFormatCodec;
import java.util.Map;
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
 * The storage-format codec on a page of {@code pageKb} KB holding one journey map, beside its floor
 * in the same run: copying the page string (what any edit must at least do) and a plain character
 * scan of it (what finding the macro must at least do).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CodecBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {

    @Param({"200"})
    public int pageKb;

    /** The map in the macro body: 0 for a synthetic 20 KB body, else a {@link BenchMaps} map of this many touchpoints. */
    @Param({"0", "10", "100", "1000", "5000"})
    public int touchpoints;

    private final StorageFormatCodec codec = new StorageFormatCodec();
    private String page;
    private String newBody;

    @Setup
    public void setUp() {
        String oldBody;
        if (touchpoints == 0) {
            oldBody = "{\"title\":\"" + "x".repeat(20_000) + "\"}";
            newBody = "{\"title\":\"" + "y".repeat(20_000) + "\"}";
        } else {
            JourneyMap map = BenchMaps.generate(42, touchpoints);
            oldBody = JourneyMapJson.write(map);
            newBody = JourneyMapJson.write(map.withTitle(map.title() + " (edited)"));
        }
        // pageKb KB in all, or, when the map is more than half of that, twice the map's size
        page = StoragePages.page(42, Math.max(pageKb * 1024, 2 * oldBody.length()), oldBody);
        System.out.printf("%npage of %,d chars, body of %,d chars%n", page.length(), oldBody.length());
    }

    @Benchmark
    public String replaceBody() {
        return codec.replaceBody(page, StoragePages.MAP_ID, newBody, Map.of());
    }

    @Benchmark
    public int find() {
        return codec.find(page).size();
    }

    /** Floor for an edit: one copy of the page. */
    @Benchmark
    public String baselineCopy() {
        return new StringBuilder(page.length()).append(page).toString();
    }

    /** Floor for finding: look at every character once. */
    @Benchmark
    public int baselineScan() {
        int tags = 0;
        for (int i = 0, n = page.length(); i < n; i++) {
            if (page.charAt(i) == '<') {
                tags++;
            }
        }
        return tags;
    }
}
