package com.journeymaps.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.standalone.render.ClosureTemplateRenderer;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PersonaDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
 * The distribution (JMH sample mode: p50, p90, p99...) of rendering a map whose JSON is about
 * {@code mapKb} KB: the smallest {@link BenchMaps} map (seed 42) of at least that size, full
 * interactive render through the standalone server's Soy renderer. Floor in the same run: Jackson
 * reading the same JSON.
 *
 * <p>A p99 is a property of the steady state, so warm-up and measurement have JMH's own default lengths (five
 * iterations of ten seconds each). With one-second iterations the JIT was still compiling the templates for 60 % of
 * the measured time ({@code -prof comp}: 3.0 s of compilation in 5 s), on a core the render needed, and the p99 it
 * reported was the JIT's; see docs/performance.md, "Session 7".
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RenderP99Benchmark -f 1} (about four minutes)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class RenderP99Benchmark {

    @Param({"100"})
    public int mapKb;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, String> parameters = Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-bench");
    private MacroRenderService service;
    private String json;

    @Setup
    public void setUp() {
        service = englishService();
        json = json(mapKb);
        System.out.printf("%n%d KB map: %d touchpoints, %,d bytes of JSON, %,d chars of HTML%n", mapKb,
                JourneyMapJson.parse(json).map().orElseThrow().touchpoints().size(),
                json.getBytes(StandardCharsets.UTF_8).length, render().length());
    }

    /** The render service as the standalone server makes it, in English; constructing it compiles the templates. */
    static MacroRenderService englishService() {
        Texts english = BundleTexts.forLocale(Locale.ENGLISH);
        return new MacroRenderService(new ClosureTemplateRenderer(() -> english), () -> english,
                PersonaDirectory.NONE);
    }

    /** The JSON of the smallest {@link BenchMaps} map (seed 42) of at least {@code mapKb} KB. */
    static String json(int mapKb) {
        int low = 1;
        int high = 5_000;
        while (low < high) { // smallest touchpoint count whose JSON reaches the size; at most 13 steps
            int middle = (low + high) / 2;
            if (bytes(middle) >= mapKb * 1024) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return JourneyMapJson.write(BenchMaps.generate(42, low));
    }

    private static int bytes(int touchpoints) {
        return JourneyMapJson.write(BenchMaps.generate(42, touchpoints)).getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public String render() {
        return service.renderJourneyMap(parameters, json, OutputMode.INTERACTIVE);
    }

    @Benchmark
    public JsonNode jacksonParse() throws IOException {
        return mapper.readTree(json);
    }
}
