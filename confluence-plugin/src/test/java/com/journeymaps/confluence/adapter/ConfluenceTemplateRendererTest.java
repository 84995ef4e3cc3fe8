package com.journeymaps.confluence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.soy.renderer.SoyException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ConfluenceTemplateRendererTest {

    private static final String MODULE = "com.journeymaps.journey-maps:journeymaps-soy";

    @Mock
    private SoyTemplateRenderer soy;

    @Test
    void render_asksConfluenceForOurTemplateInOurModule() {
        Map<String, Object> data = Map.of("mapId", "jm-1");
        when(soy.render(MODULE, "JourneyMaps.Macro.placeholder", data)).thenReturn("<section/>");
        ConfluenceTemplateRenderer target = new ConfluenceTemplateRenderer(soy, MODULE);

        assertThat(target.render("JourneyMaps.Macro.placeholder", data)).isEqualTo("<section/>");
    }

    @Test
    void render_turnsSoyFailuresIntoTheHostNeutralException() {
        SoyException failure = mock(SoyException.class);
        when(failure.getMessage()).thenReturn("no such template");
        when(soy.render(MODULE, "JourneyMaps.Nope.missing", Map.of())).thenThrow(failure);
        ConfluenceTemplateRenderer target = new ConfluenceTemplateRenderer(soy, MODULE);

        assertThatThrownBy(() -> target.render("JourneyMaps.Nope.missing", Map.of()))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("JourneyMaps.Nope.missing")
                .hasMessageContaining("no such template")
                .hasCause(failure);
    }
}
