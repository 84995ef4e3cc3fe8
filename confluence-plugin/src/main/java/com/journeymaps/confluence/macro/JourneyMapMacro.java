package com.journeymaps.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.journeymaps.confluence.adapter.ConfluencePageResources;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.MapPage;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Map;

/**
 * The {@code journey-map} macro. Its plain-text body holds the map's JSON and its {@code map-id}
 * parameter names it inside the page. All the work is the render service's; this class only picks
 * the output mode from Confluence's conversion context (page view and editor preview are interactive,
 * PDF, Word, HTML export, e-mail, feed and diff static) and, for the interactive ones, asks for the
 * front end on this page. In the page view of a page's newest version it also gives the render service the page, so
 * the map carries its read and the front end need not ask for it.
 */
public final class JourneyMapMacro implements Macro {

    /** Confluence's output type of the page view ({@code ConversionContextOutputType.DISPLAY}). */
    private static final String PAGE_VIEW = "display";

    private final MacroRenderService renderService;
    private final ConfluencePageResources resources;
    private final Viewer viewer;

    public JourneyMapMacro(MacroRenderService renderService, ConfluencePageResources resources, Viewer viewer) {
        this.renderService = renderService;
        this.resources = resources;
        this.viewer = viewer;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = outputMode(context, resources);
        try {
            return renderService.renderJourneyMap(parameters, body, mode, mapPage(parameters, context));
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

    /**
     * The page for the map's read, where the REST read ({@code MapService.read}) would answer the same: the page view
     * of the newest version of a page (not an export, the editor's preview or an old version), and a map id no other
     * macro of that page carries, on a page the codec reads. Otherwise {@code null}, and the front end reads the map
     * over REST. The front end also ignores a read that names another page than the one it is on ({@code ajs-page-id}),
     * which is what a draft's own id would be.
     */
    private MapPage mapPage(Map<String, String> parameters, ConversionContext context) {
        if (context == null || !PAGE_VIEW.equals(context.getOutputType())
                || !(context.getEntity() instanceof Page page) || !page.isLatestVersion()) {
            return null;
        }
        String mapId = parameters == null ? null : parameters.get(MacroRenderService.MAP_ID_PARAMETER);
        if (mapId == null || !MapReadJson.readableMapIds(page.getBodyAsString()).contains(mapId)) {
            return null;
        }
        long pageId = page.getId();
        return new MapPage(pageId, page.getVersion(), viewer.can(PagePermission.EDIT, pageId) && !viewer.readOnly());
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
