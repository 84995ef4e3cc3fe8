package com.journeymaps.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Issue 9, item 3: in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright, never a
 * downloaded browser), the time from navigation to an interactive grid for a page holding a map of
 * 500 touchpoints on the in-process standalone server, from the Performance API: the navigation
 * entry's {@code responseEnd} (the HTML has arrived), {@code domContentLoadedEventEnd}, and the
 * front end's marks {@code jm:maps-enhanced} (every map region enhanced: what a viewer gets) and
 * {@code jm:editor-ready} (the in-place editor has read the map and decorated the grid: what an
 * editor gets). Also the front-end bundle (JS + CSS), raw and gzipped.
 *
 * <p>Run (after {@code mvn -B -q -DskipTests package -pl bench -am}, which also writes the Playwright
 * class path): {@code java -cp "bench/target/benchmarks.jar:$(cat bench/target/browser-classpath.txt)"
 * com.journeymaps.bench.BrowserTiming [loads]} (default 20 measured page loads per role, after 3).
 */
public final class BrowserTiming {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final int TOUCHPOINTS = 500;

    private static final String TIMINGS = """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const mark = (name) => { const m = performance.getEntriesByName(name); return m.length ? m[0].startTime : -1; };
              return [nav.responseStart, nav.responseEnd, nav.domContentLoadedEventEnd,
                      mark('jm:maps-enhanced'), mark('jm:editor-ready')];
            }
            """;

    private BrowserTiming() {
    }

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("needs Debian's chromium at " + CHROMIUM + " (apt-get install -y chromium)");
        }
        long[] pageId = new long[1];
        try (BenchServer server = BenchServer.start(pages -> pageId[0] = pages.add("Browser: 500 touchpoints",
                BenchServer.mapPage("jm-browser", BenchServer.json(BenchMaps.generate(42, TOUCHPOINTS).toBuilder()
                        .id("jm-browser").build()))));
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync")))) {
            bundle(server);
            String url = server.baseUri().resolve("pages/" + pageId[0]).toString();
            measure(browser, server, url, "emma", "Emma-Demo-1", "jm:editor-ready", loads);
            measure(browser, server, url, "victor", "Victor-Demo-1", "jm:maps-enhanced", loads);
            System.out.println("drag step: not measured, the front end has no drag yet");
        }
    }

    private static void measure(Browser browser, BenchServer server, String url, String user, String password,
            String readyMark, int loads) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(server.baseUri().toString()).setViewportSize(1280, 900).setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate("login");
            page.fill("form.jm-signin input[name=username]", user);
            page.fill("form.jm-signin input[name=password]", password);
            page.click("form.jm-signin button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));
            List<double[]> runs = new ArrayList<>();
            for (int i = 0; i < loads + 3; i++) {
                page.navigate(url);
                page.waitForFunction("(name) => performance.getEntriesByName(name).length > 0", readyMark);
                List<?> t = (List<?>) page.evaluate(TIMINGS);
                double[] values = t.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
                if (i >= 3) {
                    runs.add(values);
                }
            }
            int ready = readyMark.equals("jm:editor-ready") ? 4 : 3;
            double[] afterHtml = runs.stream().mapToDouble(r -> r[ready] - r[1]).sorted().toArray();
            double[] fromNavigation = runs.stream().mapToDouble(r -> r[ready]).sorted().toArray();
            double[] html = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
            double[] dcl = runs.stream().mapToDouble(r -> r[2] - r[1]).sorted().toArray();
            System.out.printf("%s (%s), %d loads of a %d-touchpoint map:%n", user, readyMark, runs.size(), TOUCHPOINTS);
            System.out.printf("  navigation -> HTML received (responseEnd): median %.0f ms, p90 %.0f ms%n",
                    percentile(html, 50), percentile(html, 90));
            System.out.printf("  HTML received -> DOMContentLoaded end:      median %.0f ms, p90 %.0f ms%n",
                    percentile(dcl, 50), percentile(dcl, 90));
            System.out.printf("  HTML received -> %-16s:          median %.0f ms, p90 %.0f ms, max %.0f ms%n", readyMark,
                    percentile(afterHtml, 50), percentile(afterHtml, 90), afterHtml[afterHtml.length - 1]);
            System.out.printf("  navigation -> %-16s:             median %.0f ms, p90 %.0f ms%n", readyMark,
                    percentile(fromNavigation, 50), percentile(fromNavigation, 90));
        }
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
            System.out.printf("%s: %,d bytes, %,d gzipped%n", asset, response.body().length, out.size());
            raw += response.body().length;
            gzipped += out.size();
        }
        System.out.printf("bundle JS + CSS: %,d bytes, %,d gzipped%n", raw, gzipped);
    }
}
