package com.journeymaps.web.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class MacroRenderServiceTest {

    @Mock
    private TemplateRenderer renderer;

    @Test
    @SuppressWarnings("unchecked")
    void renderJourneyMap_passesMapIdModeAndEmptinessToThePlaceholderTemplate() {
        when(renderer.render(eq(MacroRenderService.PLACEHOLDER_TEMPLATE), anyMap())).thenReturn("<section/>");
        MacroRenderService target = new MacroRenderService(renderer);

        String html = target.renderJourneyMap(Map.of("map-id", "jm-1"), "  ", OutputMode.INTERACTIVE);

        assertThat(html).isEqualTo("<section/>");
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(MacroRenderService.PLACEHOLDER_TEMPLATE), data.capture());
        assertThat(data.getValue())
                .containsEntry("mapId", "jm-1")
                .containsEntry("interactive", true)
                .containsEntry("empty", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void renderJourneyMap_toleratesMissingParametersAndRendersStatic() {
        when(renderer.render(eq(MacroRenderService.PLACEHOLDER_TEMPLATE), anyMap())).thenReturn("");
        MacroRenderService target = new MacroRenderService(renderer);

        target.renderJourneyMap(null, "{\"title\":\"x\"}", OutputMode.STATIC);

        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(MacroRenderService.PLACEHOLDER_TEMPLATE), data.capture());
        assertThat(data.getValue())
                .containsEntry("mapId", "")
                .containsEntry("interactive", false)
                .containsEntry("empty", false);
    }
}
