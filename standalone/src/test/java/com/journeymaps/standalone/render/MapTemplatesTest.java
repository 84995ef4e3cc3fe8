package com.journeymaps.standalone.render;

import static com.journeymaps.standalone.render.RenderFixtures.RENDERER;
import static com.journeymaps.standalone.render.RenderFixtures.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.template.Template;
import com.journeymaps.core.template.Templates;
import com.journeymaps.core.testdata.InvalidDocuments;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders maps of every kind through Google's Soy and the real render service, and checks the
 * structure of what comes out: a table with column and row headers, captions, an SVG curve with a
 * text equivalent, the static variant without affordances, German text, and the error panel.
 */
class MapTemplatesTest {

    private final MacroRenderService target = new MacroRenderService(RENDERER, TEXTS, PersonaDirectory.NONE);

    private Document render(JourneyMap map, OutputMode mode) {
        String html = target.renderJourneyMap(Map.of("map-id", "jm-test"), JourneyMapJson.write(map), mode);
        XssRenderingTest.assertSafe(html);
        return Jsoup.parseBodyFragment(html);
    }

    static Stream<Arguments> builtInTemplates() {
        return Templates.all().stream().flatMap(t -> Stream.of(Locale.ENGLISH, Locale.GERMAN)
                .flatMap(l -> Stream.of(OutputMode.values()).map(m -> Arguments.of(t.id(), l, m))));
    }

    @ParameterizedTest
    @MethodSource("builtInTemplates")
    void builtInTemplate_rendersAnAccessibleGridInEveryLanguageAndMode(String templateId, Locale locale,
                                                                       OutputMode mode) {
        JourneyMap map = Templates.create(templateId, BundleTexts.forLocale(locale), Ids.seeded(3));
        TEXTS.set(locale);
        try {
            Document document = render(map, mode);

            assertAccessibleGrid(document, map);
            Element section = document.selectFirst("section.jm-map");
            assertThat(section.attr("data-jm-map-id")).isEqualTo("jm-test");
            assertThat(section.hasClass("jm-map--interactive")).isEqualTo(mode == OutputMode.INTERACTIVE);
            assertThat(document.selectFirst("h2.jm-map__title").text()).isEqualTo(map.title());
        } finally {
            TEXTS.clear();
        }
    }

    @Test
    void smallTestMap_rendersOneCardPerTouchpointInItsStage() {
        JourneyMap map = JourneyMapTestData.aSmallMap();

        Document document = render(map, OutputMode.INTERACTIVE);

        assertAccessibleGrid(document, map);
        Elements touchpointCells = document.select("tr.jm-grid__row--touchpoints td");
        assertThat(touchpointCells).hasSize(3);
        assertThat(touchpointCells.get(1).select("article.jm-card h4").text()).isEqualTo("2 Checkout");
        assertThat(touchpointCells.get(1).selectFirst("article.jm-card").attr("data-jm-touchpoint-id"))
                .isEqualTo(map.touchpoints().get(1).id());
    }

