package com.journeymaps.standalone.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.standalone.render.ClosureTemplateRenderer;
import com.journeymaps.standalone.render.RequestTexts;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Storage format through StorageView and the real page templates (Google Soy). */
class StorageViewTest {

    private static final ClosureTemplateRenderer RENDERER = new ClosureTemplateRenderer(new RequestTexts());
    private final StorageView target = new StorageView(new MacroRenderService(RENDERER),
            title -> "Research".equals(title) ? Optional.of(42L) : Optional.empty());

    private Document render(String storage) {
        StorageView.View view = target.view(storage, OutputMode.INTERACTIVE);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodes", view.nodes());
        return Jsoup.parseBodyFragment(RENDERER.render("JourneyMaps.Standalone.Page.nodes", data));
    }

    @Test
    void commonElements_renderAsTheirHtml() {
        Document html = render("<h1>Title &amp; more</h1><p>Hello&nbsp;<strong>world</strong></p>"
                + "<table><tbody><tr><th colspan=\"2\">H</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>"
                + "<ul><li>one</li></ul><p><a href=\"https://example.com/x\">ext</a></p>");

        assertThat(html.select("h2").text()).isEqualTo("Title & more");
        assertThat(html.select("p strong").text()).isEqualTo("world");
        assertThat(html.select("th[colspan=2]")).hasSize(1);
        assertThat(html.select("td")).hasSize(2);
        assertThat(html.select("ul li").text()).isEqualTo("one");
        assertThat(html.select("a[href=https://example.com/x]").text()).isEqualTo("ext");
    }

    @Test
    void confluenceStructures_renderReadably() {
        Document html = render("<ac:link><ri:page ri:content-title=\"Research\" /></ac:link>"
                + "<ac:link><ri:page ri:content-title=\"Missing\" /></ac:link>"
                + "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">Note</ac:parameter>"
                + "<ac:rich-text-body><p>Inside</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[if (a < b) { x(); }]]></ac:plain-text-body></ac:structured-macro>"
                + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"
                + "<ac:task-body>Ship it</ac:task-body></ac:task></ac:task-list>"
                + "<ac:layout><ac:layout-section><ac:layout-cell><p>Cell</p></ac:layout-cell></ac:layout-section></ac:layout>"
                + "<p><ac:emoticon ac:name=\"smile\" /></p>"
                + "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">X-1</ac:parameter></ac:structured-macro>");

        assertThat(html.select("a[href=/pages/42]").text()).isEqualTo("Research");
        assertThat(html.select(".jm-page__missing-link").text()).isEqualTo("Missing");
        assertThat(html.select("aside.jm-page__panel--info").text()).contains("Note").contains("Inside");
        assertThat(html.select("pre code").text()).isEqualTo("if (a < b) { x(); }");
        assertThat(html.select(".jm-page__task--done").text()).contains("Ship it");
        assertThat(html.select(".jm-page__layout-cell p").text()).isEqualTo("Cell");
        assertThat(html.select("p").text()).contains("\uD83D\uDE42");
        assertThat(html.select(".jm-page__unsupported").text()).contains("macro jira");
    }

    @Test
    void journeyMapMacro_rendersThroughTheMacroPath() {
        StorageView.View view = target.view("<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">jm-1</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[]]></ac:plain-text-body></ac:structured-macro>", OutputMode.INTERACTIVE);

        assertThat(view.hasMap()).isTrue();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodes", view.nodes());
        Element map = Jsoup.parseBodyFragment(RENDERER.render("JourneyMaps.Standalone.Page.nodes", data)).selectFirst("[data-jm-map-id]");
        assertThat(map).isNotNull();
        assertThat(map.attr("data-jm-map-id")).isEqualTo("jm-1");
    }

    @Test
    void hostileStorage_neverReachesTheBrowserAsMarkup() throws IOException {
        String hostile = "<script>alert(1)</script><p onclick=\"alert(2)\">x<img src=x onerror=alert(3)></p>"
                + "<a href=\"javascript:alert(4)\">js</a><iframe src=\"https://evil.example\"></iframe>"
                + "<ac:image><ri:url ri:value=\"javascript:alert(5)\" /></ac:image>"
                + "<ac:link><ri:url ri:value=\"data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;\" /><ac:plain-text-link-body><![CDATA[d]]></ac:plain-text-link-body></ac:link>"
                + "<svg onload=\"alert(7)\"><script>alert(8)</script></svg><p>&lt;script&gt;alert(9)&lt;/script&gt;</p>"
                + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[</pre><script>alert(10)</script>]]></ac:plain-text-body></ac:structured-macro>";

        Document html = render(hostile);

        assertThat(html.select("script, iframe, svg, img, object, embed")).isEmpty();
        assertThat(html.getAllElements()).allSatisfy(element -> element.attributes().forEach(attribute ->
                assertThat(attribute.getKey()).doesNotStartWith("on")));
        assertThat(html.select("a[href]").eachAttr("href")).allSatisfy(href ->
                assertThat(href).matches("^(https?:|mailto:|/pages/|about:invalid).*"));
        assertThat(html.select("pre code").text()).isEqualTo("</pre><script>alert(10)</script>");
    }

    @Test
    void deepNesting_isFlattenedInsteadOfOverflowing() {
        String deep = "<div>".repeat(5_000) + "deep" + "</div>".repeat(5_000);

        assertThat(render(deep).text()).contains("deep");
    }

    @Test
    void theCodecCorpus_rendersWithoutErrors() throws IOException {
        // The corpus of realistic storage pages lives in core's test-jar.
        for (String name : new String[] {"copied-macro.storage", "customer-onboarding.storage", "international.storage", "persona-page.storage", "release-notes-no-maps.storage", "retro-tables.storage", "two-column-layout.storage", "windows-export-crlf.storage", "workshop-with-code-and-expand.storage"}) {
            try (InputStream in = getClass().getResourceAsStream("/storage/" + name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(render(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text()).as(name).isNotBlank();
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "span \"{0}\" -> \"{1}\"")
    @org.junit.jupiter.params.provider.CsvSource(value = {"1,1", "9,9", "10,10", "99,99", "'',''", "0,''", "01,''",
            "100,''", "1a,''", "a1,''", "' 1',''", "-1,''", "\u0661,''", "2\u0660,''", "1.5,''"}, emptyValue = "")
    void span_keepsOneToNinetyNineAsWrittenAndDropsAnythingElse(String value, String expected) {
        assertThat(StorageView.span(value)).isEqualTo(expected);
    }
}
