package com.atlassian.soy.renderer;

/**
 * STUB (compile only). Raised by {@link SoyTemplateRenderer} when a template cannot be found or rendered.
 *
 * <p>Source: thrown by the renderer per
 * https://docs.atlassian.com/atlassian-bamboo/10.1.0/com/atlassian/bamboo/ww2/BambooFreemarkerManagerSoyHelpers.SoyHelper.html;
 * the shipped class extends {@code RuntimeException} (decompiled copy, shared/confluence-api-notes.md §11).
 */
public class SoyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // No constructor is declared: the plugin only catches this type, and its constructors are not confirmed.
    private SoyException() {
        throw new UnsupportedOperationException("compile-time stub of Atlassian's API");
    }
}
