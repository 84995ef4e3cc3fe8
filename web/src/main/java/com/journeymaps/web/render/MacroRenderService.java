package com.journeymaps.web.render;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.core.persona.PersonaJson;
import com.journeymaps.web.map.MapDocument;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.render.view.ErrorViewModel;
import com.journeymaps.web.render.view.MapViewModel;
import com.journeymaps.web.render.view.PersonaViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns one journey-map macro occurrence (its parameters and plain-text body) into HTML through the
 * {@link TemplateRenderer}. Both hosts' macro classes call only this, so a map looks the same in
 * Confluence and in the standalone server.
 *
 * <p>An empty body renders the placeholder; a readable map renders header, grid, emotion curve and
 * flows; a body with problems renders the error panel (with the map below it when the document
 * could still be read). Stored data never makes rendering fail.
 */
public final class MacroRenderService {

    /** The parameter that identifies a map inside its page. */
    public static final String MAP_ID_PARAMETER = "map-id";

    static final String PLACEHOLDER_TEMPLATE = "JourneyMaps.Macro.placeholder";
    static final String MAP_TEMPLATE = "JourneyMaps.Map.map";
    static final String ERROR_TEMPLATE = "JourneyMaps.Error.panel";
    static final String PERSONA_TEMPLATE = "JourneyMaps.Persona.page";
    /** The largest size {@link #expectedMapHtml} gives (a hint only: a larger map still renders whole). */
    private static final int MAX_EXPECTED_HTML = 1 << 26;

    private final TemplateRenderer renderer;
    private final Supplier<Texts> texts;
    private final PersonaDirectory personas;

    /**
     * @param texts the i18n texts in the language of the request being rendered, for the words
     *     computed outside templates (validation messages, labels of channels and severities)
     * @param personas the persona pages as the current viewer sees them
     */
    public MacroRenderService(TemplateRenderer renderer, Supplier<Texts> texts, PersonaDirectory personas) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.personas = Objects.requireNonNull(personas, "personas");
    }

    /**
     * A service with English texts and no persona pages (cards show the titles cached in the map).
     * For hosts not yet wired with their own {@link Texts} and {@link PersonaDirectory}.
     */
    public MacroRenderService(TemplateRenderer renderer) {
        this(renderer, englishTexts(), PersonaDirectory.NONE);
    }

    private static Supplier<Texts> englishTexts() {
        BundleTexts english = BundleTexts.forLocale(Locale.ENGLISH);
        return () -> english;
    }

    /** Renders a journey-map macro: placeholder, map or error panel. */
    public String renderJourneyMap(Map<String, String> parameters, String body, OutputMode mode) {
        return renderJourneyMap(parameters, body, mode, null);
    }

    /**
     * Renders a journey-map macro shown on {@code page} (the newest version of that page, in the page view): as
     * {@link #renderJourneyMap(Map, String, OutputMode)}, and an interactive render of a readable map also carries
     * the map's read, the object {@code GET /pages/{pageId}/maps/{mapId}} answers with, so the front end need not ask
     * for it. The host passes {@code page} only where that read would say the same: the newest version, a map id
     * no other macro on the page carries.
     *
     * @param page the page as its view shows it, or {@code null} where the front end is to read the map itself
     */
    public String renderJourneyMap(Map<String, String> parameters, String body, OutputMode mode, MapPage page) {
        String mapId = parameters == null ? null : parameters.get(MAP_ID_PARAMETER);
        mapId = mapId == null ? "" : mapId;
        boolean interactive = mode == OutputMode.INTERACTIVE;
        if (body == null || body.isBlank()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("mapId", mapId);
            data.put("interactive", interactive);
            data.put("empty", true);
            return renderer.render(PLACEHOLDER_TEMPLATE, data);
        }
        Texts language = texts.get();
        ParseResult result = JourneyMapJson.parse(body);
        if (result.ok()) {
            Map<String, Object> data = MapViewModel.of(result.mapOrThrow(), mapId, mode, language, personas);
            if (interactive && page != null && !mapId.isEmpty()) {
                data.put("read", MapReadJson.writeForPage(new MapDocument(page.pageId(), mapId, page.pageVersion(),
                        Optional.of(result.mapOrThrow()), List.of(), body, page.canEdit())));
            }
            return renderer.render(MAP_TEMPLATE, data, expectedMapHtml(body));
        }
        String id = mapId.isEmpty() ? result.map().map(m -> m.id() == null ? "" : m.id()).orElse("") : mapId;
        Map<String, Object> mapData = result.map()
                .map(m -> MapViewModel.of(m, id, mode, language, personas)).orElse(null);
        return renderer.render(ERROR_TEMPLATE, ErrorViewModel.of(result, body, id, mode, language, mapData));
    }

    /**
     * About how many characters of HTML a map of this JSON renders to, a little more rather than less: up to
     * 6.8 per character of JSON for the generated benchmark maps, in English and German (less for maps with
     * longer texts), plus the 16 to 21 KB every interactive map carries (editor texts, channel symbols); see
     * docs/performance.md, "Session 6". Only a size hint for the renderer's output; a larger map still renders.
     */
    static int expectedMapHtml(String json) {
        return (int) Math.min(MAX_EXPECTED_HTML, 7L * json.length() + 24_576);
    }

    /**
     * Renders a {@code journey-persona} macro on the persona page {@code pageId}: the persona's card
     * with every field and the journey maps that use it, as far as the viewer may see them.
     */
    public String renderPersona(long pageId, String body, OutputMode mode) {
        Optional<Persona> persona = PersonaJson.parse(body);
        Optional<PersonaPage> page = personas.find(pageId);
        String pageTitle = page.map(p -> p.page().title()).orElse("");
        List<PageLink> usedIn = personas.mapsUsing(pageId);
        return renderer.render(PERSONA_TEMPLATE,
                PersonaViewModel.of(pageId, persona, pageTitle, usedIn, mode, texts.get()));
    }
}
