package com.journeymaps.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Map;

/**
 * The {@code journey-map} macro. Its plain-text body holds the map's JSON and its {@code map-id}
 * parameter names it inside the page. All the work is the render service's; this class only picks
 * the output mode from Confluence's conversion context.
 */
public final class JourneyMapMacro implements Macro {

    private final MacroRenderService renderService;

    public JourneyMapMacro(MacroRenderService renderService) {
        this.renderService = renderService;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.forConfluenceOutputType(context == null ? null : context.getOutputType());
        try {
            return renderService.renderJourneyMap(parameters, body, mode);
        } catch (TemplateRenderingException e) {
            throw new MacroExecutionException(e.getMessage(), e);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.PLAIN_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
