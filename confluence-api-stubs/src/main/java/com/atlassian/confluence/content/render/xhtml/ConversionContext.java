package com.atlassian.confluence.content.render.xhtml;

/**
 * STUB (compile only) of the context a macro is rendered in. Interface.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-confluence/4.0.4/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * (interface); {@code getOutputType()} returns the lower-case name of a
 * {@code ConversionContextOutputType} constant ("display", "preview", "pdf", "word", "html_export",
 * "feed", "email", "diff"), per
 * https://docs.atlassian.com/atlassian-confluence/6.1.2/com/atlassian/confluence/content/render/xhtml/ConversionContextOutputType.html.
 * Confluence 10.0 plugin code receives it in {@code Macro.execute} (shared/confluence-api-notes.md §3).
 */
public interface ConversionContext {

    String getOutputType();

    /**
     * The content being rendered; may be null (e.g. a macro preview). Source: notes section 3, used by code built against
     * Confluence 10.0.0-m38 (clouless/confluence10-demo-app, {@code conversionContext.getEntity().getId()}).
     */
    com.atlassian.confluence.core.ContentEntityObject getEntity();
}
