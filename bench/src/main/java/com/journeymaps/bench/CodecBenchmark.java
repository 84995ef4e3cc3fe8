package com.journeymaps.bench;

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
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CodecBenchmark}
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

    private final StorageFormatCodec codec = new StorageFormatCodec();
    private String page;
    private String newBody;

    @Setup
    public void setUp() {
        String oldBody = "{\"title\":\"" + "x".repeat(20_000) + "\"}";
        newBody = "{\"title\":\"" + "y".repeat(20_000) + "\"}";
        page = StoragePages.page(42, pageKb * 1024, oldBody);
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
