package com.journeymaps.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Issue 9, item 3: in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright, never a
 * downloaded browser), the time from navigation to an interactive grid for a page holding a map of
 * 500 touchpoints on the in-process standalone server, from the Performance API: the navigation
 * entry's {@code responseEnd} (the HTML has arrived), {@code domContentLoadedEventEnd}, and the
 * front end's marks {@code jm:maps-enhanced} (every map region enhanced: what a viewer gets) and
 * {@code jm:editor-ready} (the in-place editor has read the map and decorated the grid: what an
 * editor gets). Also the front-end bundle (JS + CSS), raw and gzipped. Since session 4 also the time from
 * {@code DOMContentLoaded} to the mark, and to the end of the first frame rendered after the mark (a mark
 * {@code <mark>:frame} set by a script Playwright installs before the page's own, see {@link #FRAME_PROBE}):
 * the mark says the grid responds; the frame says the style, layout and paint its changes caused are done.
 *
 * <p><b>Drag step.</b> As the editor, on the loaded page, a real drag with the mouse (Playwright's
 * mouse, i.e. trusted pointer events from Chromium's input pipeline): press on the first card of the
 * touchpoints row, move past the drag threshold, then {@value #DRAG_MOVES} moves over the visible cards
 * and cells of that row, and release outside the grid (no drop, so the map stays as it is). For each
 * {@code pointermove} a listener on {@code window} in the capture phase (before the front end's
 * handler on {@code document}) sets a mark, and one in the bubble phase (after it) forces the style
 * and layout the handler left pending (a layout read) and takes {@code performance.measure}
 * {@code jm:drag-step} from that mark: the handler plus the style and layout work the browser must do
 * before it can paint the step. Painting and compositing come after that and are not in it. The report
 * also names the steps of {@value #SLOW_STEP_MS} ms or more by their index in their drag, and gives the
 * figures without the step that starts each drag. Since session 5 each move is also timed to the end of
 * the first frame rendered after it ({@code jm:drag-frame}, as {@link #FRAME_PROBE} does for the marks):
 * that adds what the step leaves out, the browser's own handling of the move after the page's handlers
 * (text selection under a pressed mouse button, with its hit test) and the frame's paint, plus the wait
 * for the next frame.
 *
 * <p>Run (after {@code mvn -B -q -DskipTests package -pl bench -am}, which also writes the Playwright
 * class path): {@code java -cp "bench/target/benchmarks.jar:$(cat bench/target/browser-classpath.txt)"
 * com.journeymaps.bench.BrowserTiming [loads] [all|load|drag|scroll]} (default 20 measured page loads per role,
 * after 3, then the drag and the scrolling; {@code load}, {@code drag} or {@code scroll} runs only that part).
 *
 * <p><b>A slower network</b> (since session 11, when the server began to send its pages gzipped): a third argument
 * {@code network=<kbit/s>:<round trip ms>} has Chromium emulate that link (CDP {@code Network.emulateNetworkConditions},
 * the same rate up and down) for the page loads; then the figure to read is navigation → mark, since the link's
 * time is before the HTML has arrived. Each load reports the page's bytes on the wire and decoded.
 *
 * <p><b>Scrolling</b> (since session 9, when the grid's off-screen parts began to be rendered only when they come
 * near the view): see {@link #scroll}.
 */
public final class BrowserTiming {

    static final int TOUCHPOINTS = 500;
    static final int DRAG_MOVES = 40;
    static final int DRAG_LOADS = 5;
    /** The index, within a drag's measured pointer moves, of the move past the threshold that starts the drag. */
    static final int START_STEP = 1;
    /** A step at or above this is listed by its drag and index (one frame at 60 Hz). */
    static final double SLOW_STEP_MS = 16;
    /** A move whose next frame took this long or longer is listed by its drag and index (three frames at 60 Hz). */
    static final double SLOW_FRAME_MS = 50;

    static final int SCROLL_LOADS = 3;
    static final int SCROLL_WHEELS = 30;
    static final int SCROLL_DELTA = 400;
    static final int SCROLL_PAUSE_MS = 120;

    /**
     * For each scroll event of the grid's scroller (dispatched when a frame's rendering starts), a measure
     * {@code jm:scroll-frame} to the end of that frame: a requestAnimationFrame callback asked for in the event runs in
     * the same frame, and the message it posts is delivered after the frame's style, layout and paint.
     */
    private static final String SCROLL_PROBE = """
            () => {
              const scroller = document.querySelector('.jm-grid-scroll');
              scroller.addEventListener('scroll', () => {
                const start = performance.now();
                requestAnimationFrame(() => {
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => performance.measure('jm:scroll-frame', {start});
                  channel.port2.postMessage(0);
                });
              }, {passive: true});
            }
            """;

    /** Installs the two pointermove listeners around the front end's handler (see the class comment). */
    private static final String DRAG_PROBE = """
            () => {
              if (window.__jmDragProbe) return;
              window.__jmDragProbe = true;
              let n = 0;
              window.addEventListener('pointermove', () => {
                const k = ++n;
                performance.mark('jm:drag-move-' + k);
                // and when the first frame after this move has been rendered (as FRAME_PROBE does for the marks)
                requestAnimationFrame(() => {
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => performance.measure('jm:drag-frame', {start: 'jm:drag-move-' + k, detail: k});
                  channel.port2.postMessage(0);
                });
              }, true);
              window.__jmDragActive = 0;
              window.addEventListener('pointermove', () => {
                document.documentElement.getBoundingClientRect(); // flush pending style and layout
                performance.measure('jm:drag-step', 'jm:drag-move-' + n);
                if (document.querySelector('.jm-map--dragging')) window.__jmDragActive++; // after the measure
              }, false);
            }
            """;

    /** Where the drag goes: the centres of the first visible cards of the touchpoints row, as [x, y] pairs. */
    private static final String DRAG_POINTS = """
            () => {
              const row = document.querySelector('tr.jm-grid__row--touchpoints');
              const cards = Array.from(row.querySelectorAll('[data-jm-touchpoint-id]'));
              cards[Math.min(12, cards.length - 1)].scrollIntoView({block: 'center', inline: 'center'});
              const points = [];
              for (const card of cards) {
                const r = card.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                // only cards that are really under the pointer there (the sticky lane headers cover some)
                if (r.width > 0 && x > 0 && x < innerWidth && y > 0 && y < innerHeight
                    && card.contains(document.elementFromPoint(x, y))) {
                  points.push(x, y);
                }
              }
              return points;
            }
            """;

    private static final String TIMINGS = """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const mark = (name) => { const m = performance.getEntriesByName(name); return m.length ? m[0].startTime : -1; };
              return [nav.responseStart, nav.responseEnd, nav.domContentLoadedEventEnd,
                      mark('jm:maps-enhanced'), mark('jm:editor-ready'),
                      mark('jm:maps-enhanced:frame'), mark('jm:editor-ready:frame'),
                      nav.transferSize, nav.encodedBodySize, nav.decodedBodySize];
            }
            """;

    /**
     * Installed before the page's scripts: for each front-end mark, a second mark {@code <mark>:frame} when the
     * first frame after it has been rendered (a message posted from that frame's requestAnimationFrame callback
     * runs after the frame's style, layout and paint): what the mark's DOM changes cost before they can be seen.
     */
    private static final String FRAME_PROBE = """
            (() => {
              const mark = performance.mark.bind(performance);
              performance.mark = function (name, options) {
                const entry = mark(name, options);
                if (typeof name === 'string' && name.startsWith('jm:') && !name.endsWith(':frame')) {
                  requestAnimationFrame(() => {
                    const channel = new MessageChannel();
                    channel.port1.onmessage = () => mark(name + ':frame');
                    channel.port2.postMessage(0);
                  });
                }
                return entry;
              };
            })();
            """;

    private BrowserTiming() {
    }

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String only = args.length > 1 ? args[1] : "all"; // all, load, drag or scroll
        double[] network = args.length > 2 ? network(args[2]) : null;
        long[] pageId = new long[1];
        try (BenchServer server = BenchServer.start(pages -> pageId[0] = pages.add("Browser: 500 touchpoints",
                BenchServer.mapPage("jm-browser", BenchServer.json(BenchMaps.generate(42, TOUCHPOINTS).toBuilder()
                        .id("jm-browser").build()))));
             Playwright playwright = Chromium.playwright();
             Browser browser = Chromium.launch(playwright)) {
            String url = server.baseUri().resolve("pages/" + pageId[0]).toString();
            if (only.equals("all") || only.equals("load")) {
                bundle(server);
                measure(browser, server, url, "emma", "Emma-Demo-1", "jm:editor-ready", loads, network);
                measure(browser, server, url, "victor", "Victor-Demo-1", "jm:maps-enhanced", loads, network);
            }
            if (only.equals("all") || only.equals("drag")) {
                drag(browser, server, url);
            }
            if (only.equals("all") || only.equals("scroll")) {
                scroll(browser, server, url);
            }
        }
    }

    /**
     * Scrolling the loaded grid as the editor with the mouse wheel over it, down and then to the right: for every
     * {@code scroll} event of the grid's scroller, the time from the event (dispatched when a frame's rendering
     * starts) to the end of that frame's rendering ({@link #SCROLL_PROBE}), i.e. the style, layout and paint of what
     * the scroll brought into view. Grid parts rendered only when they come near the view (grid.css) are paid for
     * here instead of at load.
     */
    private static void scroll(Browser browser, BenchServer server, String url) {
        try (BrowserContext context = Chromium.context(browser, server)) {
            Page page = Chromium.signedIn(context, "emma", "Emma-Demo-1");
            List<Double> frames = new ArrayList<>();
            List<String> slow = new ArrayList<>();
            for (int load = 0; load < SCROLL_LOADS + 1; load++) {
                page.navigate(url);
                page.waitForFunction("() => performance.getEntriesByName('jm:editor-ready').length > 0");
                page.waitForTimeout(500); // the frames after the mark
                page.evaluate(SCROLL_PROBE);
                BoundingBox grid = page.locator(".jm-grid-scroll").boundingBox();
                // the pointer in the middle of the scroller's part inside the window
                page.mouse().move(grid.x + grid.width / 2, grid.y + Math.min(grid.height, page.viewportSize().height - grid.y) / 2);
                for (int i = 0; i < SCROLL_WHEELS; i++) {
                    boolean down = i < SCROLL_WHEELS * 2 / 3;
                    page.mouse().wheel(down ? 0 : SCROLL_DELTA, down ? SCROLL_DELTA : 0);
                    page.waitForTimeout(SCROLL_PAUSE_MS);
                }
                page.waitForTimeout(300);
                List<?> measured = (List<?>) page.evaluate("() => performance.getEntriesByName('jm:scroll-frame').map(m => m.duration)");
                if (measured.size() < SCROLL_WHEELS / 2) {
                    throw new IllegalStateException("the grid scrolled only " + measured.size() + " times");
                }
                if (load > 0) {
                    for (int i = 0; i < measured.size(); i++) {
                        double frame = ((Number) measured.get(i)).doubleValue();
                        frames.add(frame);
                        if (frame >= SLOW_FRAME_MS) {
                            slow.add(String.format("load %d scroll %d: %.1f ms", load, i, frame));
                        }
                    }
                }
            }
            double[] sorted = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("scroll event -> end of that frame's rendering (%d scroll events over %d loads, %d wheel turns of"
                    + " %d px each, down then right, editor emma): median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.length, SCROLL_LOADS, SCROLL_WHEELS, SCROLL_DELTA, percentile(sorted, 50), percentile(sorted, 90),
                    percentile(sorted, 99), sorted[sorted.length - 1]);
            System.out.printf("  frames of %.0f ms or more: %d (%s)%n", SLOW_FRAME_MS, slow.size(),
                    slow.isEmpty() ? "none" : String.join("; ", slow));
        }
    }

    private static void drag(Browser browser, BenchServer server, String url) {
        try (BrowserContext context = Chromium.context(browser, server)) {
            Page page = Chromium.signedIn(context, "emma", "Emma-Demo-1");
            List<Double> steps = new ArrayList<>();
            List<Double> withoutStart = new ArrayList<>();
            List<Double> startSteps = new ArrayList<>();
            List<String> slow = new ArrayList<>();
            List<Double> frames = new ArrayList<>();
            List<Double> startFrames = new ArrayList<>();
            List<String> slowFrames = new ArrayList<>();
            for (int load = 0; load < DRAG_LOADS + 1; load++) {
                page.navigate(url);
                page.waitForFunction("() => performance.getEntriesByName('jm:editor-ready').length > 0");
                List<?> raw = (List<?>) page.evaluate(DRAG_POINTS);
                double[] points = raw.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
                if (points.length < 4) {
                    throw new IllegalStateException("fewer than two cards of the touchpoints row are visible");
                }
                page.evaluate(DRAG_PROBE);
                page.mouse().move(points[0], points[1]);
                page.mouse().down();
                page.mouse().move(points[0] + 10, points[1] + 10); // past the drag threshold: the drag starts
                int pairs = points.length / 2;
                for (int i = 0; i < DRAG_MOVES; i++) {
                    int at = 1 + i % (pairs - 1);
                    // alternately just above and just below a card's centre, so the drop mark moves
                    page.mouse().move(points[2 * at], points[2 * at + 1] + (i % 2 == 0 ? -8 : 8));
                }
                page.mouse().move(5, 5); // outside the grid: no drop target
                page.mouse().up();
                List<?> measured = (List<?>) page.evaluate(
                        "() => performance.getEntriesByName('jm:drag-step').map(m => m.duration)");
                page.waitForFunction("(count) => performance.getEntriesByName('jm:drag-frame').length >= count", measured.size());
                List<?> framed = (List<?>) page.evaluate("() => performance.getEntriesByName('jm:drag-frame')"
                        + ".sort((a, b) => a.detail - b.detail).map(m => m.duration)");
                int active = ((Number) page.evaluate("() => window.__jmDragActive")).intValue();
                if (active < DRAG_MOVES) {
                    throw new IllegalStateException("the drag was active in only " + active + " of the "
                            + measured.size() + " pointer moves: the press did not take a card");
                }
                if (!Boolean.TRUE.equals(page.evaluate(
                        "() => !document.querySelector('.jm-card--dragging, .jm-grid__cell--drop')"))) {
                    throw new IllegalStateException("the drag did not end cleanly");
                }
                if (load > 0) { // the first load warms the JIT up
                    for (int i = 0; i < measured.size(); i++) {
                        double step = ((Number) measured.get(i)).doubleValue();
                        steps.add(step);
                        (i == START_STEP ? startSteps : withoutStart).add(step);
                        double frame = ((Number) framed.get(i)).doubleValue();
                        frames.add(frame);
                        if (i == START_STEP) {
                            startFrames.add(frame);
                        }
                        if (frame >= SLOW_FRAME_MS) {
                            slowFrames.add(String.format("drag %d step %d: %.1f ms", load, i, frame));
                        }
                        if (step >= SLOW_STEP_MS) {
                            slow.add(String.format("drag %d step %d: %.1f ms", load, i, step));
                        }
                    }
                }
            }
            double[] sorted = steps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("drag step (pointermove handler + forced style/layout, %d steps over %d loads, editor emma;"
                    + " performance.now() resolution is 0.1 ms): median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", sorted.length, DRAG_LOADS,
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1]);
            double[] rest = withoutStart.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] starts = startSteps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("  without the step that starts each drag (step %d, past the threshold; %d steps):"
                    + " median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", START_STEP, rest.length,
                    percentile(rest, 50), percentile(rest, 90), percentile(rest, 99), rest[rest.length - 1]);
            System.out.printf("  the step that starts each drag (%d steps): median %.2f ms, max %.2f ms%n", starts.length,
                    percentile(starts, 50), starts[starts.length - 1]);
            System.out.printf("  steps of %.0f ms or more (step 0 is the move onto the card before the press, %d the move"
                    + " past the threshold, %d-%d the moves over the row, %d the move out of the grid): %s%n", SLOW_STEP_MS,
                    START_STEP, START_STEP + 1, START_STEP + DRAG_MOVES, START_STEP + DRAG_MOVES + 1,
                    slow.isEmpty() ? "none" : String.join("; ", slow));
            double[] frame = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] startFrame = startFrames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("drag move -> next frame rendered (also the browser's own handling of the move, e.g. text"
                    + " selection, and the frame's style, layout and paint; includes waiting for the frame): median %.1f ms,"
                    + " p90 %.1f ms, p99 %.1f ms, max %.1f ms; the move that starts each drag: median %.1f ms, max %.1f ms%n",
                    percentile(frame, 50), percentile(frame, 90), percentile(frame, 99), frame[frame.length - 1],
                    percentile(startFrame, 50), startFrame[startFrame.length - 1]);
            System.out.printf("  moves whose next frame took %.0f ms or more: %s%n", SLOW_FRAME_MS,
                    slowFrames.isEmpty() ? "none" : String.join("; ", slowFrames));
        }
    }

    /** {@code network=<kbit/s>:<round trip ms>} as {kbit/s, ms}. */
    private static double[] network(String arg) {
        String[] parts = arg.startsWith("network=") ? arg.substring("network=".length()).split(":") : new String[0];
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected network=<kbit/s>:<round trip ms>, not " + arg);
        }
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    private static void measure(Browser browser, BenchServer server, String url, String user, String password,
            String readyMark, int loads, double[] network) {
        try (BrowserContext context = Chromium.context(browser, server)) {
            context.addInitScript(FRAME_PROBE);
            Page page = Chromium.signedIn(context, user, password);
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Performance.enable");
            if (network != null) {
                double bytesPerSecond = network[0] * 1000 / 8;
                JsonObject conditions = new JsonObject();
                conditions.addProperty("offline", false);
                conditions.addProperty("latency", network[1]);
                conditions.addProperty("downloadThroughput", bytesPerSecond);
                conditions.addProperty("uploadThroughput", bytesPerSecond);
                cdp.send("Network.enable");
                cdp.send("Network.emulateNetworkConditions", conditions);
                System.out.printf("network emulated: %.0f kbit/s each way, %.0f ms round trip%n", network[0], network[1]);
            }
            List<double[]> runs = new ArrayList<>();
            List<double[]> work = new ArrayList<>();
            for (int i = 0; i < loads + 3; i++) {
                page.navigate(url);
                page.waitForFunction("(name) => performance.getEntriesByName(name).length > 0", readyMark);
                double[] after = metrics(cdp);
                page.waitForFunction("(name) => performance.getEntriesByName(name + ':frame').length > 0", readyMark);
                List<?> t = (List<?>) page.evaluate(TIMINGS);
                double[] values = t.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
                if (i >= 3) {
                    runs.add(values);
                    // the counters start again with each new document, so what they hold now is this load's
                    work.add(after.clone());
                }
            }
            int ready = readyMark.equals("jm:editor-ready") ? 4 : 3;
            double[] afterHtml = runs.stream().mapToDouble(r -> r[ready] - r[1]).sorted().toArray();
            double[] afterDcl = runs.stream().mapToDouble(r -> r[ready] - r[2]).sorted().toArray();
            double[] frame = runs.stream().filter(r -> r[ready + 2] >= 0).mapToDouble(r -> r[ready + 2] - r[1]).sorted().toArray();
            double[] fromNavigation = runs.stream().mapToDouble(r -> r[ready]).sorted().toArray();
            double[] html = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
            double[] dcl = runs.stream().mapToDouble(r -> r[2] - r[1]).sorted().toArray();
            System.out.printf("%s (%s), %d loads of a %d-touchpoint map:%n", user, readyMark, runs.size(), TOUCHPOINTS);
            double[] wire = runs.stream().mapToDouble(r -> r[7]).sorted().toArray();
            double[] body = runs.stream().mapToDouble(r -> r[8]).sorted().toArray();
            double[] decoded = runs.stream().mapToDouble(r -> r[9]).sorted().toArray();
            System.out.printf("  the page: %,.0f bytes on the wire (body %,.0f), %,.0f decoded (medians)%n",
                    percentile(wire, 50), percentile(body, 50), percentile(decoded, 50));
            double[] firstByte = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
            System.out.printf("  navigation -> first byte (responseStart):  median %.0f ms, p90 %.0f ms%n",
                    percentile(firstByte, 50), percentile(firstByte, 90));
            System.out.printf("  navigation -> HTML received (responseEnd): median %.0f ms, p90 %.0f ms%n",
                    percentile(html, 50), percentile(html, 90));
            System.out.printf("  HTML received -> DOMContentLoaded end:      median %.0f ms, p90 %.0f ms%n",
                    percentile(dcl, 50), percentile(dcl, 90));
            System.out.printf("  HTML received -> %-16s:          median %.0f ms, p90 %.0f ms, max %.0f ms%n", readyMark,
                    percentile(afterHtml, 50), percentile(afterHtml, 90), afterHtml[afterHtml.length - 1]);
            System.out.printf("  navigation -> %-16s:             median %.0f ms, p90 %.0f ms%n", readyMark,
                    percentile(fromNavigation, 50), percentile(fromNavigation, 90));
            System.out.printf("  DOMContentLoaded end -> %-16s:   median %.0f ms, p90 %.0f ms%n", readyMark,
                    percentile(afterDcl, 50), percentile(afterDcl, 90));
            if (ready == 4) {
                // the editor's own start: waiting for the map's read (none when the page carries it) and decorating
                double[] start = runs.stream().mapToDouble(r -> r[4] - r[3]).sorted().toArray();
                System.out.printf("  jm:maps-enhanced -> jm:editor-ready:        median %.0f ms, p90 %.0f ms%n",
                        percentile(start, 50), percentile(start, 90));
            }
            if (frame.length > 0) {
                System.out.printf("  HTML received -> first frame after the mark rendered: median %.0f ms, p90 %.0f ms (%d loads)%n",
                        percentile(frame, 50), percentile(frame, 90), frame.length);
            }
            StringBuilder line = new StringBuilder("  renderer main-thread work per load, navigation -> ready (CDP Performance.getMetrics), median:");
            for (int k = 0; k < METRICS.size(); k++) {
                int index = k;
                double[] sorted = work.stream().mapToDouble(w -> w[index]).sorted().toArray();
                boolean count = METRICS.get(k).endsWith("Count");
                line.append(String.format(count ? " %s %.0f;" : " %s %.0f ms;", METRICS.get(k),
                        count ? percentile(sorted, 50) : percentile(sorted, 50) * 1000));
            }
            System.out.println(line);
        }
    }

    /** The renderer's cumulative main-thread counters (seconds, or counts) that split a load into its phases. */
    static final List<String> METRICS = List.of("TaskDuration", "ScriptDuration", "RecalcStyleDuration",
            "LayoutDuration", "RecalcStyleCount", "LayoutCount");

    private static double[] metrics(CDPSession cdp) {
        JsonArray list = cdp.send("Performance.getMetrics").getAsJsonArray("metrics");
        double[] values = new double[METRICS.size()];
        for (JsonElement element : list) {
            JsonObject metric = element.getAsJsonObject();
            int index = METRICS.indexOf(metric.get("name").getAsString());
            if (index >= 0) {
                values[index] = metric.get("value").getAsDouble();
            }
        }
        return values;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void bundle(BenchServer server) throws Exception {
        BenchServer.Client client = new BenchServer.Client(server.baseUri());
        long raw = 0;
        long gzipped = 0;
        for (String asset : List.of("static/journeymaps.js", "static/journeymaps.css")) {
            HttpResponse<byte[]> response = client.getBytes(asset);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(asset + " answered " + response.statusCode()
                        + "; build without -Dnpm.skip so the bundle exists");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(response.body());
            }
            HttpResponse<byte[]> served = client.getBytes(asset, "Accept-Encoding", "gzip");
            boolean gzipSent = served.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
            System.out.printf("%s: %,d bytes, %,d gzipped here; the server sends %,d bytes%s%n", asset,
                    response.body().length, out.size(), served.body().length, gzipSent ? " gzipped" : " (not gzipped)");
            raw += response.body().length;
            gzipped += out.size();
        }
        System.out.printf("bundle JS + CSS: %,d bytes, %,d gzipped%n", raw, gzipped);
    }
}
