package com.journeymaps.standalone.render;

import static com.journeymaps.standalone.render.RenderFixtures.RENDERER;
import static com.journeymaps.standalone.render.RenderFixtures.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.MapPage;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile strings in every string field of a map, of the persona pages it links and of a persona
 * page's own macro, rendered through Google's Soy: none may come out as markup. Each payload is
 * also used as every link (issue, evidence, photo, page addresses from the host).
 */
class XssRenderingTest {

    /** What a link in our output may be: http(s), mailto, a fragment, a host path, or Soy's replacement. */
    private static final Pattern SAFE_LINK = Pattern.compile(
            "^(https?://|mailto:|#|/(?!/)|about:invalid#zSoyz).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "\"><script>alert(document.cookie)</script>",
            "'><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</style><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=javascript:alert(1)>",
            "<body onload=alert(1)>",
            "<div onmouseover=\"alert(1)\">x</div>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=javascript&colon;alert(1)>x</a>",
            "<form action=javascript:alert(1)><button>x</button></form>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=alert(1)></video>",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=javascript:alert(1)>",
            "<style>*{background:url(javascript:alert(1))}</style>",
            "\" onmouseover=\"alert(1)",
            "' onmouseover='alert(1)",
            "\" autofocus onfocus=alert(1) x=\"",
            "` onmouseover=alert(1) `",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java&#x09;script:alert(1)",
            "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "data:image/svg+xml,<svg onload=alert(1)>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "\\\\evil.example\\x",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&amp;lt;script&amp;gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "\u003cscript\u003ealert(1)\u003c/script\u003e",
            "]]><script>alert(1)</script>",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<!--<script>alert(1)</script>-->",
            "--><script>alert(1)</script>",
            "{$x}",
            "{{7*7}}",
            "${7*7}",
            "#{7*7}",
            "{call .x /}{print 1}",
            "{literal}<script>alert(1)</script>{/literal}",
            "<%= 7*7 %>",
            "{{constructor.constructor('alert(1)')()}}",
            "\u202e<script>alert(1)</script>",
            "\u0000<script>alert(1)</script>",
            "x\" style=\"background:url(javascript:alert(1))",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>",
            "<xmp><script>alert(1)</script></xmp>",
            "mailto:x@example.com?body=<script>alert(1)</script>");

    static Stream<String> payloads() {
        return PAYLOADS.stream();
    }

    static Stream<Arguments> payloadsAndModes() {
        return PAYLOADS.stream().flatMap(p -> Stream.of(Arguments.of(p, OutputMode.INTERACTIVE),
                Arguments.of(p, OutputMode.STATIC)));
    }

    private static MacroRenderService serviceFor(String payload) {
        Map<Long, PersonaPage> pages = Map.of(
                101L, new PersonaPage(new PageLink(101, payload, payload),
                        Optional.of(RenderFixtures.persona(payload, payload))),
                102L, new PersonaPage(new PageLink(102, payload, "/pages/102?x=" + payload), Optional.empty()));
        PersonaDirectory directory = RenderFixtures.directory(pages,
                List.of(new PageLink(5, payload, payload), new PageLink(6, payload, "/pages/6")));
        return new MacroRenderService(RENDERER, TEXTS, directory);
    }

