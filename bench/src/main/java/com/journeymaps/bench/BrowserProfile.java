package com.journeymaps.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issue 9, item 3, where the target is missed: where a page load's main-thread time goes. For {@link BrowserTiming}'s
 * page (a 500-touchpoint map on the in-process standalone server, Debian's Chromium through Playwright), each load
 * on a fresh tab with a Chromium trace ({@code devtools.timeline}, {@code blink}, user timing), read here: the self
 * time of each kind of event on the page's renderer main thread, from the navigation to the front end's mark (work
 * after the mark is cut off), summed per load; the report gives the median per kind over the loads. Tracing slows a load about twofold, so the times say
 * where the work is, not how long a load takes ({@link BrowserTiming} measures that).
 *
 * <p>Optional <b>variants</b>: HTML files served in place of the page (same URL, same scripts and styles from the
 * server), to find out what a change of markup would do before building it: take the page's HTML
 * ({@code BrowserProfile 0 viewer --save page.html}), edit a copy, and pass both. Every round loads each variant once,
 * in an order shuffled with a fixed seed, so a drift of the machine spreads over all of them. On the 2-core machine two
 * runs of the same comparison, 10 to 20 loads each, differed by up to about 15 % (docs/performance.md, "Session 8"):
 * run a comparison twice before believing a smaller difference.
 *
 * <p>Run (after {@code mvn -B -q -DskipTests package -pl bench -am}): {@code java -cp
 * "bench/target/benchmarks.jar:$(cat bench/target/browser-classpath.txt)" com.journeymaps.bench.BrowserProfile
 * [loads] [viewer|editor] [variant.html ...]}, or {@code ... BrowserProfile 0 viewer --save page.html}. Default 10
 * loads (after one to warm up) as the viewer.
 */
public final class BrowserProfile {

    static final List<String> CATEGORIES = List.of("devtools.timeline", "blink", "loading", "blink.user_timing",
            "disabled-by-default-devtools.timeline");
    /** Kinds of event listed per source, by median self time. */
    static final int LISTED = 18;

    private BrowserProfile() {
    }

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String role = args.length > 1 ? args[1] : "viewer";
        boolean editor = role.equals("editor");
        if (!editor && !role.equals("viewer")) {
            throw new IllegalArgumentException("role must be viewer or editor, not " + role);
        }
        String mark = editor ? "jm:editor-ready" : "jm:maps-enhanced";
        Path save = args.length > 3 && args[2].equals("--save") ? Path.of(args[3]) : null;
        List<Path> variants = new ArrayList<>();
        for (int i = 2; save == null && i < args.length; i++) {
            variants.add(Path.of(args[i]));
        }
        long[] pageId = new long[1];
        try (BenchServer server = BenchServer.start(pages -> pageId[0] = pages.add("Browser: 500 touchpoints",
                BenchServer.mapPage("jm-browser", BenchServer.json(BenchMaps.generate(42, BrowserTiming.TOUCHPOINTS)
                        .toBuilder().id("jm-browser").build()))));
             Playwright playwright = Chromium.playwright();
             Browser browser = Chromium.launch(playwright);
             BrowserContext context = Chromium.context(browser, server)) {
            String url = server.baseUri().resolve("pages/" + pageId[0]).toString();
            Page signIn = editor ? Chromium.signedIn(context, "emma", "Emma-Demo-1")
                    : Chromium.signedIn(context, "victor", "Victor-Demo-1");
            if (save != null) {
                Files.writeString(save, signIn.request().get(url).text());
                System.out.println("saved the page's HTML as " + role + " to " + save);
                return;
            }
            signIn.close();
            Map<String, String> bodies = new LinkedHashMap<>();
            for (Path variant : variants) {
                bodies.put(variant.getFileName().toString(), Files.readString(variant));
            }
            List<String> sources = bodies.isEmpty() ? List.of("page") : new ArrayList<>(bodies.keySet());
            String[] serving = new String[1];
            if (!bodies.isEmpty()) {
                context.route(url, route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                        .setContentType("text/html; charset=utf-8").setBody(bodies.get(serving[0]))));
            }
            Map<String, List<Map<String, Double>>> profiles = new LinkedHashMap<>();
            Map<String, List<double[]>> times = new LinkedHashMap<>();
            Random random = new Random(42);
            for (int round = 0; round <= loads; round++) {
                List<String> order = new ArrayList<>(sources);
                Collections.shuffle(order, random);
                for (String source : order) {
                    serving[0] = source;
                    Page page = context.newPage();
                    page.navigate("about:blank");
                    browser.startTracing(page, new Browser.StartTracingOptions().setCategories(CATEGORIES));
                    page.navigate(url);
                    page.waitForFunction("(name) => performance.getEntriesByName(name).length > 0", mark);
                    List<?> t = (List<?>) page.evaluate("(name) => { const n = performance.getEntriesByType('navigation')[0];"
                            + " return [n.responseEnd, n.domContentLoadedEventEnd, performance.getEntriesByName(name)[0].startTime]; }",
                            mark);
                    byte[] trace = browser.stopTracing();
                    page.close();
                    if (round == 0) {
                        continue; // warms the browser and the server up
                    }
                    double html = ((Number) t.get(0)).doubleValue();
                    times.computeIfAbsent(source, k -> new ArrayList<>()).add(new double[] {
                            ((Number) t.get(1)).doubleValue() - html, ((Number) t.get(2)).doubleValue() - html});
                    profiles.computeIfAbsent(source, k -> new ArrayList<>())
                            .add(selfTimes(trace, "/pages/" + pageId[0], mark));
                }
            }
            report(role, mark, loads, profiles, times);
        }
    }

    private static void report(String role, String mark, int loads, Map<String, List<Map<String, Double>>> profiles,
            Map<String, List<double[]>> times) {
        System.out.printf("%s, %d traced loads per source on a fresh tab each (tracing slows a load about twofold)%n",
                role, loads);
        Map<String, Double> firstMedians = null;
        for (Map.Entry<String, List<Map<String, Double>>> source : profiles.entrySet()) {
            List<Map<String, Double>> all = source.getValue();
            Map<String, Double> medians = new HashMap<>();
            all.forEach(p -> p.keySet().forEach(name -> medians.computeIfAbsent(name,
                    n -> median(all.stream().mapToDouble(q -> q.getOrDefault(n, 0.0)).toArray()))));
            double total = median(all.stream().mapToDouble(p -> p.values().stream().mapToDouble(Double::doubleValue).sum())
                    .toArray());
            List<double[]> t = times.get(source.getKey());
            System.out.printf("%n%s: HTML received -> DOMContentLoaded median %.0f ms, -> %s median %.0f ms (traced);"
                    + " main-thread self time, median per load: %.0f ms%n", source.getKey(),
                    median(t.stream().mapToDouble(v -> v[0]).toArray()), mark,
                    median(t.stream().mapToDouble(v -> v[1]).toArray()), total);
            Map<String, Double> order = firstMedians == null ? medians : firstMedians;
            List<String> names = new ArrayList<>(order.keySet());
            names.sort(Comparator.comparingDouble((String n) -> -order.get(n)));
            for (String name : names.subList(0, Math.min(LISTED, names.size()))) {
                System.out.printf("  %-48s %7.1f ms  %4.1f %%%n", name, medians.getOrDefault(name, 0.0),
                        100 * medians.getOrDefault(name, 0.0) / total);
            }
            if (firstMedians == null) {
                firstMedians = medians; // later sources list the same kinds, in the same order, to compare
            }
        }
    }

    /**
     * Self time in milliseconds per event name on the renderer main thread that parsed {@code pagePath}, up to the
     * user-timing mark {@code mark}: complete events ({@code X}) and begin/end pairs, nested by time, each cut off at
     * the mark; a parent's self time is its duration less its children's.
     */
    static Map<String, Double> selfTimes(byte[] trace, String pagePath, String mark) {
        JsonObject root = JsonParser.parseString(new String(trace, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray events = root.getAsJsonArray("traceEvents");
        Map<String, Integer> parses = new HashMap<>();
        for (JsonElement element : events) {
            JsonObject event = element.getAsJsonObject();
            if (name(event).equals("ParseHTML") && event.has("args")) {
                JsonObject begin = event.getAsJsonObject("args").getAsJsonObject("beginData");
                if (begin != null && begin.has("url") && begin.get("url").getAsString().contains(pagePath)) {
                    parses.merge(thread(event), 1, Integer::sum);
                }
            }
        }
        String main = parses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("no renderer parsed " + pagePath + " in the trace"));
        double end = Double.MAX_VALUE;
        for (JsonElement element : events) {
            JsonObject event = element.getAsJsonObject();
            if (name(event).equals(mark) && thread(event).equals(main)) {
                end = Math.min(end, event.get("ts").getAsDouble());
            }
        }
        if (end == Double.MAX_VALUE) {
            throw new IllegalStateException("the trace holds no mark " + mark + " of the page's main thread");
        }
        List<double[]> spans = new ArrayList<>(); // start, end, index of the name
        List<String> names = new ArrayList<>();
        Map<String, Integer> nameIndex = new HashMap<>();
        List<JsonObject> open = new ArrayList<>();
        for (JsonElement element : events) {
            JsonObject event = element.getAsJsonObject();
            if (!event.has("ph") || !thread(event).equals(main)) {
                continue;
            }
            String phase = event.get("ph").getAsString();
            if (phase.equals("X")) {
                double start = event.get("ts").getAsDouble();
                double duration = event.has("dur") ? event.get("dur").getAsDouble() : 0;
                spans.add(new double[] {start, start + duration, index(name(event), names, nameIndex)});
            } else if (phase.equals("B")) {
                open.add(event);
            } else if (phase.equals("E") && !open.isEmpty()) {
                JsonObject begin = open.remove(open.size() - 1);
                spans.add(new double[] {begin.get("ts").getAsDouble(), event.get("ts").getAsDouble(),
                        index(name(begin), names, nameIndex)});
            }
        }
        double cut = end;
        spans.removeIf(span -> span[0] >= cut);
        spans.forEach(span -> span[1] = Math.min(span[1], cut));
        spans.sort(Comparator.comparingDouble((double[] s) -> s[0]).thenComparingDouble(s -> -s[1]));
        double[] self = new double[names.size()];
        List<double[]> stack = new ArrayList<>();
        for (double[] span : spans) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1)[1] <= span[0]) {
                stack.remove(stack.size() - 1);
            }
            if (!stack.isEmpty()) {
                double[] parent = stack.get(stack.size() - 1);
                self[(int) parent[2]] -= Math.min(span[1], parent[1]) - span[0];
            }
            self[(int) span[2]] += span[1] - span[0];
            stack.add(span);
        }
        Map<String, Double> byName = new HashMap<>();
        for (int i = 0; i < self.length; i++) {
            byName.put(names.get(i), self[i] / 1000); // trace times are microseconds
        }
        return byName;
    }

    /** The position of {@code name} in {@code names}, added there when new. */
    private static int index(String name, List<String> names, Map<String, Integer> positions) {
        return positions.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    private static String name(JsonObject event) {
        return event.has("name") ? event.get("name").getAsString() : "";
    }

    private static String thread(JsonObject event) {
        return event.get("pid") + "/" + event.get("tid");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
    }
}
