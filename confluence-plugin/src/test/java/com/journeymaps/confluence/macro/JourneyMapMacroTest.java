package com.journeymaps.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.TemplateRenderer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class JourneyMapMacroTest {

    @Mock
    private TemplateRenderer renderer;

    @Mock
    private ConversionContext context;

    @Test
    void declaresAPlainTextBodyRenderedAsABlock() {
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer));

        assertThat(target.getBodyType()).isEqualTo(Macro.BodyType.PLAIN_TEXT);
        assertThat(target.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void execute_rendersInteractiveForThePageView() throws Exception {
        when(context.getOutputType()).thenReturn("display");
        when(renderer.render(eq("JourneyMaps.Macro.placeholder"), anyMap())).thenReturn("<section>map</section>");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer));

        String html = target.execute(Map.of("map-id", "jm-1"), "", context);

        assertThat(html).isEqualTo("<section>map</section>");
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("JourneyMaps.Macro.placeholder"), data.capture());
        assertThat(data.getValue()).containsEntry("interactive", true).containsEntry("mapId", "jm-1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void execute_rendersStaticForPdfExport() throws Exception {
        when(context.getOutputType()).thenReturn("pdf");
        when(renderer.render(eq("JourneyMaps.Macro.placeholder"), anyMap())).thenReturn("");
        JourneyMapMacro target = new JourneyMapMacro(new MacroRenderService(renderer));

        target.execute(Map.of("map-id", "jm-1"), "", context);

        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("JourneyMaps.Macro.placeholder"), data.capture());
        assertThat(data.getValue()).containsEntry("interactive", false);
    }
}
