package com.journeymaps.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.journeymaps.confluence.adapter.ConfluencePageResources;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Map;

/**
 * The {@code journey-map} macro. Its plain-text body holds the map's JSON and its {@code map-id}
 * parameter names it inside the page. All the work is the render service's; this class only picks
 * the output mode from Confluence's conversion context (page view and editor preview are interactive,
 * PDF, Word, HTML export, e-mail, feed and diff static) and, for the interactive ones, asks for the
 * front end on this page.
 */
public final class JourneyMapMacro implements Macro {

    private final MacroRenderService renderService;
    private final ConfluencePageResources resources;

    public JourneyMapMacro(MacroRenderService renderService, ConfluencePageResources resources) {
        this.renderService = renderService;
        this.resources = resources;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = outputMode(context, resources);
        try {
            return renderService.renderJourneyMap(parameters, body, mode);
        } catch (TemplateRenderingException e) {
            throw new MacroExecutionException(e.getMessage(), e);
        }
    }

    /**
     * What both macros decide first: the output mode of this conversion (interactive for page view and preview, static
     * otherwise) and, when interactive, the front end on this page.
     */
    static OutputMode outputMode(ConversionContext context, ConfluencePageResources resources) {
        OutputMode mode = OutputMode.forConfluenceOutputType(context == null ? null : context.getOutputType());
        if (mode == OutputMode.INTERACTIVE) {
            resources.requireFrontEnd();
        }
        return mode;
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
