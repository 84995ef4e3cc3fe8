package com.journeymaps.web.map;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.DuplicateMacroIdException;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.MacroNotFoundException;
import com.journeymaps.core.storage.MacroOccurrence;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import com.journeymaps.core.storage.UnstorableCharacterException;
import com.journeymaps.core.validation.Problem;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.StalePageVersionException;
import com.journeymaps.web.port.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading and saving one journey map inside its page. A map is the JSON body of a
 * {@code journey-map} macro, found by its {@code map-id}; saving replaces only that macro's body
 * (the rest of the page stays byte for byte) and writes a new page version, and only if the page is
 * still at the version the client started from. Every call checks the current person's permission
 * first; a page they may not view is reported exactly like a page that does not exist.
 */
public final class MapService {

    private final PageBodies pages;
    private final Viewer viewer;
    private final StorageFormatCodec codec = new StorageFormatCodec();

    public MapService(PageBodies pages, Viewer viewer) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
    }

    /** The map as stored in the page's newest version. */
    public MapDocument read(long pageId, String mapId) {
        requireView(pageId);
        PageSnapshot page = pages.current(pageId).orElseThrow(() -> pageNotFound(pageId));
        return document(page, mapId);
    }

    /** The map as it was in a given version of its page. */
    public MapDocument readVersion(long pageId, String mapId, int version) {
        requireView(pageId);
        PageSnapshot page = pages.version(pageId, version).orElseThrow(() -> new ApiException(404, "version-not-found",
                texts().getText("journeymaps.api.error.versionnotfound", version)));
        return document(page, mapId);
    }

    /**
     * Saves {@code json} as the map's new content, based on page version {@code baseVersion}.
     *
     * @throws ApiException 404 if the page or map is not there (or not visible), 403 without edit
     *     permission, 422 if the JSON is not a valid map, 409 if the page changed since
     *     {@code baseVersion}, 503 in read-only mode; in every case nothing was written
     */
    public SaveResult save(long pageId, String mapId, int baseVersion, String json) {
        requireView(pageId);
        if (!viewer.can(PagePermission.EDIT, pageId)) {
            throw new ApiException(403, "forbidden", texts().getText("journeymaps.api.error.noedit"));
        }
        if (viewer.readOnly()) {
            throw new ApiException(503, "read-only", texts().getText("journeymaps.api.error.readonly"));
        }
        JourneyMap submitted = parseSubmitted(json, mapId);
        PageSnapshot current = pages.current(pageId).orElseThrow(() -> pageNotFound(pageId));
        if (current.version() != baseVersion) {
            throw stale(pageId, baseVersion, current.version());
        }
        macro(current, mapId);
        String comment = texts().getText("journeymaps.api.versioncomment.edited", submitted.title());
        String newBody;
        try {
            newBody = codec.replaceBody(current.body(), mapId, JourneyMapJson.write(submitted), Map.of());
        } catch (UnstorableCharacterException e) {
            throw new ApiException(422, "unstorable-character", texts().getText("journeymaps.api.error.unstorable",
                    String.format("U+%04X", e.codePoint())));
        }
        try {
            PageSnapshot saved = pages.save(pageId, current.version(), newBody, comment);
            return new SaveResult(pageId, mapId, saved.version(), submitted, false, comment);
        } catch (StalePageVersionException e) {
            throw stale(pageId, baseVersion, e.currentVersion());
        }
    }

    private JourneyMap parseSubmitted(String json, String mapId) {
        if (json == null || json.isBlank()) {
            throw new ApiException(422, "invalid-map", texts().getText("journeymaps.api.error.emptybody"));
        }
        ParseResult parsed = JourneyMapJson.parse(json);
        if (!parsed.ok()) {
            throw new ApiException(422, "invalid-map", texts().getText("journeymaps.api.error.invalidmap"),
                    details(parsed.problems()));
        }
        JourneyMap map = parsed.mapOrThrow();
        if (!mapId.equals(map.id())) {
            throw new ApiException(422, "invalid-map", texts().getText("journeymaps.api.error.invalidmap"),
                    List.of(ErrorDetail.at("/id", "id-mismatch",
                            texts().getText("journeymaps.api.error.idmismatch", map.id(), mapId))));
        }
        return map;
    }

    private MapDocument document(PageSnapshot page, String mapId) {
        MacroOccurrence macro = macro(page, mapId);
        String stored = macro.body();
        if (stored.isBlank()) {
            return new MapDocument(page.pageId(), mapId, page.version(), Optional.empty(), List.of(), stored);
        }
        ParseResult parsed = JourneyMapJson.parse(stored);
        return new MapDocument(page.pageId(), mapId, page.version(), parsed.map(), details(parsed.problems()), stored);
    }

    private MacroOccurrence macro(PageSnapshot page, String mapId) {
        MacroOccurrence macro;
        try {
            macro = codec.get(page.body(), mapId);
        } catch (MacroNotFoundException e) {
            throw mapNotFound(mapId);
        } catch (DuplicateMacroIdException e) {
            throw new ApiException(409, "duplicate-map-id", texts().getText("journeymaps.api.error.duplicatemapid", mapId));
        } catch (StorageFormatException e) {
            throw new ApiException(422, "invalid-page-storage", texts().getText("journeymaps.api.error.storage"),
                    List.of(new ErrorDetail("", "storage", e.reason(), e.line(), e.column())));
        }
        if (macro.kind() != MacroKind.JOURNEY_MAP) {
            throw mapNotFound(mapId); // a persona macro with that id is not a map
        }
        return macro;
    }

    private ApiException mapNotFound(String mapId) {
        return new ApiException(404, "map-not-found", texts().getText("journeymaps.api.error.mapnotfound", mapId));
    }

    private List<ErrorDetail> details(List<Problem> problems) {
        Texts texts = texts();
        return problems.stream()
                .map(p -> new ErrorDetail(p.pointer(), p.code(), p.message(texts), p.line(), p.column()))
                .toList();
    }

    private void requireView(long pageId) {
        if (!viewer.can(PagePermission.VIEW, pageId)) {
            throw pageNotFound(pageId);
        }
    }

    private ApiException pageNotFound(long pageId) {
        return new ApiException(404, "page-not-found", texts().getText("journeymaps.api.error.pagenotfound", String.valueOf(pageId)));
    }

    private ApiException stale(long pageId, int baseVersion, int currentVersion) {
        return new ApiException(409, "stale-version", texts().getText("journeymaps.api.error.stale",
                String.valueOf(baseVersion), String.valueOf(currentVersion)),
                List.of(ErrorDetail.at("", "stale-version", String.valueOf(currentVersion))));
    }

    private Texts texts() {
        return viewer.texts();
    }
}
