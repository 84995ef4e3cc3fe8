package com.journeymaps.confluence.adapter;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Objects;

/**
 * The map's front end (script and styles) is loaded only on pages that hold a map or a persona: the macros ask for it
 * while they render, through Confluence's {@code PageBuilderService}, instead of the web-resource being in a context
 * every page loads. Asked only for the interactive page view and the editor preview; exports, e-mail and feeds get the
 * static HTML, which reads without script.
 */
public final class ConfluencePageResources {

    private final PageBuilderService pageBuilder;
    private final String frontEndModuleKey;

    /**
     * @param frontEndModuleKey complete key of the web-resource with the front end,
     *                          {@code <plugin key>:journeymaps-resources}
     */
    public ConfluencePageResources(PageBuilderService pageBuilder, String frontEndModuleKey) {
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "pageBuilder");
        this.frontEndModuleKey = Objects.requireNonNull(frontEndModuleKey, "frontEndModuleKey");
    }

    /** Adds the front end to the page being rendered (Confluence includes each web-resource once per page). */
    public void requireFrontEnd() {
        pageBuilder.assembler().resources().requireWebResource(frontEndModuleKey);
    }
}
