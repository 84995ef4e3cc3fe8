package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * STUB of Confluence's XHTML macro interface (compile only; Confluence supplies the real type).
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/Macro.html
 * (interface; {@code execute(Map<String,String>, String, ConversionContext) throws MacroExecutionException},
 * {@code getBodyType()}, {@code getOutputType()}); the same {@code execute} signature is listed on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.1/com/atlassian/confluence/macro/class-use/MacroExecutionException.html.
 * Implemented by Confluence 10.0 plugins (clouless/confluence10-demo-app, see shared/confluence-api-notes.md §2).
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.0/com/atlassian/confluence/macro/Macro.BodyType.html */
    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    /** Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.0/com/atlassian/confluence/macro/Macro.OutputType.html */
    enum OutputType {
        INLINE,
        BLOCK
    }
}
