package com.journeymaps.confluence.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.journeymaps.confluence.adapter.ConfluencePageResources;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.TemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class JourneyPersonaMacroTest {

    private static final String PERSONA_TEMPLATE = "JourneyMaps.Persona.page";

    @Mock
    private TemplateRenderer renderer;

    @Mock
    private PersonaDirectory personas;

    @Mock
    private ConversionContext context;

    @Mock
    private ConfluencePageResources resources;

    private JourneyPersonaMacro target;

    @BeforeEach
    void setUp() {
        Texts english = BundleTexts.forLocale(Locale.ENGLISH);
        target = new JourneyPersonaMacro(new MacroRenderService(renderer, () -> english, personas), resources);
    }

    @Test
    void declaresAPlainTextBodyRenderedAsABlock() {
        assertThat(target.getBodyType()).isEqualTo(Macro.BodyType.PLAIN_TEXT);
        assertThat(target.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void execute_rendersThePersonaOfThePageBeingRenderedWithTheMapsUsingIt() throws Exception {
        Page page = org.mockito.Mockito.mock(Page.class);
        when(page.getId()).thenReturn(42L);
        when(context.getEntity()).thenReturn(page);
        when(context.getOutputType()).thenReturn("display");
        when(personas.find(42L)).thenReturn(Optional.empty());
        when(personas.mapsUsing(42L)).thenReturn(List.of(new PageLink(7L, "Onboarding map", "/pages/viewpage.action?pageId=7")));
        when(renderer.render(eq(PERSONA_TEMPLATE), anyMap())).thenReturn("<section class=\"persona\"/>");

        String html = target.execute(Map.of("persona-id", "persona-1"), "{\"name\":\"Priya\",\"role\":\"IT admin\"}", context);

        assertThat(html).isEqualTo("<section class=\"persona\"/>");
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(PERSONA_TEMPLATE), data.capture());
        assertThat(data.getValue()).containsEntry("name", "Priya").containsEntry("role", "IT admin");
        assertThat(data.getValue().toString()).contains("Onboarding map");
        verify(resources).requireFrontEnd();
    }

    @Test
    void execute_withoutAPage_listsNoMapsAndStillRenders() throws Exception {
        when(context.getEntity()).thenReturn(null);
        when(context.getOutputType()).thenReturn("preview");
        when(personas.find(JourneyPersonaMacro.NO_PAGE)).thenReturn(Optional.empty());
        when(personas.mapsUsing(JourneyPersonaMacro.NO_PAGE)).thenReturn(List.of());
        when(renderer.render(eq(PERSONA_TEMPLATE), anyMap())).thenReturn("<section/>");

        assertThat(target.execute(Map.of(), "{\"name\":\"Priya\"}", context)).isEqualTo("<section/>");
        verify(personas).mapsUsing(JourneyPersonaMacro.NO_PAGE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void execute_isStaticWithoutTheFrontEndForExports() throws Exception {
        when(context.getOutputType()).thenReturn("word");
        when(personas.mapsUsing(anyLong())).thenReturn(List.of());
        when(renderer.render(eq(PERSONA_TEMPLATE), anyMap())).thenReturn("");

        target.execute(Map.of(), "{}", context);

        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(PERSONA_TEMPLATE), data.capture());
        assertThat(data.getValue()).containsEntry("interactive", false);
        verify(resources, never()).requireFrontEnd();
    }

    @Test
    void execute_turnsATemplateFailureIntoAMacroExecutionException() {
        // The stub's constructors throw (Confluence's build the exception), so construction is intercepted here.
        try (MockedConstruction<MacroExecutionException> made = mockConstruction(MacroExecutionException.class)) {
            when(context.getOutputType()).thenReturn("display");
            when(personas.mapsUsing(anyLong())).thenReturn(List.of());
            when(renderer.render(anyString(), anyMap())).thenThrow(new TemplateRenderingException(PERSONA_TEMPLATE, "broken", null));

            assertThatThrownBy(() -> target.execute(Map.of(), "{}", context)).isInstanceOf(MacroExecutionException.class);
            assertThat(made.constructed()).hasSize(1);
        }
    }
}
