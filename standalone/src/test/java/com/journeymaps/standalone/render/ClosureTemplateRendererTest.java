package com.journeymaps.standalone.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Compiles every Soy template on the classpath (web's and ours) with Google's Soy in the dialect
 * Confluence speaks, and renders through the real port.
 */
class ClosureTemplateRendererTest {

    private final RequestTexts texts = new RequestTexts();
    private final ClosureTemplateRenderer target = new ClosureTemplateRenderer(texts);

    @Test
    void constructor_compilesEveryTemplateOfEveryModule() {
        assertThat(target.templateFiles())
                .contains("journeymaps/ui/macro/macro.soy", "journeymaps/ui/standalone/landing.soy");
    }

    @Test
    void placeholder_escapesHostileMapIdsInAttributes() {
        String hostile = "\"><script>alert(1)</script>";
        String html = new MacroRenderService(target).renderJourneyMap(Map.of("map-id", hostile), "", OutputMode.INTERACTIVE);

        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script")).isEmpty();
        Element section = document.selectFirst("section.jm-map");
        assertThat(section).isNotNull();
        assertThat(section.attr("data-jm-map-id")).isEqualTo(hostile);
        assertThat(section.hasClass("jm-map--interactive")).isTrue();
        assertThat(section.attr("aria-label")).isEqualTo("Journey map");
    }

    @Test
    void placeholder_staticModeHasNoInteractiveHook() {
        String html = new MacroRenderService(target).renderJourneyMap(Map.of("map-id", "jm-1"), "{}", OutputMode.STATIC);

        Element section = Jsoup.parseBodyFragment(html).selectFirst("section.jm-map");
        assertThat(section).isNotNull();
        assertThat(section.hasClass("jm-map--interactive")).isFalse();
        assertThat(section.select(".jm-map__empty")).isEmpty();
    }

    @Test
    void getText_followsTheRequestLanguage() {
        texts.set(Locale.GERMAN);
        try {
            String html = new MacroRenderService(target).renderJourneyMap(Map.of(), "", OutputMode.INTERACTIVE);
            assertThat(Jsoup.parseBodyFragment(html).select(".jm-map__empty").text()).startsWith("Diese Journey Map ist leer");
        } finally {
            texts.clear();
        }
    }

    @Test
    void render_unknownTemplateIsATemplateRenderingException() {
        assertThatThrownBy(() -> target.render("JourneyMaps.Nope.missing", Map.of()))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("JourneyMaps.Nope.missing");
    }

    @Test
    void negotiate_picksSupportedLanguageOrEnglish() {
        assertThat(RequestTexts.negotiate("de-CH,de;q=0.9,en;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(RequestTexts.negotiate("fr-FR,fr;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestTexts.negotiate("fr;q=0.9,de;q=0.8")).isEqualTo(Locale.GERMAN);
        assertThat(RequestTexts.negotiate("not a header;;;")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestTexts.negotiate(null)).isEqualTo(Locale.ENGLISH);
    }
}