    @ParameterizedTest
    @MethodSource("payloadsAndModes")
    void renderJourneyMap_neverEmitsMarkupFromAnyField(String payload, OutputMode mode) {
        String json = JourneyMapJson.write(RenderFixtures.everyField(payload, payload));

        String html = serviceFor(payload).renderJourneyMap(Map.of("map-id", payload), json, mode);

        assertSafe(html);
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("table.jm-grid")).hasSize(1);
        assertThat(document.select("svg.jm-curve__svg")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void renderJourneyMap_onItsPage_carriesTheMapsReadOnlyAsAnAttributeThatReadsBackWhole(String payload)
            throws Exception {
        JourneyMap map = RenderFixtures.everyField(payload, "https://example.com/issues/1");

        String html = serviceFor(payload).renderJourneyMap(Map.of("map-id", "jm-1"), JourneyMapJson.write(map),
                OutputMode.INTERACTIVE, new MapPage(7, 3, true));

        assertSafe(html);
        Element region = Jsoup.parseBodyFragment(html).selectFirst("section.jm-map--interactive");
        ObjectMapper json = new ObjectMapper();
        JsonNode read = json.readTree(MapReadJson.jsonOfPageForm(region.attr("data-jm-read")));
        assertThat(read.get("mapId").asText()).isEqualTo("jm-1");
        assertThat(read.get("map")).isEqualTo(json.readTree(JourneyMapJson.write(map)));
    }

    @ParameterizedTest
    @MethodSource("payloadsAndModes")
    void renderJourneyMap_keepsAnHttpsMapSafeWhenOnlyTheTextsAreHostile(String payload, OutputMode mode) {
        String json = JourneyMapJson.write(RenderFixtures.everyField(payload, "https://example.com/?q=\"><x"));

        String html = serviceFor(payload).renderJourneyMap(Map.of("map-id", "jm-1"), json, mode);

        assertSafe(html);
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.selectFirst("h2.jm-map__title")).isNotNull();
        assertThat(document.select("a[href^=https://example.com/]")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloadsAndModes")
    void renderJourneyMap_errorPanelShowsHostileJsonOnlyAsText(String payload, OutputMode mode) {
        String broken = "{\"schemaVersion\": 1, \"title\": \"" + payload.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\", \"stages\": [" + payload;

        String html = serviceFor(payload).renderJourneyMap(Map.of("map-id", payload), broken, mode);

        assertSafe(html);
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select(".jm-error__problem")).isNotEmpty();
        if (mode == OutputMode.INTERACTIVE) {
            assertThat(document.selectFirst("textarea.jm-error__json").wholeText())
                    .as("the stored JSON, as an HTML parser reads it (NUL becomes U+FFFD)")
                    .isEqualTo(broken.replace('\u0000', '\ufffd'));
        }
    }

    @ParameterizedTest
    @MethodSource("payloadsAndModes")
    void renderPersona_neverEmitsMarkupFromAnyField(String payload, OutputMode mode) {
        String body = "{\"name\": " + quoted(payload) + ", \"role\": " + quoted(payload) + ", \"segment\": "
                + quoted(payload) + ", \"photoUrl\": " + quoted(payload) + ", \"quote\": " + quoted(payload)
                + ", \"demographics\": " + quoted(payload) + ", \"goals\": [" + quoted(payload) + "], \"needs\": ["
                + quoted(payload) + "], \"motivations\": [" + quoted(payload) + "], \"behaviours\": ["
                + quoted(payload) + "], \"painPoints\": [" + quoted(payload) + "], \"channels\": ["
                + quoted(payload) + "]}";

        String html = serviceFor(payload).renderPersona(101L, body, mode);

        assertSafe(html);
        assertThat(Jsoup.parseBodyFragment(html).select(".jm-persona__maps li")).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("payloadsAndModes")
    void renderJourneyMap_inGermanIsJustAsSafe(String payload, OutputMode mode) {
        TEXTS.set(Locale.GERMAN);
        try {
            String json = JourneyMapJson.write(RenderFixtures.everyField(payload, payload));
            assertSafe(serviceFor(payload).renderJourneyMap(Map.of(), json, mode));
        } finally {
            TEXTS.clear();
        }
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    static void assertSafe(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, iframe, object, embed, base, meta, link, style, form, frame, frameset"))
                .as("active elements").isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
                assertThat(name).as("attribute of <%s>", element.tagName()).isNotEqualTo("style");
                if (name.equals("href") || name.equals("src") || name.equals("xlink:href") || name.equals("action")
                        || name.equals("formaction") || name.equals("data")) {
                    assertThat(attribute.getValue()).as("%s of <%s>", name, element.tagName()).matches(SAFE_LINK);
                }
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script")
                .doesNotContain("<img src=x").doesNotContain("<svg onload");
    }
}
