package com.journeymaps.web.render;

import static com.journeymaps.core.testdata.JourneyMapTestData.aSmallMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.web.map.MapReadJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class MacroRenderServiceTest {

    @Mock
    private TemplateRenderer renderer;

    @Mock
    private PersonaDirectory personas;

    @Captor
    private ArgumentCaptor<Map<String, Object>> data;

    private final Supplier<Texts> german = () -> BundleTexts.forLocale(Locale.GERMAN);

    @Test
    void renderJourneyMap_passesMapIdModeAndEmptinessToThePlaceholderTemplate() {
        when(renderer.render(eq(MacroRenderService.PLACEHOLDER_TEMPLATE), anyMap())).thenReturn("<section/>");
        MacroRenderService target = new MacroRenderService(renderer);

        String html = target.renderJourneyMap(Map.of("map-id", "jm-1"), "  ", OutputMode.INTERACTIVE);

        assertThat(html).isEqualTo("<section/>");
        verify(renderer).render(eq(MacroRenderService.PLACEHOLDER_TEMPLATE), data.capture());
        assertThat(data.getValue())
                .containsEntry("mapId", "jm-1")
                .containsEntry("interactive", true)
                .containsEntry("empty", true);
    }

    @Test
    void renderJourneyMap_rendersAValidMapWithTheMapTemplate() {
        when(renderer.render(eq(MacroRenderService.MAP_TEMPLATE), anyMap(), anyInt())).thenReturn("<section/>");
        MacroRenderService target = new MacroRenderService(renderer, german, personas);
        String json = JourneyMapJson.write(aSmallMap());

        target.renderJourneyMap(Map.of("map-id", "jm-1"), json, OutputMode.STATIC);

        ArgumentCaptor<Integer> expectedLength = ArgumentCaptor.forClass(Integer.class);
        verify(renderer).render(eq(MacroRenderService.MAP_TEMPLATE), data.capture(), expectedLength.capture());
        assertThat(data.getValue())
                .containsEntry("mapId", "jm-1")
                .containsEntry("interactive", false)
                .containsEntry("title", "Checkout journey");
        assertThat(expectedLength.getValue()).isEqualTo(7 * json.length() + 24_576); // a buffer size, no more
    }

    @Test
    void renderJourneyMap_onItsPage_carriesTheMapsReadInTheInteractiveRenderOnly() throws Exception {
        when(renderer.render(eq(MacroRenderService.MAP_TEMPLATE), anyMap(), anyInt())).thenReturn("<section/>");
        MacroRenderService target = new MacroRenderService(renderer, german, personas);
        // quotation marks, backticks and backslashes in a text survive the read's backtick form
        String json = JourneyMapJson.write(aSmallMap().withTitle("Say \"hi\" to `code`, \\` and \\\""));
        MapPage page = new MapPage(42, 7, true);

        target.renderJourneyMap(Map.of("map-id", "jm-1"), json, OutputMode.INTERACTIVE, page);
        target.renderJourneyMap(Map.of("map-id", "jm-1"), json, OutputMode.STATIC, page);
        target.renderJourneyMap(Map.of("map-id", "jm-1"), json, OutputMode.INTERACTIVE);
        target.renderJourneyMap(Map.of(), json, OutputMode.INTERACTIVE, page);

        verify(renderer, times(4)).render(eq(MacroRenderService.MAP_TEMPLATE), data.capture(), anyInt());
        ObjectMapper objectMapper = new ObjectMapper();
        JsonNode read = objectMapper.readTree(MapReadJson.jsonOfPageForm((String) data.getAllValues().get(0).get("read")));
        assertThat(read.get("pageId").asLong()).isEqualTo(42);
        assertThat(read.get("mapId").asText()).isEqualTo("jm-1");
        assertThat(read.get("pageVersion").asInt()).isEqualTo(7);
        assertThat(read.get("canEdit").asBoolean()).isTrue();
        assertThat(read.get("empty").asBoolean()).isFalse();
        assertThat(read.get("map")).isEqualTo(objectMapper.readTree(json));
        assertThat(read.at("/map/title").asText()).isEqualTo("Say \"hi\" to `code`, \\` and \\\"");
        assertThat(read.get("problems")).isEmpty();
        assertThat(data.getAllValues().subList(1, 4)).as("static, no page, no map id: the front end reads over REST")
                .allSatisfy(other -> assertThat(other).doesNotContainKey("read"));
    }

    @Test
    void renderJourneyMap_onItsPage_leavesABrokenMapToTheRestRead() {
        when(renderer.render(eq(MacroRenderService.ERROR_TEMPLATE), anyMap())).thenReturn("<section/>");
        MacroRenderService target = new MacroRenderService(renderer, german, personas);

        target.renderJourneyMap(Map.of("map-id", "jm-1"), "{\"schemaVersion\": 1,", OutputMode.INTERACTIVE,
                new MapPage(42, 7, true));

        verify(renderer).render(eq(MacroRenderService.ERROR_TEMPLATE), data.capture());
        assertThat(data.getValue()).doesNotContainKey("read");
    }

    @Test
    void expectedMapHtml_growsWithTheJsonAndStaysBounded() {
        assertThat(MacroRenderService.expectedMapHtml("{}")).isEqualTo(14 + 24_576);
        assertThat(MacroRenderService.expectedMapHtml("x".repeat(100_000))).isEqualTo(724_576);
        assertThat(MacroRenderService.expectedMapHtml("x".repeat(10_000_000))).isEqualTo(1 << 26);
    }

    @Test
    void renderJourneyMap_toleratesMissingParametersAndUsesTheMapsOwnId() {
        when(renderer.render(eq(MacroRenderService.MAP_TEMPLATE), anyMap(), anyInt())).thenReturn("");
        MacroRenderService target = new MacroRenderService(renderer);

        target.renderJourneyMap(null, JourneyMapJson.write(aSmallMap()), OutputMode.STATIC);

        verify(renderer).render(eq(MacroRenderService.MAP_TEMPLATE), data.capture(), anyInt());
        assertThat(data.getValue().get("mapId")).isEqualTo(aSmallMap().id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void renderJourneyMap_rendersTheErrorPanelWithMessagesInTheRequestLanguage() {
        when(renderer.render(eq(MacroRenderService.ERROR_TEMPLATE), anyMap())).thenReturn("<section/>");
        MacroRenderService target = new MacroRenderService(renderer, german, personas);

        target.renderJourneyMap(Map.of("map-id", "jm-1"), "{\"schemaVersion\": 1, \"title\": ", OutputMode.INTERACTIVE);

        verify(renderer).render(eq(MacroRenderService.ERROR_TEMPLATE), data.capture());
        List<Map<String, Object>> problems = (List<Map<String, Object>>) data.getValue().get("problems");
        assertThat(problems).isNotEmpty();
        assertThat((String) problems.get(0).get("message")).startsWith("das ist kein g");
        assertThat(data.getValue())
                .containsEntry("raw", "{\"schemaVersion\": 1, \"title\": ")
                .containsEntry("hasMap", false)
                .containsEntry("repairable", false);
    }

    @Test
    void renderJourneyMap_offersRepairAndStillShowsAReadableMapWithADanglingStage() {
        when(renderer.render(eq(MacroRenderService.ERROR_TEMPLATE), anyMap())).thenReturn("");
        MacroRenderService target = new MacroRenderService(renderer);
        String json = JourneyMapJson.write(aSmallMap()).replaceFirst("\"stageId\":\"[^\"]+\"", "\"stageId\":\"st-gone\"");

        target.renderJourneyMap(Map.of(), json, OutputMode.INTERACTIVE);

        verify(renderer).render(eq(MacroRenderService.ERROR_TEMPLATE), data.capture());
        assertThat(data.getValue())
                .containsEntry("hasMap", true)
                .containsEntry("repairable", true)
                .containsEntry("repairs", "dangling-stage");
    }

    @Test
    void renderPersona_showsOnlyTheMapsTheDirectoryReturnsForTheViewer() {
        when(personas.find(42L)).thenReturn(Optional.of(new PersonaPage(new PageLink(42L, "Priya", "/pages/42"),
                Optional.empty())));
        when(personas.mapsUsing(42L)).thenReturn(List.of(new PageLink(7L, "Onboarding map", "/pages/7"),
                new PageLink(8L, "Bad link", "javascript:alert(1)")));
        when(renderer.render(eq(MacroRenderService.PERSONA_TEMPLATE), anyMap())).thenReturn("<section/>");
        MacroRenderService target = new MacroRenderService(renderer, german, personas);

        target.renderPersona(42L, "{\"role\": \"IT admin\", \"goals\": [\"SSO\"]}", OutputMode.INTERACTIVE);

        verify(renderer).render(eq(MacroRenderService.PERSONA_TEMPLATE), data.capture());
        assertThat(data.getValue())
                .containsEntry("name", "Priya")
                .containsEntry("role", "IT admin")
                .containsEntry("goals", List.of("SSO"))
                .containsEntry("usedIn", List.of(Map.of("title", "Onboarding map", "url", "/pages/7"),
                        Map.of("title", "Bad link", "url", "")));
    }

    @Test
    void renderPersona_usesThePersonasOwnNameOverThePageTitle() {
        when(personas.find(1L)).thenReturn(Optional.empty());
        when(personas.mapsUsing(1L)).thenReturn(List.of());
        when(renderer.render(eq(MacroRenderService.PERSONA_TEMPLATE), anyMap())).thenReturn("");
        MacroRenderService target = new MacroRenderService(renderer, german, personas);

        target.renderPersona(1L, "{\"name\": \"Priya\"}", OutputMode.STATIC);

        verify(renderer).render(eq(MacroRenderService.PERSONA_TEMPLATE), data.capture());
        assertThat(data.getValue()).containsEntry("name", "Priya").containsEntry("readable", true)
                .containsEntry("interactive", false);
    }
}