    static LongStream seeds() {
        return RandomJourneyMaps.seeds(60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomMap_rendersEveryTouchpointAndEveryVisibleLane(long seed) {
        JourneyMap map = RandomJourneyMaps.generate(seed, seed % 10 == 0 ? RandomJourneyMaps.Size.LARGE
                : RandomJourneyMaps.Size.MEDIUM);

        Document document = render(map, seed % 2 == 0 ? OutputMode.INTERACTIVE : OutputMode.STATIC);

        assertAccessibleGrid(document, map);
        long touchpointRows = map.lanes().stream().noneMatch(l -> l.type() == LaneType.TOUCHPOINTS) ? 1
                : map.lanes().stream().filter(l -> l.type() == LaneType.TOUCHPOINTS && l.visible()).count();
        assertThat(document.select("article.jm-card")).as("seed %d: cards in every visible touchpoint lane", seed)
                .hasSize((int) (map.touchpoints().size() * touchpointRows));
        long visibleLanes = map.lanes().stream().filter(l -> l.visible()).count()
                + (map.lanes().stream().noneMatch(l -> l.type() == LaneType.TOUCHPOINTS) ? 1 : 0);
        assertThat(document.select("table.jm-grid > tbody > tr > th[scope=row]")).as("seed %d", seed)
                .hasSize((int) visibleLanes);
    }

    @Test
    void emptyMap_saysItHasNoStagesInsteadOfAnEmptyTable() {
        JourneyMap map = JourneyMapTestData.aMap().build();

        Document document = render(map, OutputMode.INTERACTIVE);

        assertThat(document.select("table")).isEmpty();
        assertThat(document.select("svg")).isEmpty();
        assertThat(document.selectFirst(".jm-grid__empty").text()).isEqualTo("This journey map has no stages yet.");
        assertThat(document.selectFirst("h2.jm-map__title").text()).isEqualTo("Checkout journey");
    }

    @Test
    void untitledMap_getsAnUntitledHeading() {
        Document document = render(JourneyMapTestData.aMap().withTitle(null).withStages("A").build(),
                OutputMode.STATIC);

        assertThat(document.selectFirst("h2.jm-map__title").text()).isEqualTo("Untitled journey map");
    }

    @Test
    void sixtyTouchpointsInOneStage_stackInOneCellAndTheCurveDropsValueLabels() {
        JourneyMap map = RenderFixtures.sized(1, 61, "Crowded");

        Document document = render(map, OutputMode.INTERACTIVE);

        assertThat(document.select("tr.jm-grid__row--touchpoints td")).hasSize(1);
        assertThat(document.select("tr.jm-grid__row--touchpoints td article.jm-card")).hasSize(61);
        assertThat(document.select("svg.jm-curve__svg g.jm-curve__points > path")).hasSize(61);
        assertThat(document.select("svg.jm-curve__svg g.jm-curve__values")).isEmpty();
        assertThat(document.select("table.jm-curve__data tbody tr")).hasSize(61);
    }

    @Test
    void fortyStages_scrollSidewaysWithEveryStageAsAColumnHeader() {
        JourneyMap map = RenderFixtures.sized(40, 1, "Wide");

        Document document = render(map, OutputMode.INTERACTIVE);

        assertAccessibleGrid(document, map);
        Element scroll = document.selectFirst("div.jm-grid-scroll");
        assertThat(scroll.hasClass("jm-grid-scroll--wide")).isTrue();
        assertThat(scroll.attr("role")).isEqualTo("region");
        assertThat(scroll.attr("tabindex")).isEqualTo("0");
        assertThat(document.select("thead th.jm-grid__stage")).hasSize(40);
    }

    @Test
    void veryLongNames_areRenderedWhole() {
        String longName = "Ü".repeat(5000) + " " + "x".repeat(5000);
        JourneyMap map = JourneyMapTestData.aMap().withTitle(longName).withStages(longName, "Short")
                .withTouchpoint(longName, longName).build();

        Document document = render(map, OutputMode.STATIC);

        assertThat(document.selectFirst("h2.jm-map__title").text()).isEqualTo(longName);
        assertThat(document.selectFirst(".jm-grid__stage-name").text()).isEqualTo(longName);
        assertThat(document.selectFirst("article.jm-card h4 span[dir=auto]").text()).isEqualTo(longName);
    }

    @Test
    void rightToLeftText_isMarkedForTheBrowserToDetectItsDirection() {
        String hebrew = "מסע לקוח";
        String arabic = "رحلة العميل";
        JourneyMap map = JourneyMapTestData.aMap().withTitle(arabic).withStages(hebrew)
                .withTouchpoint(hebrew, arabic).build();

        Document document = render(map, OutputMode.INTERACTIVE);

        assertThat(document.selectFirst("h2.jm-map__title").attr("dir")).isEqualTo("auto");
        assertThat(document.selectFirst(".jm-grid__stage-name").attr("dir")).isEqualTo("auto");
        assertThat(document.select("[dir=auto]").eachText()).contains(hebrew, arabic);
    }

    @Test
    void everyField_appearsInTheGridWithLabelsNotOnlyColours() {
        JourneyMap map = RenderFixtures.everyField("Text", "https://example.com/x");

        Document document = render(map, OutputMode.INTERACTIVE);

        assertAccessibleGrid(document, map);
        Element card = document.select("article.jm-card").get(1);
        assertThat(card.hasClass("jm-card--mot")).isTrue();
        assertThat(card.select(".jm-card__mot").text()).isEqualTo("Moment of truth");
        assertThat(card.select(".jm-card__channel").text()).isEqualTo("Channel: Store");
        assertThat(card.select(".jm-card__channel svg[aria-hidden=true]")).hasSize(1);
        assertThat(card.select(".jm-card__fact--pain").text()).isEqualTo("Pain points: 1 (worst: Medium)");
        // the comment badge is the front end's (comments.ts), added only to cards with open comments
        assertThat(document.select(".jm-card__comments, [data-jm-comment-count]")).isEmpty();
        assertThat(document.select("article.jm-card").get(2).select(".jm-card__channel").text())
                .isEqualTo("Channel: trade-fair");
        assertThat(document.select("tr.jm-grid__row--metrics .jm-entry__value").first().text()).isEqualTo("4.2 Text");
        assertThat(document.select("tr.jm-grid__row--metrics .jm-entry__meta").first().text())
                .isEqualTo("Source: Text as of 2026-01-31");
        assertThat(document.select("tr.jm-grid__row--pain-points .jm-badge").eachText())
                .containsExactly("Severity: Low", "Severity: Medium", "Severity: High", "Severity: Critical");
        assertThat(document.select("tr.jm-grid__row--opportunities a[href]").eachAttr("href"))
                .containsOnly("https://example.com/x");
        assertThat(document.select("tr.jm-grid__row--evidence a[href]")).hasSize(8);
        assertThat(document.select("tr.jm-grid__row--emotions .jm-emotion").first().text())
                .isEqualTo("Text: Frustrated (-2)");
        assertThat(document.select("tr.jm-grid__row--emotions .jm-emotion").first().classNames())
                .containsExactlyInAnyOrder("jm-emotion", "jm-emotion--negative");
        assertThat(document.select("tr.jm-grid__row--backstage td").first().text()).isEqualTo("Text");
    }

    @Test
    void curve_isAnSvgImageWithATextEquivalentAndOneStyledSeriesPerPersona() {
        JourneyMap map = RenderFixtures.everyField("Text", "https://example.com/x");

        Document document = render(map, OutputMode.INTERACTIVE);

        Element svg = document.selectFirst("figure.jm-curve svg.jm-curve__svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        for (String id : svg.attr("aria-labelledby").split(" ")) {
            assertThat(svg.getElementById(id)).as(id).isNotNull();
        }
        assertThat(svg.selectFirst("desc").text()).contains("3 persona(s)", "4 touchpoints",
                "Lowest point: Text, Frustrated (-2)");
        Elements series = svg.select("g.jm-curve__series");
        assertThat(series).hasSize(3);
        assertThat(series.eachAttr("class")).containsExactly("jm-curve__series jm-series-0",
                "jm-curve__series jm-series-1", "jm-curve__series jm-series-2");
        Set<String> markerShapes = new HashSet<>();
        for (Element s : series) {
            assertThat(s.select("path.jm-curve__line").attr("d")).matches("[MLZ0-9. -]+");
            assertThat(s.select("g.jm-curve__points > path")).hasSize(4);
            markerShapes.add(s.selectFirst("g.jm-curve__points > path").attr("d").replaceAll("[0-9.-]+", "n"));
            assertThat(s.select("g.jm-curve__points > path title").first().text()).startsWith("Touchpoint 1, Text: Text");
            assertThat(s.select("g.jm-curve__values > text")).as("a small map labels each point with its value")
                    .hasSize(4);
        }
        assertThat(markerShapes).as("marker shapes differ, not only colours").hasSize(3);
        assertThat(series.get(0).select("path.jm-curve__dip")).hasSize(1);
        assertThat(document.select("ul.jm-curve__legend li")).hasSize(4);
        assertThat(svg.select("g.jm-curve__stages rect title").eachText()).containsExactly("Text", "Text B");
        Element table = document.selectFirst("details.jm-curve__details table.jm-curve__data");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Emotions by touchpoint");
        assertThat(table.select("thead th[scope=col]")).hasSize(6);
        assertThat(table.select("tbody th[scope=row]")).hasSize(4);
        assertThat(table.select("tbody tr").first().select("td").eachText())
                .containsExactly("1", "Text", "Frustrated (-2)", "Pleased (+1)", "Neutral (0)");
    }

    @Test
    void curve_isLeftOutWhenNoEmotionIsKnown() {
        Document document = render(JourneyMapTestData.aSmallMap(), OutputMode.INTERACTIVE);

        assertThat(document.select("svg.jm-curve__svg")).isEmpty();
    }

    @Test
    void flows_listOnlyPathsThatAreNotAPlainNextStep() {
        JourneyMap map = RenderFixtures.everyField("Text", "https://example.com/x");

        Document document = render(map, OutputMode.STATIC);

        Elements rows = document.select("table.jm-flows__table tbody tr");
        assertThat(rows.eachAttr("class")).containsExactly("jm-flows__row jm-flows__row--back",
                "jm-flows__row jm-flows__row--skip", "jm-flows__row jm-flows__row--repeat",
                "jm-flows__row jm-flows__row--switch", "jm-flows__row jm-flows__row--switch");
        assertThat(rows.get(0).select("td").get(1).text()).contains("Step back")
                .contains("Channel switch: Chat to Web");
        assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("30 %");
        assertThat(rows.get(0).selectFirst("th").attr("scope")).isEqualTo("row");
    }

    @Test
    void staticMode_hasNoInteractiveAffordancesAndShowsTheCurveTable() {
        JourneyMap map = RenderFixtures.everyField("Text", "https://example.com/x");

        Document document = render(map, OutputMode.STATIC);

        assertThat(document.select("[tabindex], button, details, textarea, [data-jm-touchpoint-id], "
                + "[data-jm-lane-id], [data-jm-stage-id], [data-jm-persona-id], [hidden]")).isEmpty();
        assertThat(document.selectFirst("section.jm-map").hasClass("jm-map--static")).isTrue();
        assertThat(document.select("figure.jm-curve > table.jm-curve__data")).hasSize(1);
    }

    @Test
    void german_rendersEveryWordFromTheGermanBundle() {
        TEXTS.set(Locale.GERMAN);
        try {
            JourneyMap map = RenderFixtures.everyField("Text", "https://example.com/x");
            MacroRenderService german = new MacroRenderService(RENDERER, TEXTS, PersonaDirectory.NONE);

            Document document = Jsoup.parseBodyFragment(german.renderJourneyMap(Map.of(), JourneyMapJson.write(map),
                    OutputMode.INTERACTIVE));

            assertThat(document.selectFirst("caption.jm-grid__caption").text())
                    .isEqualTo("Journey-Map-Raster: 2 Phasen als Spalten, Bahnen als Zeilen, 4 Touchpoints");
            assertThat(document.select("article.jm-card").get(1).select(".jm-card__channel").text())
                    .isEqualTo("Kanal: Gesch\u00e4ft".replace("Gesch\u00e4ft",
                            BundleTexts.forLocale(Locale.GERMAN).getText("journeymaps.model.channel.store")));
            assertThat(document.selectFirst("figcaption").text()).isEqualTo("Emotionskurve");
            assertThat(document.selectFirst("table.jm-curve__data tbody tr").select("td").get(2).text())
                    .isEqualTo("Frustriert (-2)");
            assertThat(document.selectFirst(".jm-flows__title").text()).isEqualTo("Wege durch die Journey");
        } finally {
            TEXTS.clear();
        }
    }

    @Test
    void personaCards_linkTheVisiblePersonaPagesWithPhotoOrInitials() {
        JourneyMap map = RenderFixtures.everyField("Text", "https://example.com/x");
        PersonaDirectory directory = RenderFixtures.directory(Map.of(
                101L, new PersonaPage(new PageLink(101, "Priya page", "/pages/101"),
                        Optional.of(RenderFixtures.persona("Priya Rao", "https://example.com/priya.png"))),
                102L, new PersonaPage(new PageLink(102, "Max Mustermann", "/pages/102"), Optional.empty())),
                List.of());
        MacroRenderService withPersonas = new MacroRenderService(RENDERER, TEXTS, directory);

        Document document = Jsoup.parseBodyFragment(withPersonas.renderJourneyMap(Map.of(),
                JourneyMapJson.write(map), OutputMode.INTERACTIVE));

        Elements cards = document.select("ul.jm-persona-cards article.jm-persona-card");
        assertThat(cards).hasSize(3);
        assertThat(cards.get(0).selectFirst("img").attr("src")).isEqualTo("https://example.com/priya.png");
        assertThat(cards.get(0).selectFirst("img").attr("alt")).isEqualTo("Photo of Priya Rao");
        assertThat(cards.get(0).selectFirst("h4 a").attr("href")).isEqualTo("/pages/101");
        assertThat(cards.get(0).selectFirst("blockquote").text()).isEqualTo("Priya Rao");
        assertThat(cards.get(1).selectFirst(".jm-persona-card__initials").text()).isEqualTo("MM");
        assertThat(cards.get(1).selectFirst("h4").text()).isEqualTo("Max Mustermann");
        assertThat(cards.get(2).select("a")).isEmpty();
        assertThat(cards.get(2).selectFirst(".jm-persona-card__note").text())
                .isEqualTo("The persona page is not available to you.");
    }

    @ParameterizedTest
    @EnumSource(OutputMode.class)
    void personaPage_showsEveryFieldAndTheMapsTheViewerMaySee(OutputMode mode) {
        PersonaDirectory directory = RenderFixtures.directory(Map.of(), List.of(
                new PageLink(7, "Onboarding journey", "/pages/7"), new PageLink(8, "Checkout journey", "/pages/8")));
        MacroRenderService personas = new MacroRenderService(RENDERER, TEXTS, directory);

        Document document = Jsoup.parseBodyFragment(personas.renderPersona(55L, """
                {"name": "Priya Rao", "role": "IT admin", "segment": "Mid-size B2B", "quote": "Just make it work.",
                 "demographics": "34, Berlin", "goals": ["Roll out in a week"], "needs": ["SSO", "Audit log"],
                 "motivations": ["Fewer tickets"], "behaviours": ["Reads the docs first"],
                 "painPoints": ["Slow support"], "channels": ["web", "phone", "trade-fair"]}""", mode));

        XssRenderingTest.assertSafe(document.body().html());
        Element section = document.selectFirst("section.jm-persona");
        assertThat(section.attr("aria-labelledby")).isEqualTo("jm-persona-55-name");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Priya Rao");
        assertThat(section.selectFirst(".jm-persona__role").text()).isEqualTo("IT admin \u00b7 Mid-size B2B");
        assertThat(section.select(".jm-persona__field dt").eachText()).containsExactly("Demographics", "Goals",
                "Needs and expectations", "Motivations", "Behaviours", "Pain points and frustrations",
                "Preferred channels");
        assertThat(section.select(".jm-persona__field").last().select("li").eachText())
                .containsExactly("Web", "Phone", "trade-fair");
        assertThat(section.select(".jm-persona__maps a").eachAttr("href")).containsExactly("/pages/7", "/pages/8");
    }

    @Test
    void personaPage_withAnUnreadableBodyStillShowsThePageTitle() {
        PersonaDirectory directory = RenderFixtures.directory(Map.of(56L, new PersonaPage(
                new PageLink(56, "Max Mustermann", "/pages/56"), Optional.empty())), List.of());
        MacroRenderService personas = new MacroRenderService(RENDERER, TEXTS, directory);

        Document document = Jsoup.parseBodyFragment(personas.renderPersona(56L, "not json", OutputMode.STATIC));

        assertThat(document.selectFirst("h2").text()).isEqualTo("Max Mustermann");
        assertThat(document.select(".jm-persona__note").eachText()).containsExactly(
                "The details of this persona could not be read.", "No journey map you can see uses this persona yet.");
    }

    static LongStream invalidSeeds() {
        return LongStream.rangeClosed(1, InvalidDocuments.kinds() * 4L);
    }

    @ParameterizedTest
    @MethodSource("invalidSeeds")
    void invalidDocument_rendersTheErrorPanelWithEveryProblemAndTheRawJson(long seed) {
        InvalidDocuments.Case broken = InvalidDocuments.generate(seed);
        int problems = JourneyMapJson.parse(broken.json()).problems().size();

        String html = target.renderJourneyMap(Map.of("map-id", "jm-x"), broken.json(), OutputMode.INTERACTIVE);

        XssRenderingTest.assertSafe(html);
        Document document = Jsoup.parseBodyFragment(html);
        Element panel = document.selectFirst("section.jm-map--invalid");
        assertThat(panel).as(broken.breakage()).isNotNull();
        assertThat(panel.attr("aria-labelledby")).isEqualTo("jm-jm-x-error");
        assertThat(panel.select(".jm-error__problem")).as(broken.breakage()).hasSize(Math.min(problems, 50));
        assertThat(panel.select(".jm-error__message").eachText()).allSatisfy(m -> assertThat(m)
                .doesNotStartWith("journeymaps."));
        assertThat(panel.selectFirst("textarea[readonly]").wholeText()).isEqualTo(broken.json());
        boolean repairable = !panel.select("[data-jm-problem] .jm-badge").isEmpty();
        assertThat(panel.select("button[data-jm-action=repair]")).hasSize(repairable ? 1 : 0);
    }

    @Test
    void danglingStage_isRepairableAndTheReadablePartOfTheMapIsStillShown() {
        JourneyMap map = JourneyMapTestData.aSmallMap();
        String json = JourneyMapJson.write(map.withTouchpoint(map.touchpoints().get(0).withStageId("st-gone")));

        Document document = Jsoup.parseBodyFragment(target.renderJourneyMap(Map.of(), json, OutputMode.INTERACTIVE));

        Element problem = document.selectFirst(".jm-error__problem");
        assertThat(problem.attr("data-jm-problem")).isEqualTo("dangling-stage");
        assertThat(problem.text()).contains("/touchpoints/0/stageId", "(line 1, column", "no stage with id 'st-gone'",
                "can be repaired");
        assertThat(document.selectFirst("button.jm-error__repair").attr("data-jm-repairs")).isEqualTo("dangling-stage");
        assertThat(document.select("section.jm-map--invalid table.jm-grid")).hasSize(1);
        assertThat(document.select("article.jm-card")).hasSize(2);
    }

    @Test
    void invalidDocument_inStaticModeListsTheProblemsWithoutControls() {
        Document document = Jsoup.parseBodyFragment(target.renderJourneyMap(Map.of(), "{\"schemaVersion\": 1,",
                OutputMode.STATIC));

        assertThat(document.select(".jm-error__problem")).hasSize(1);
        assertThat(document.select("button, textarea, details")).isEmpty();
    }

    @Test
    void invalidDocument_inGermanSaysWhatIsWrongInGerman() {
        TEXTS.set(Locale.GERMAN);
        try {
            MacroRenderService german = new MacroRenderService(RENDERER, TEXTS, PersonaDirectory.NONE);
            Document document = Jsoup.parseBodyFragment(german.renderJourneyMap(Map.of(), "[1]",
                    OutputMode.INTERACTIVE));

            assertThat(document.selectFirst(".jm-error__title").text())
                    .isEqualTo("Diese Journey Map kann so nicht angezeigt werden");
            assertThat(document.selectFirst(".jm-error__message").text()).contains("erwartet");
        } finally {
            TEXTS.clear();
        }
    }

    /** A real table: caption, a column header per stage, a row header per lane, one cell per stage in each row. */
    private static void assertAccessibleGrid(Document document, JourneyMap map) {
        if (map.stages().isEmpty()) {
            assertThat(document.select("table.jm-grid")).isEmpty();
            return;
        }
        Element table = document.selectFirst("table.jm-grid");
        assertThat(table).isNotNull();
        Element caption = table.selectFirst("caption");
        assertThat(caption.text()).isNotBlank();
        assertThat(document.selectFirst(".jm-grid-scroll").attr("aria-labelledby")).isEqualTo(caption.id());
        Elements columns = table.select("thead > tr > th");
        assertThat(columns).hasSize(map.stages().size() + 1);
        assertThat(columns.eachAttr("scope")).containsOnly("col");
        for (int i = 0; i < map.stages().size(); i++) {
            String name = map.stages().get(i).name() == null ? "" : map.stages().get(i).name();
            assertThat(columns.get(i + 1).selectFirst(".jm-grid__stage-name").wholeText()).isEqualTo(name);
        }
        for (Element row : table.select("tbody > tr")) {
            if (row.selectFirst("td.jm-grid__no-lanes") != null) {
                continue;
            }
            assertThat(row.select("> th").eachAttr("scope")).containsExactly("row");
            assertThat(row.select("> td")).hasSize(map.stages().size());
        }
    }
}
