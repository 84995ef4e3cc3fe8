package com.journeymaps.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.journeymaps.confluence.adapter.ConfluencePageResources;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.TemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
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

    @Test
    void declaresAPlainTextBodyRenderedAsABlock() {
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources);

        assertThat(target.getBodyType()).isEqualTo(Macro.BodyType.PLAIN_TEXT);
        assertThat(target.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void execute_rendersInteractiveForThePageView() throws Exception {
        when(context.getOutputType()).thenReturn("display");
        when(renderer.render(eq("JourneyMaps.Macro.placeholder"), anyMap())).thenReturn("<section>map</section>");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources);

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
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources);

        target.execute(Map.of("map-id", "jm-1"), "", context);

        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("JourneyMaps.Macro.placeholder"), data.capture());
        assertThat(data.getValue()).containsEntry("interactive", false);
        verify(resources, never()).requireFrontEnd();
    }

    @Test
    void execute_isInteractiveOnlyForPageViewAndPreview() throws Exception {
        when(renderer.render(anyString(), anyMap())).thenReturn("");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources);
        for (String output : new String[] {"display", "preview", "pdf", "word", "html_export", "email", "feed", "diff"}) {
            when(context.getOutputType()).thenReturn(output);
            target.execute(Map.of("map-id", "jm-1"), "", context);
        }

        verify(resources, times(2)).requireFrontEnd();
    }

    @Test
    void execute_turnsATemplateFailureIntoAMacroExecutionException() {
        // The stub's constructors throw (Confluence's build the exception), so construction is intercepted here.
        try (MockedConstruction<MacroExecutionException> made = mockConstruction(MacroExecutionException.class)) {
            when(context.getOutputType()).thenReturn("display");
            when(renderer.render(anyString(), anyMap()))
                    .thenThrow(new TemplateRenderingException("JourneyMaps.Macro.placeholder", "broken", null));
            JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer), resources);

            assertThatThrownBy(() -> target.execute(Map.of("map-id", "jm-1"), "", context)).isInstanceOf(MacroExecutionException.class);
            assertThat(made.constructed()).hasSize(1);
        }
    }
}
