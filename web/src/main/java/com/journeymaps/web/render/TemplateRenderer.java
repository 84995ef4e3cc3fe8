package com.journeymaps.web.render;

import java.util.Map;

/**
 * The one seam through which the app produces HTML: a Soy template of ours, by its full name
 * ({@code JourneyMaps.Macro.placeholder}), rendered with strict contextual autoescaping.
 *
 * <p>Confluence implements it with its own {@code SoyTemplateRenderer}; the standalone server with
 * Google's Closure Templates. Both understand the dialect our templates are written in (dotted
 * template names, SoyDoc parameters, {@code getText('key')} for i18n), so markup has one source.
 * Data passed in is plain Java: strings, numbers, booleans, lists and maps of those.
 */
public interface TemplateRenderer {

    /**
     * Renders {@code templateName} with {@code data}.
     *
     * @throws TemplateRenderingException when the template is missing or fails; never partial HTML
     */
    String render(String templateName, Map<String, Object> data);

    /**
     * Renders as {@link #render(String, Map)} does, told that the result will be about {@code expectedLength}
     * characters (a large map's HTML is megabytes), so that it can size its output for that. Only a hint: a
     * renderer may ignore it, and by default does.
     */
    default String render(String templateName, Map<String, Object> data, int expectedLength) {
        return render(templateName, data);
    }
}
