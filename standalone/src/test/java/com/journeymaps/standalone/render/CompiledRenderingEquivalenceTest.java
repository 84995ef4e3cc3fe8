package com.journeymaps.standalone.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.template.soy.tofu.SoyTofu;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.standalone.page.StorageView;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.TemplateRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standalone renderer compiles the templates to bytecode and hands them the view model as
 * {@link LazyRecord}s; Soy's interpreter (Tofu) with Soy's own data conversion is the reference. Both
 * compile the same template files, so every output must be identical, character for character: random
 * maps of every size in both output modes and both languages, the map with every field filled with
 * hostile text, and pages holding maps (the macro's HTML embedded as trusted markup).
 */
class CompiledRenderingEquivalenceTest {

    private static final RequestTexts TEXTS = RenderFixtures.TEXTS;
    private static final TemplateRenderer COMPILED = RenderFixtures.RENDERER;
    private static final TemplateRenderer INTERPRETED = interpreter();

    static Stream<Arguments> maps() {
        return RandomJourneyMaps.seeds(40).boxed().flatMap(seed -> Stream.of(RandomJourneyMaps.Size.values())
                .filter(size -> size != RandomJourneyMaps.Size.LARGE || seed % 8 == 0)
                .map(size -> Arguments.of(seed, size)));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("maps")
    void randomMaps_renderTheSameCompiledAndInterpreted(long seed, RandomJourneyMaps.Size size) {
        System.out.println("seed " + seed + " " + size);
        String json = JourneyMapJson.write(RandomJourneyMaps.generate(seed, size));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            for (OutputMode mode : OutputMode.values()) {
                assertSame(locale, renderer -> new MacroRenderService(renderer, TEXTS, PersonaDirectory.NONE)
                        .renderJourneyMap(Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-" + seed), json, mode),
                        "seed " + seed + " " + size + " " + locale + " " + mode);
            }
        }
    }

    @Test
    void hostileTextInEveryField_rendersTheSameCompiledAndInterpreted() {
        for (String text : List.of("\"><script>alert(1)</script>", "{$x}{call .y}", "a & b < c", "\u00e4\u00f6\u00fc \uD83D\uDE00",
                "javascript:alert(1)", "")) {
            JourneyMap map = RenderFixtures.everyField(text, "https://example.com/?q=" + text);
            String json = JourneyMapJson.write(map);
            for (OutputMode mode : OutputMode.values()) {
                assertSame(Locale.ENGLISH, renderer -> new MacroRenderService(renderer, TEXTS, PersonaDirectory.NONE)
                        .renderJourneyMap(Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-x"), json, mode), text + " " + mode);
            }
        }
    }

    @Test
    void textsLongerThanAnOutputPiece_renderTheSameCompiledAndInterpreted() {
        // The compiled renderer writes in pieces of 16,384 characters (ClosureTemplateRenderer.Output) and joins
        // them at the end: a text across pieces, with characters beyond Latin-1, a surrogate pair and characters
        // to escape, must come out whole and in order.
        String text = "\u00e4\u20ac\uD83D\uDE00 <&> ".repeat(200);
        String json = JourneyMapJson.write(RenderFixtures.everyField(text, "https://example.com/x"));
        for (OutputMode mode : OutputMode.values()) {
            String html = new MacroRenderService(COMPILED, TEXTS, PersonaDirectory.NONE)
                    .renderJourneyMap(Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-long"), json, mode);
            assertThat(html).as("a map, not an error panel").contains("class=\"jm-grid\"")
                    .contains("\u00e4\u20ac\uD83D\uDE00 &lt;&amp;&gt; \u00e4");
            assertThat(html.length()).isGreaterThan(3 * 16_384);
            assertSame(Locale.ENGLISH, renderer -> new MacroRenderService(renderer, TEXTS, PersonaDirectory.NONE)
                    .renderJourneyMap(Map.of(MacroRenderService.MAP_ID_PARAMETER, "jm-long"), json, mode), "long " + mode);
        }
    }

    @Test
    void pagesHoldingMaps_renderTheSameCompiledAndInterpreted() {
        String json = JourneyMapJson.write(RandomJourneyMaps.generate(3, RandomJourneyMaps.Size.MEDIUM));
        String storage = "<h1>Title &amp; more</h1><p>Before <strong>the</strong> map</p>"
                + "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\"><ac:parameter ac:name=\"map-id\">jm-a"
                + "</ac:parameter><ac:plain-text-body><![CDATA[" + json + "]]></ac:plain-text-body></ac:structured-macro>"
                + "<table><tbody><tr><th colspan=\"2\">H</th></tr><tr><td>1</td><td><em>2</em></td></tr></tbody></table>"
                + "<ac:layout><ac:layout-section><ac:layout-cell><p>Cell</p></ac:layout-cell></ac:layout-section></ac:layout>";
        assertSame(Locale.ENGLISH, renderer -> {
            StorageView view = new StorageView(new MacroRenderService(renderer, TEXTS, PersonaDirectory.NONE),
                    title -> Optional.empty());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("nodes", view.view(storage, OutputMode.INTERACTIVE).nodes());
            return renderer.render("JourneyMaps.Standalone.Page.nodes", data);
        }, "page");
    }

    private static void assertSame(Locale locale, java.util.function.Function<TemplateRenderer, String> render,
                                   String what) {
        TEXTS.set(locale);
        try {
            String interpreted = render.apply(INTERPRETED);
            String compiled = render.apply(COMPILED);
            assertThat(interpreted).as(what).isNotBlank();
            assertThat(compiled).as(what).isEqualTo(interpreted);
        } finally {
            TEXTS.clear();
        }
    }

    /** Soy's interpreter over the same template files, with Soy's own conversion of the data. */
    private static TemplateRenderer interpreter() {
        SoyTofu tofu = ClosureTemplateRenderer.Templates.parse(TEXTS, ClosureTemplateRenderer.PLAIN_ASSET_URLS,
                CompiledRenderingEquivalenceTest.class.getClassLoader())
                .files().compileToTofu();
        return (template, data) -> tofu.newRenderer(template).setData(data).render();
    }
}
