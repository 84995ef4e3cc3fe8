package com.journeymaps.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
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
 * The render service on maps of 10, 100, 1,000 and 5,000 touchpoints ({@link BenchMaps}), through
 * the standalone server's Google Soy renderer: the full interactive page view and the compact
 * static variant, each from the stored JSON to HTML (parse, validate, view model, template). Beside
 * them, in the same run, the floor: Jackson reading the same JSON into a tree and nothing else.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RenderBenchmark -f 1 -wi 5 -w 4s -i 5 -r 4s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RenderBenchmark {

    @Param({"10", "100", "1000", "5000"})
    public int touchpoints;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, String> parameters = Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-bench");
    private MacroRenderService service;
    private String json;

    @Setup
    public void setUp() {
        Texts english = BundleTexts.forLocale(Locale.ENGLISH);
        service = new MacroRenderService(new ClosureTemplateRenderer(() -> english), () -> english,
                PersonaDirectory.NONE);
        json = JourneyMapJson.write(BenchMaps.generate(42, touchpoints));
        ParseResult parsed = JourneyMapJson.parse(json);
        if (!parsed.ok()) {
            throw new IllegalStateException("the benchmark map must be valid: " + parsed.problems());
        }
        String html = service.renderJourneyMap(parameters, json, OutputMode.INTERACTIVE);
        System.out.printf("%n%d touchpoints: %,d bytes of JSON, %,d bytes of interactive HTML, %,d static%n",
                touchpoints, json.getBytes(StandardCharsets.UTF_8).length, html.length(),
                service.renderJourneyMap(parameters, json, OutputMode.STATIC).length());
    }

    @Benchmark
    public String renderInteractive() {
        return service.renderJourneyMap(parameters, json, OutputMode.INTERACTIVE);
    }

    @Benchmark
    public String renderStatic() {
        return service.renderJourneyMap(parameters, json, OutputMode.STATIC);
    }

    @Benchmark
    public JsonNode jacksonParse() throws IOException {
        return mapper.readTree(json);
    }
}
