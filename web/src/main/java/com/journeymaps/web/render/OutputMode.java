package com.journeymaps.web.render;

import java.util.Locale;

/**
 * How a rendered map will be consumed. {@link #INTERACTIVE} is the page view a person edits in;
 * {@link #STATIC} is the compact variant with no interactive affordances, for PDF and Word export,
 * HTML export, e-mail, feeds and diffs, where no script runs.
 */
public enum OutputMode {
    INTERACTIVE,
    STATIC;

    /**
     * The mode for a Confluence conversion output type ({@code display}, {@code preview}, {@code pdf},
     * {@code word}, {@code html_export}, {@code email}, {@code feed}, {@code diff}). Only the page view and
     * the editor preview are interactive; anything unknown is rendered static, which always reads well.
     */
    public static OutputMode forConfluenceOutputType(String outputType) {
        if (outputType == null) {
            return STATIC;
        }
        return switch (outputType.toLowerCase(Locale.ROOT)) {
            case "display", "preview" -> INTERACTIVE;
            default -> STATIC;
        };
    }
}
