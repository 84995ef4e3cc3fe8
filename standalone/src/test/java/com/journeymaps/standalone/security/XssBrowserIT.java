package com.journeymaps.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.standalone.security.SecurityFixture.Caller;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile payloads ({@link #payloads()}, at least 500) through every free-text map field, saved over
 * the REST API in batches (each batch a page version), then every view of the standalone server opened
 * in headless Chromium: the page view (grid, curve, persona cards), every old version, history,
 * compare, the editor, the persona page and the exports. Every payload would call
 * {@code window.__xss(n)} if it ran; the hook counts calls, and a listener records CSP violations.
 *
 * <p><b>Adding an input channel</b> (e.g. comments): add one {@link Channel} to {@link #CHANNELS}; it
 * receives the payload batch and says which page paths show it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String HOOK = """
            window.__xssCalls = [];
            window.__xss = function (n) { window.__xssCalls.push(String(n)); };
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
            });
            """;

    /** A way hostile text gets into the product, and the paths that show it afterwards. */
    interface Channel {
        String name();

        /** Stores the payloads; returns the paths (relative to the server) that render them. */
        List<String> store(XssBrowserIT test, List<String> payloads) throws Exception;
    }

    /** Every channel; a new input channel is one more entry here. */
    static final List<Channel> CHANNELS = List.of(new MapFieldsChannel());

    private SecurityFixture fixture;
    private SecClient emma;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        fixture = SecurityFixture.start(data);
        emma = SecClient.as(fixture.server.baseUri(), Caller.EDITOR);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static List<String> payloads() {
        String[] vectors = {
            "<script>window.__xss(%d)</script>",
            "<img src=x onerror=window.__xss(%d)>",
            "<svg onload=window.__xss(%d)>",
            "<svg><script>window.__xss(%d)</script></svg>",
            "\"><script>window.__xss(%d)</script>",
            "'><img src=x onerror=window.__xss(%d)>",
            "javascript:window.__xss(%d)",
            "data:text/html,<script>window.__xss(%d)</script>",
            "<a href=\"javascript:window.__xss(%d)\">x</a>",
            "<iframe srcdoc=\"<script>parent.__xss(%d)</script>\"></iframe>",
            "<body onload=window.__xss(%d)>",
            "<details open ontoggle=window.__xss(%d)>",
            "&lt;script&gt;window.__xss(%d)&lt;/script&gt;",
            "&#60;script&#62;window.__xss(%d)&#60;/script&#62;",
            "{{constructor.constructor('window.__xss(%d)')()}}",
            "${window.__xss(%d)}",
            "{call .x}{/call}{window.__xss(%d)}",
            "{literal}<script>window.__xss(%d)</script>{/literal}",
            "]]><script>window.__xss(%d)</script>",
            "</textarea><script>window.__xss(%d)</script>",
            "</title><script>window.__xss(%d)</script>",
            "<style>@import 'javascript:window.__xss(%d)';</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss(%d)>",
            "\" onmouseover=\"window.__xss(%d)\" x=\"",
            "' onfocus='window.__xss(%d)' autofocus='",
        };
        List<String> payloads = new ArrayList<>();
        int n = 0;
        while (payloads.size() < 525) {
            for (String vector : vectors) {
                payloads.add(vector.formatted(n++));
            }
        }
        return payloads;
    }

    @Test
    void noPayloadRunsInAnyView() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("Debian's chromium at " + CHROMIUM + " (apt-get install -y chromium)").isTrue();
        List<String> payloads = payloads();
        List<String> paths = new ArrayList<>();
        for (Channel channel : CHANNELS) {
            paths.addAll(channel.store(this, payloads));
        }
        List<String> executions = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        int views = 0;
        int downloads = 0;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(fixture.server.baseUri().toString()));
            String session = emma.cookie("JOURNEYMAPS_SESSION").orElseThrow().getValue();
            context.addCookies(List.of(new Cookie("JOURNEYMAPS_SESSION", session).setDomain("127.0.0.1").setPath("/")));
            context.addInitScript(HOOK);
            for (String path : paths) {
                Page page = context.newPage();
                try {
                    page.navigate("/" + path);
                } catch (com.microsoft.playwright.PlaywrightException e) {
                    if (!String.valueOf(e.getMessage()).contains("Download")) {
                        throw e;
                    }
                    // Served as a download: the browser saves it and renders nothing. Check it cannot be sniffed as HTML.
                    HttpResponse<String> download = emma.get(path);
                    assertThat(download.headers().firstValue("Content-Type").orElse("")).as(path).doesNotContain("html");
                    assertThat(download.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
                    downloads++;
                    page.close();
                    continue;
                }
                page.waitForLoadState();
                page.mouse().move(200, 200);
                page.waitForTimeout(50);
                views++;
                @SuppressWarnings("unchecked")
                List<Object> calls = (List<Object>) page.evaluate("() => window.__xssCalls || []");
                @SuppressWarnings("unchecked")
                List<Object> csp = (List<Object>) page.evaluate("() => window.__cspViolations || []");
                calls.forEach(call -> executions.add(path + ": payload " + call));
                csp.forEach(v -> violations.add(path + ": " + v));
                page.close();
            }
            browser.close();
        }
        System.out.println("XssBrowserIT: " + payloads.size() + " payloads x " + CHANNELS.size() + " channel(s), " + views
                + " views opened in Chromium (" + downloads + " of them downloads), " + executions.size() + " script executions, " + violations.size() + " CSP violations");
        assertThat(executions).as("payloads that ran").isEmpty();
        assertThat(violations).as("CSP violations (a blocked injection attempt is one too)").isEmpty();
    }

    /** Every free-text field of the map, one payload each, in batches saved as page versions. */
    static final class MapFieldsChannel implements Channel {
        @Override
        public String name() {
            return "map fields";
        }

        @Override
        public List<String> store(XssBrowserIT test, List<String> payloads) throws Exception {
            long pageId = test.fixture.openPage;
            String mapPath = SecClient.REST + "/pages/" + pageId + "/maps/" + SecurityFixture.OPEN_MAP;
            List<String> paths = new ArrayList<>();
            int next = 0;
            int firstVersion = -1;
            int lastVersion = -1;
            while (next < payloads.size()) {
                JsonNode read = JSON.readTree(test.emma.get(mapPath).body());
                int version = read.get("pageVersion").asInt();
                firstVersion = firstVersion < 0 ? version : firstVersion;
                ObjectNode map = (ObjectNode) read.get("map");
                map.put("title", payloads.get(next++ % payloads.size()));
                map.put("objective", payloads.get(next++ % payloads.size()));
                map.put("owner", payloads.get(next++ % payloads.size()));
                for (JsonNode stage : map.withArray("/stages")) {
                    for (String field : List.of("name", "goal", "description")) {
                        ((ObjectNode) stage).put(field, payloads.get(next++ % payloads.size()));
                    }
                }
                int tp = 0;
                var touchpoints = map.putArray("touchpoints");
                for (JsonNode stage : map.withArray("/stages")) {
                    for (int k = 0; k < 2; k++) {
                        ObjectNode t = touchpoints.addObject();
                        t.put("id", "tp-x" + tp++).put("stageId", stage.get("id").asText());
                        for (String field : List.of("name", "action", "thought", "owner", "description")) {
                            t.put(field, payloads.get(next++ % payloads.size()));
                        }
                    }
                }
                HttpResponse<String> saved = test.emma.send("PUT", mapPath + "?baseVersion=" + version, JSON.writeValueAsString(map),
                        "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
                lastVersion = JSON.readTree(saved.body()).get("pageVersion").asInt();
                paths.add("pages/" + pageId + "/versions/" + lastVersion);
            }
            paths.add("pages/" + pageId);
            paths.add("pages/" + pageId + "/history");
            paths.add("pages/" + pageId + "/compare?from=" + firstVersion + "&to=" + lastVersion);
            paths.add("pages/" + pageId + "/edit");
            paths.add("pages/" + test.fixture.openPersonaPage);
            paths.add(mapPath + "/export.json");
            paths.add(mapPath + "/export.csv");
            paths.add(mapPath + "/html?mode=interactive");
            paths.add(mapPath + "/history");
            return paths;
        }
    }
}
