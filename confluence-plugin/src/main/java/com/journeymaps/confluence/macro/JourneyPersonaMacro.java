package com.journeymaps.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.journeymaps.confluence.adapter.ConfluencePageResources;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Map;

/**
 * The {@code journey-persona} macro of a persona page. Its plain-text body holds the persona's JSON; the card lists
 * every field and the journey maps that use this page, as far as the viewer may see them. The page is the one being
 * rendered ({@code ConversionContext.getEntity()}); without one (a preview before the page exists) no maps are listed.
 * Output modes as for {@link JourneyMapMacro}.
 */
public final class JourneyPersonaMacro implements Macro {

    /** Stands for "no page": page ids start at 1, so nothing is found for it. */
    static final long NO_PAGE = 0L;

    private final MacroRenderService renderService;
    private final ConfluencePageResources resources;

    public JourneyPersonaMacro(MacroRenderService renderService, ConfluencePageResources resources) {
        this.renderService = renderService;
        this.resources = resources;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = JourneyMapMacro.outputMode(context, resources);
        ContentEntityObject entity = context == null ? null : context.getEntity();
        try {
            return renderService.renderPersona(entity == null ? NO_PAGE : entity.getId(), body, mode);
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
