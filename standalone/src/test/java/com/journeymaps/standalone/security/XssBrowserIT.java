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
 * compare, the editor, the persona page, the persona API, the exports and the comments panel (opened on
 * touchpoints whose threads hold the payloads as comment text). Every payload would call
 * {@code window.__xss(n)} if it ran; the hook counts calls, and a listener records CSP violations.
 *
 * <p><b>Adding an input channel</b>: add one {@link Channel} to {@link #CHANNELS}; it receives the
 * payload batch and says which page paths show it (and may register what to do on a path once loaded,
 * in {@link #interactions}, e.g. open a panel).
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
    static final List<Channel> CHANNELS = List.of(new MapFieldsChannel(), new CsvCellsChannel(), new PersonaFieldsChannel(),
            new PageSourceChannel(), new CommentsChannel());

    /** What to do on a path once it has loaded (e.g. open the comments panel), before the hook is read. */
    final Map<String, java.util.function.Consumer<Page>> interactions = new java.util.HashMap<>();

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
        int showingPayloads = 0;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(fixture.server.baseUri().toString()));
            String session = emma.cookie("JOURNEYMAPS_SESSION").orElseThrow().getValue();
            context.addCookies(List.of(new Cookie("JOURNEYMAPS_SESSION", session).setDomain("127.0.0.1").setPath("/")));
            context.addInitScript(HOOK);
            // Control: the hook does see payloads that run (here, unescaped on a page without our CSP).
            Page control = context.newPage();
            control.setContent("<img src=x onerror=window.__xss('control')><svg onload=window.__xss('control')></svg>");
            control.waitForTimeout(200);
            assertThat((List<?>) control.evaluate("() => window.__xssCalls")).as("the hook records running payloads").isNotEmpty();
            control.close();
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
                java.util.function.Consumer<Page> interaction = interactions.get(path);
                if (interaction != null) {
                    interaction.accept(page);
                }
                page.mouse().move(200, 200);
                page.waitForTimeout(50);
                views++;
                @SuppressWarnings("unchecked")
                List<Object> calls = (List<Object>) page.evaluate("() => window.__xssCalls || []");
                @SuppressWarnings("unchecked")
                List<Object> csp = (List<Object>) page.evaluate("() => window.__cspViolations || []");
                calls.forEach(call -> executions.add(path + ": payload " + call));
                if (Boolean.TRUE.equals(page.evaluate("() => document.body != null && document.body.innerText.includes('__xss(')"))) {
                    showingPayloads++;
                }
                csp.forEach(v -> violations.add(path + ": " + v));
                page.close();
            }
            browser.close();
        }
        System.out.println("XssBrowserIT: " + payloads.size() + " payloads x " + CHANNELS.size() + " channel(s), " + views
                 + " views opened in Chromium (" + downloads + " of them downloads, " + showingPayloads + " showing payloads as text), " + executions.size() + " script executions, " + violations.size() + " CSP violations");
        assertThat(showingPayloads).as("views that show payloads as text (so the payloads did reach the views)")
                .isGreaterThan(views / 2);
        assertThat(executions).as("payloads that ran").isEmpty();
        assertThat(violations).as("CSP violations (a blocked injection attempt is one too)").isEmpty();
    }

    /** Payloads as text, attribute values and parameters of a new page's storage format, its title included. */
    static final class PageSourceChannel implements Channel {
        @Override
        public String name() {
            return "page title, page source and macro parameters";
        }

        @Override
        public List<String> store(XssBrowserIT test, List<String> payloads) throws Exception {
            List<String> paths = new ArrayList<>();
            int next = 0;
            for (int round = 0; round < 4; round++) {
                String csrf = test.emma.sessionCsrf();
                HttpResponse<String> created = test.emma.send("POST", "spaces/DEMO/create", SecClient.form(Map.of(
                        "title", payloads.get(next++) + " " + round, "blueprint", "blank", "template", "b2c", "csrf", csrf)),
                        "Content-Type", "application/x-www-form-urlencoded");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
                String page = created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/pages/", "pages/");
                StringBuilder body = new StringBuilder();
                for (int i = 0; i < 12 && next < payloads.size(); i++) {
                    String p = payloads.get(next++);
                    String x = xml(p);
                    body.append("<p>").append(x).append("</p>")
                            .append("<p><a href=\"").append(x).append("\">link</a></p>")
                            .append("<ac:link><ri:page ri:content-title=\"").append(x).append("\"/></ac:link>")
                            .append("<ac:image><ri:url ri:value=\"").append(x).append("\"/></ac:image>")
                            .append("<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">").append(x)
                            .append("</ac:parameter><ac:rich-text-body><p>").append(x).append("</p></ac:rich-text-body></ac:structured-macro>")
                            .append("<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[")
                            .append(p.replace("]]>", "]]]]><![CDATA[>")).append("]]></ac:plain-text-body></ac:structured-macro>");
                }
                int n = next;
                body.append("<p><script>window.__xss('raw-script-").append(n).append("')</script></p>")
                        .append("<p><img src=\"x\" onerror=\"window.__xss('raw-img-").append(n).append("')\"/></p>")
                        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.__xss('raw-svg-").append(n).append("')\"/>")
                        .append("<p style=\"background:url(javascript:window.__xss('raw-style-").append(n).append("'))\">s</p>")
                        .append("<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">")
                        .append(xml(payloads.get(next++))).append("</ac:parameter><ac:plain-text-body><![CDATA[")
                        .append(SecurityFixture.sampleMap()).append("]]></ac:plain-text-body></ac:structured-macro>");
                String edit = page + "/edit";
                String form = test.emma.get(edit).body();
                String base = org.jsoup.Jsoup.parse(form).selectFirst("input[name=baseVersion]").val();
                HttpResponse<String> saved = test.emma.send("POST", edit, SecClient.form(Map.of("body", body.toString(),
                        "baseVersion", base, "csrf", test.emma.sessionCsrf())), "Content-Type", "application/x-www-form-urlencoded");
                // The editor may refuse a source it cannot store (it then shows the source back in the editor: a view too).
                paths.add(page);
                paths.add(edit);
                if (saved.statusCode() != 303) {
                    System.out.println("XssBrowserIT page source round " + round + " refused by the editor: " + saved.statusCode());
                }
                paths.add(page + "/history");
            }
            paths.add("");
            return paths;
        }
    }

    /** Every free-text persona field of the persona linked from the open map (its card shows them there). */
    static final class PersonaFieldsChannel implements Channel {
        @Override
        public String name() {
            return "persona fields";
        }

        @Override
        public List<String> store(XssBrowserIT test, List<String> payloads) throws Exception {
            long persona = test.fixture.openPersonaPage;
            int next = payloads.size() / 3;
            ObjectNode json = JSON.createObjectNode();
            for (String field : List.of("name", "role", "segment", "quote", "demographics")) {
                json.put(field, payloads.get(next++ % payloads.size()));
            }
            for (String list : List.of("goals", "needs", "motivations", "behaviours", "painPoints", "channels")) {
                var array = json.putArray(list);
                for (int i = 0; i < 3; i++) {
                    array.add(payloads.get(next++ % payloads.size()));
                }
            }
            String body = "<p>" + xml(payloads.get(next++ % payloads.size())) + "</p>"
                    + new com.journeymaps.core.storage.StorageFormatCodec().insert("", 0,
                            com.journeymaps.core.storage.MacroSpec.persona("persona-maya", JSON.writeValueAsString(json)));
            String edit = "pages/" + persona + "/edit";
            String base = org.jsoup.Jsoup.parse(test.emma.get(edit).body()).selectFirst("input[name=baseVersion]").val();
            HttpResponse<String> saved = test.emma.send("POST", edit, SecClient.form(Map.of("body", body, "baseVersion", base,
                    "csrf", test.emma.sessionCsrf())), "Content-Type", "application/x-www-form-urlencoded");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
            return List.of("pages/" + persona, "pages/" + test.fixture.openPage, "pages/" + persona + "/history",
                    SecClient.REST + "/personas/" + persona, SecClient.REST + "/personas?q=Maya");
        }
    }

    /**
     * Payloads as comment text (first comments and replies, spread over four touchpoints of the open map),
     * then each touchpoint's comments panel opened in the browser; payloads as item ids are refused (422,
     * nothing stored) and their refusals and item queries are opened too.
     */
    static final class CommentsChannel implements Channel {
        private static final String PANEL = "aside.jm-comments[role=dialog]";

        @Override
        public String name() {
            return "comments";
        }

        @Override
        public List<String> store(XssBrowserIT test, List<String> payloads) throws Exception {
            long pageId = test.fixture.openPage;
            String mapPath = SecClient.REST + "/pages/" + pageId + "/maps/" + SecurityFixture.OPEN_MAP;
            String comments = mapPath + "/comments";
            JsonNode touchpoints = JSON.readTree(test.emma.get(mapPath).body()).get("map").get("touchpoints");
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 4 && i < touchpoints.size(); i++) {
                items.add(touchpoints.get(i).get("id").asText());
            }
            Map<String, Long> lastRoot = new java.util.HashMap<>();
            for (int i = 0; i < payloads.size(); i++) {
                String item = items.get(i % items.size());
                ObjectNode body = JSON.createObjectNode().put("itemId", item).put("text", payloads.get(i));
                if (i % 3 == 2 && lastRoot.containsKey(item)) {
                    body.put("parentId", lastRoot.get(item));
                }
                HttpResponse<String> added = test.emma.send("POST", comments, body.toString(),
                        "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
                assertThat(added.statusCode()).as("comment #" + i + ": " + added.body()).isEqualTo(201);
                if (!body.has("parentId")) {
                    lastRoot.put(item, JSON.readTree(added.body()).get("id").asLong());
                }
            }
            int stored = JSON.readTree(test.emma.get(comments).body()).get("threads").size();
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i += 25) {
                HttpResponse<String> refused = test.emma.send("POST", comments,
                        JSON.createObjectNode().put("itemId", payloads.get(i)).put("text", "On a hostile item").toString(),
                        "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
                assertThat(refused.statusCode()).as("a payload as item id: " + refused.body()).isEqualTo(422);
                assertThat(refused.body()).contains("/itemId");
                if (i % 100 == 0) {
                    paths.add(comments + "?item=" + java.net.URLEncoder.encode(payloads.get(i), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            assertThat(JSON.readTree(test.emma.get(comments).body()).get("threads").size())
                    .as("refused comments are not stored").isEqualTo(stored);
            for (String item : items) {
                // A query string of its own per touchpoint, so the interaction knows which card to open.
                String path = "pages/" + pageId + "?comments=" + item;
                paths.add(path);
                test.interactions.put(path, page -> {
                    page.locator("section.jm-map[data-jm-enhanced=true]").waitFor();
                    var card = page.locator("article.jm-card[data-jm-touchpoint-id=\"" + item + "\"]");
                    card.focus();
                    page.keyboard().press(" ");
                    page.locator(PANEL).waitFor();
                    page.locator(PANEL + " li.jm-comment").first().waitFor();
                    int shown = page.locator(PANEL + " li.jm-comment").count();
                    assertThat(shown).as("comments shown in the panel of " + item).isGreaterThan(payloads.size() / items.size() / 2);
                });
            }
            paths.add(comments);
            paths.add(mapPath + "/comments/counts");
            return paths;
        }
    }

    /** Payloads in every free-text CSV cell of an import (new touchpoints), applied to the open map. */
    static final class CsvCellsChannel implements Channel {
        @Override
        public String name() {
            return "CSV cells";
        }

        @Override
        public List<String> store(XssBrowserIT test, List<String> payloads) throws Exception {
            String mapPath = SecClient.REST + "/pages/" + test.fixture.openPage + "/maps/" + SecurityFixture.OPEN_MAP;
            JsonNode read = JSON.readTree(test.emma.get(mapPath).body());
            String stage = read.get("map").get("stages").get(0).get("id").asText();
            StringBuilder csv = new StringBuilder("id,stage id,name,description,action,thought,owner,pain points\r\n");
            int next = payloads.size() / 2;
            for (int row = 0; row < 20; row++) {
                csv.append("csv-x").append(row).append(',').append(stage);
                for (int c = 0; c < 5; c++) {
                    csv.append(',').append(cell(payloads.get(next++ % payloads.size())));
                }
                csv.append(',').append(cell("high | " + payloads.get(next++ % payloads.size()))).append("\r\n");
            }
            HttpResponse<String> imported = test.emma.send("POST", mapPath + "/import?baseVersion=" + read.get("pageVersion").asInt(),
                    csv.toString(), "Content-Type", "text/csv", "X-Atlassian-Token", "no-check");
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            return List.of("pages/" + test.fixture.openPage, mapPath + "/export.csv", mapPath + "/html?mode=static");
        }

        private static String cell(String value) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
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
