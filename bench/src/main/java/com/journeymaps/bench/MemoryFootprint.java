package com.journeymaps.bench;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.standalone.render.ClosureTemplateRenderer;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PersonaDirectory;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Issue 9, item 5: retained heap, measured as the growth of the used heap after full collections
 * (MemoryMXBean) while {@code n} instances are held, divided by {@code n}:
 * <ul>
 * <li>a 1,000-touchpoint map ({@link BenchMaps}, seed 42) as the parsed model, as the rendered HTML
 *     string (interactive), and as its stored JSON string, for scale;</li>
 * <li>one compiled template set: a {@link ClosureTemplateRenderer} (all Soy templates compiled to
 *     JVM bytecode), what the standalone server keeps for its lifetime; its classes are in the metaspace,
 *     reported beside the heap.</li>
 * </ul>
 *
 * <p>Run: {@code java -Xmx1g -cp bench/target/benchmarks.jar com.journeymaps.bench.MemoryFootprint}
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws Exception {
        Texts english = BundleTexts.forLocale(Locale.ENGLISH);
        MacroRenderService service = new MacroRenderService(new ClosureTemplateRenderer(() -> english), () -> english,
                PersonaDirectory.NONE);
        String json = JourneyMapJson.write(BenchMaps.generate(42, 1_000));
        Map<String, String> parameters = Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-bench");
        service.renderJourneyMap(parameters, json, OutputMode.INTERACTIVE); // loads every class once

        report("1,000-touchpoint map, stored JSON string", 50, i -> new String(json.toCharArray()));
        report("1,000-touchpoint map, parsed model (JourneyMap)", 50,
                i -> JourneyMapJson.parse(json).map().orElseThrow());
        report("1,000-touchpoint map, rendered HTML string (interactive)", 20,
                i -> service.renderJourneyMap(parameters, json, OutputMode.INTERACTIVE));
        report("compiled template set (ClosureTemplateRenderer)", 4, i -> new ClosureTemplateRenderer(() -> english));
        JourneyMap check = JourneyMapJson.parse(json).map().orElseThrow();
        System.out.println("(map: " + check.touchpoints().size() + " touchpoints, " + json.length() + " chars of JSON)");
    }

    private static void report(String what, int n, IntFunction<Object> make) throws InterruptedException {
        long before = settledHeap();
        long metaBefore = metaspace();
        List<Object> held = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            held.add(make.apply(i));
        }
        long after = settledHeap();
        long metaAfter = metaspace();
        System.out.printf("%-58s %,12d bytes each (%d held, heap %,d -> %,d); metaspace %,d bytes each%n", what,
                (after - before) / n, n, before, after, (metaAfter - metaBefore) / n);
        if (held.size() != n) {
            throw new IllegalStateException("unreachable: keeps the instances alive until here");
        }
    }

    /** Class metadata in use (the compiled templates' classes live there, not in the heap). */
    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getName().equals("Metaspace"))
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    /** The used heap after full collections, once two in a row agree within 1 %. */
    private static long settledHeap() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(used - last) < used / 100) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
