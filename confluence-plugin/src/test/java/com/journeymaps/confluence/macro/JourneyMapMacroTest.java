package com.journeymaps.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.template.Templates;
import com.journeymaps.confluence.adapter.ConfluencePageResources;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.TemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class JourneyMapMacroTest {

    @Mock
    private TemplateRenderer renderer;

    @Mock
    private ConversionContext context;

    @Mock
    private ConfluencePageResources resources;

    @Mock
    private Viewer viewer;

    @Mock
    private Page page;

    /** A map of one of the templates, as the journey-map macro {@code mapId} holds it. */
    private static String mapJson(String mapId) {
        JourneyMap map = Templates.create(Templates.B2C, BundleTexts.forLocale(Locale.ENGLISH), Ids.seeded(3));
        return JourneyMapJson.write(map.toBuilder().id(mapId).build());
    }

    /** The page view of {@code page}, the newest version of a page holding {@code storage}. */
    private void pageView(String storage) {
        // lenient: a test that stops the macro early (an old version) does not reach every one of them
        lenient().when(context.getOutputType()).thenReturn("display");
        lenient().when(context.getEntity()).thenReturn(page);
        lenient().when(page.isLatestVersion()).thenReturn(true);
        lenient().when(page.getBodyAsString()).thenReturn(storage);
        lenient().when(page.getId()).thenReturn(42L);
        lenient().when(page.getVersion()).thenReturn(5);
    }

    /** The read the map template got ({@code data-jm-read}), as JSON; null when it got none. */
    @SuppressWarnings("unchecked")
    private JsonNode renderedRead() throws Exception {
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("JourneyMaps.Map.map"), data.capture(), anyInt());
        Object read = data.getValue().get("read");
        return read == null ? null : new ObjectMapper().readTree(MapReadJson.jsonOfPageForm((String) read));
    }

    @Test
    void declaresAPlainTextBodyRenderedAsABlock() {
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources, viewer);

        assertThat(target.getBodyType()).isEqualTo(Macro.BodyType.PLAIN_TEXT);
        assertThat(target.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void execute_rendersInteractiveForThePageView() throws Exception {
        when(context.getOutputType()).thenReturn("display");
        when(renderer.render(eq("JourneyMaps.Macro.placeholder"), anyMap())).thenReturn("<section>map</section>");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources, viewer);

        String html = target.execute(Map.of("map-id", "jm-1"), "", context);

        assertThat(html).isEqualTo("<section>map</section>");
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("JourneyMaps.Macro.placeholder"), data.capture());
        assertThat(data.getValue()).containsEntry("interactive", true).containsEntry("mapId", "jm-1");
        verify(resources).requireFrontEnd();
    }

    @Test
    @SuppressWarnings("unchecked")
    void execute_rendersStaticForPdfExport() throws Exception {
        when(context.getOutputType()).thenReturn("pdf");
        when(renderer.render(eq("JourneyMaps.Macro.placeholder"), anyMap())).thenReturn("");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources, viewer);

        target.execute(Map.of("map-id", "jm-1"), "", context);

        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("JourneyMaps.Macro.placeholder"), data.capture());
        assertThat(data.getValue()).containsEntry("interactive", false);
        verify(resources, never()).requireFrontEnd();
    }

    @Test
    void execute_isInteractiveOnlyForPageViewAndPreview() throws Exception {
        when(renderer.render(anyString(), anyMap())).thenReturn("");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources, viewer);
        for (String output : new String[] {"display", "preview", "pdf", "word", "html_export", "email", "feed", "diff"}) {
            when(context.getOutputType()).thenReturn(output);
            target.execute(Map.of("map-id", "jm-1"), "", context);
        }

        verify(resources, times(2)).requireFrontEnd();
    }

    /** Runs the macro {@code jm-1} holding {@code json} in the page view of a page holding {@code storage}. */
    private JsonNode readInPageView(String json, String storage, boolean newestVersion) throws Exception {
        pageView(storage);
        lenient().when(page.isLatestVersion()).thenReturn(newestVersion);
        new JourneyMapMacro(new MacroRenderService(renderer), resources, viewer)
                .execute(Map.of("map-id", "jm-1"), json, context);
        return renderedRead();
    }

    private static String pageHolding(String json) {
        return new StorageFormatCodec().insert("<p>Intro</p>", 12, MacroSpec.journeyMap("jm-1", json));
    }

    @Test
    void execute_inThePageViewOfThePagesNewestVersion_givesTheMapItsRead() throws Exception {
        String json = mapJson("jm-1");
        when(viewer.can(PagePermission.EDIT, 42L)).thenReturn(true);

        JsonNode read = readInPageView(json, pageHolding(json), true);

        assertThat(read.get("pageId").asLong()).isEqualTo(42);
        assertThat(read.get("mapId").asText()).isEqualTo("jm-1");
        assertThat(read.get("pageVersion").asInt()).isEqualTo(5);
        assertThat(read.get("canEdit").asBoolean()).isTrue();
        assertThat(read.get("map")).isEqualTo(new ObjectMapper().readTree(json));
    }

    @Test
    void execute_inReadOnlyMode_givesAReadThatSaysTheViewerMayNotEdit() throws Exception {
        String json = mapJson("jm-1");
        when(viewer.can(PagePermission.EDIT, 42L)).thenReturn(true);
        when(viewer.readOnly()).thenReturn(true);

        assertThat(readInPageView(json, pageHolding(json), true).get("canEdit").asBoolean()).isFalse();
    }

    @Test
    void execute_leavesTheReadToRestForAnOldVersion() throws Exception {
        String json = mapJson("jm-1");

        assertThat(readInPageView(json, pageHolding(json), false)).isNull();
    }

    @Test
    void execute_leavesTheReadToRestForAMapIdTwoMacrosCarry() throws Exception {
        String json = mapJson("jm-1");

        // a copied macro: the REST read answers 409 for its id
        assertThat(readInPageView(json, pageHolding(json) + pageHolding(json), true)).isNull();
    }

    @Test
    void execute_leavesTheReadToRestInThePreview() throws Exception {
        String json = mapJson("jm-1");
        when(context.getOutputType()).thenReturn("preview");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources, viewer);

        target.execute(Map.of("map-id", "jm-1"), json, context);

        assertThat(renderedRead()).isNull();
        verify(page, never()).getBodyAsString();
    }

    @Test
    void execute_turnsATemplateFailureIntoAMacroExecutionException() {
        // The stub's constructors throw (Confluence's build the exception), so construction is intercepted here.
        try (MockedConstruction<MacroExecutionException> made = mockConstruction(MacroExecutionException.class)) {
            when(context.getOutputType()).thenReturn("display");
            when(renderer.render(anyString(), anyMap()))
                    .thenThrow(new TemplateRenderingException("JourneyMaps.Macro.placeholder", "broken", null));
            JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources, viewer);

            assertThatThrownBy(() -> target.execute(Map.of("map-id", "jm-1"), "", context)).isInstanceOf(MacroExecutionException.class);
            assertThat(made.constructed()).hasSize(1);
        }
    }
}
