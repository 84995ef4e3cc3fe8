package com.journeymaps.bench;

import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import java.util.Arrays;
import java.util.Map;

/**
 * What the renders right after a start cost: a fresh JVM renders the 100 KB map of {@link RenderP99Benchmark}
 * (interactive, the standalone server's Soy renderer) {@code calls} times in a row and reports the first calls one
 * by one, then the median and maximum of each doubling range of calls, with the rendering time spent so far. The
 * JMH benchmarks measure the steady state, after the JIT has compiled the templates; a server that was just started
 * serves its first views before that.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.journeymaps.bench.ColdRender [calls]} (default 3,000; run
 * it two or three times, each run is one start).
 */
public final class ColdRender {

    private ColdRender() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        if (calls < 1 || calls > 100_000) {
            throw new IllegalArgumentException("calls must be between 1 and 100,000: " + calls);
        }
        long compileStart = System.nanoTime();
        MacroRenderService service = RenderP99Benchmark.englishService();
        System.out.printf("template compilation: %.0f ms%n", (System.nanoTime() - compileStart) / 1e6);
        String json = RenderP99Benchmark.json(100);
        Map<String, String> parameters = Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-cold");

        double[] millis = new double[calls];
        double total = 0;
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            service.renderJourneyMap(parameters, json, OutputMode.INTERACTIVE);
            millis[i] = (System.nanoTime() - start) / 1e6;
            total += millis[i];
            if (i < 5) {
                System.out.printf("call %d: %.1f ms%n", i + 1, millis[i]);
            }
        }
        System.out.printf("%,d calls, %.0f ms rendering in all%n", calls, total);
        double spent = 0;
        for (int from = 0, to = Math.min(calls, 10); from < calls; from = to, to = Math.min(calls, to * 2)) {
            double[] range = Arrays.copyOfRange(millis, from, to);
            for (double m : range) {
                spent += m;
            }
            Arrays.sort(range);
            System.out.printf("calls %,6d-%,6d: median %6.1f ms, max %6.1f ms; %,7.0f ms rendering by the end%n",
                    from + 1, to, range[range.length / 2], range[range.length - 1], spent);
        }
    }
}
