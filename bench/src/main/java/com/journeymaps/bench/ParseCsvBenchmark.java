package com.journeymaps.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.csv.CsvImportResult;
import com.journeymaps.core.csv.TouchpointCsv;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Touchpoint;
import java.io.IOException;
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
 * Reading a stored map (parse, migrate, validate: {@link JourneyMapJson#parse}) and the CSV export and
 * import of its touchpoints, on maps of 10 to 5,000 touchpoints from {@link BenchMaps} (seed 42).
 * The import reads the export of a copy in which every tenth touchpoint was renamed, into the
 * original map. Floor in the same run: Jackson reading the map's JSON into a tree ({@code jacksonParse}),
 * and a plain character scan of the CSV text ({@code csvScan}).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ParseCsvBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseCsvBenchmark {

    @Param({"10", "100", "1000", "5000"})
    public int touchpoints;

    private final ObjectMapper jackson = new ObjectMapper();
    private JourneyMap map;
    private String json;
    private String csv;

    @Setup
    public void setUp() {
        map = BenchMaps.generate(42, touchpoints);
        json = JourneyMapJson.write(map);
        List<Touchpoint> edited = new ArrayList<>(map.touchpoints());
        for (int i = 0; i < edited.size(); i += 10) {
            edited.set(i, edited.get(i).withName(edited.get(i).name() + " (csv)"));
        }
        csv = TouchpointCsv.export(map.withTouchpoints(edited));
        CsvImportResult imported = TouchpointCsv.preview(map, csv, Ids.seeded(1));
        if (!imported.ok() || !JourneyMapJson.parse(json).ok()) {
            throw new IllegalStateException("the benchmark's map and CSV must read cleanly: " + imported.problems());
        }
        System.out.printf("%n%d touchpoints: %,d chars of JSON, %,d chars of CSV%n", touchpoints, json.length(),
                csv.length());
    }

    @Benchmark
    public ParseResult parseValidate() {
        return JourneyMapJson.parse(json);
    }

    @Benchmark
    public JsonNode jacksonParse() throws IOException {
        return jackson.readTree(json);
    }

    @Benchmark
    public String csvExport() {
        return TouchpointCsv.export(map);
    }

    @Benchmark
    public CsvImportResult csvImport() {
        return TouchpointCsv.preview(map, csv, Ids.seeded(1));
    }

    /** Floor for the CSV: look at every character of the CSV text once. */
    @Benchmark
    public int csvScan() {
        int lines = 0;
        for (int i = 0, n = csv.length(); i < n; i++) {
            if (csv.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
