package com.journeymaps.web.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one journey-map macro occurrence (its parameters and plain-text body) into HTML through the
 * {@link TemplateRenderer}. Both hosts' macro classes call only this, so a map looks the same in
 * Confluence and in the standalone server.
 */
public final class MacroRenderService {

    /** The parameter that identifies a map inside its page. */
    public static final String MAP_ID_PARAMETER = "map-id";

    static final String PLACEHOLDER_TEMPLATE = "JourneyMaps.Macro.placeholder";

    private final TemplateRenderer renderer;

    public MacroRenderService(TemplateRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Renders the macro. Until the grid exists, every map renders as its placeholder, which already
     * carries the map's id and the output mode so the front end knows what to enhance.
     */
    public String renderJourneyMap(Map<String, String> parameters, String body, OutputMode mode) {
        Map<String, Object> data = new LinkedHashMap<>();
        String mapId = parameters == null ? null : parameters.get(MAP_ID_PARAMETER);
        data.put("mapId", mapId == null ? "" : mapId);
        data.put("interactive", mode == OutputMode.INTERACTIVE);
        data.put("empty", body == null || body.isBlank());
        return renderer.render(PLACEHOLDER_TEMPLATE, data);
    }
}
