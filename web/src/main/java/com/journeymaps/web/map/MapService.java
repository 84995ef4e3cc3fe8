package com.journeymaps.web.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.journeymaps.core.diff.Change;
import com.journeymaps.core.diff.ChangeSummaries;
import com.journeymaps.core.diff.MapDiff;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.merge.Conflict;
import com.journeymaps.core.merge.MapMerge;
import com.journeymaps.core.merge.MergeResult;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.storage.DuplicateMacroIdException;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.MacroNotFoundException;
import com.journeymaps.core.storage.MacroOccurrence;
import com.journeymaps.core.storage.PageReference;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import com.journeymaps.core.storage.UnstorableCharacterException;
import com.journeymaps.core.template.Templates;
import com.journeymaps.core.validation.MapRepair;
import com.journeymaps.core.validation.Problem;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.StalePageVersionException;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.PersonaDirectory;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>Every save also writes the macro's {@value StorageFormatCodec#PERSONA_LINKS_PARAMETER} parameter from the saved
 * map: one page link per persona page the map references, so that the host records the map page as linking to its
 * persona pages (Confluence's incoming links, {@code LinkManager}). Each persona page id is resolved through the
 * {@link PersonaDirectory} as the person saving sees it: a page they may not see, or that is gone or no persona page,
 * gets no link (its id stays in the JSON, which remains the source of truth), so no title reaches the page that its
 * saver could not read. Save, merge, repair, restore, CSV import and templates all write through {@link #save}.
 */
public final class MapService {

    /**
     * How often a save is merged again when yet another save lands between reading and writing. Each
     * round re-reads the page and merges once more, so this bounds the work under heavy contention
     * (16 people saving one map at once needed up to 8 rounds in ConcurrentEditorsIT); past it the
     * caller gets 409 stale-version and can simply retry.
     */
    static final int MAX_SAVE_ATTEMPTS = 20;

    private final PageBodies pages;
    private final Viewer viewer;
    private final PersonaDirectory personas;
    private final StorageFormatCodec codec = new StorageFormatCodec();

    /** The hosts' service: every save keeps the persona links in step with the map (see the class comment). */
    public MapService(PageBodies pages, Viewer viewer, PersonaDirectory personas) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.personas = Objects.requireNonNull(personas, "personas");
    }

    /**
     * A service without a persona directory, for callers that never change which personas a map uses: saves keep the
     * persona links the page already carries, exactly as they are.
     */
    public MapService(PageBodies pages, Viewer viewer) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.personas = null;
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
                texts().getText("journeymaps.api.error.versionnotfound", String.valueOf(version))));
        return document(page, mapId);
    }

    /**
     * Saves {@code json} as the map's new content, based on page version {@code baseVersion}.
     *
     * When the page has moved on since {@code baseVersion}, the client's changes are merged three
     * ways (base = the map at {@code baseVersion}, theirs = the stored map, ours = {@code json}) and the
     * merge is saved; the version comment summarises what the save changed.
     *
     * @throws ApiException 404 if the page or map is not there (or not visible), 403 without edit
     *     permission, 422 if the JSON is not a valid map, 409 with every conflict when the changes
     *     cannot be merged, 503 in read-only mode; in every case nothing was written
     */
    public SaveResult save(long pageId, String mapId, int baseVersion, String json) {
        requireBaseVersion(baseVersion);
        requireView(pageId);
        if (!viewer.can(PagePermission.EDIT, pageId)) {
            throw new ApiException(403, "forbidden", texts().getText("journeymaps.api.error.noedit"));
        }
        requireWritable();
        JourneyMap submitted = parseSubmitted(json, mapId);
        Map<Long, Optional<PageReference>> linkTargets = new HashMap<>();
        for (int attempt = 0; ; attempt++) {
            PageSnapshot current = pages.current(pageId).orElseThrow(() -> pageNotFound(pageId));
            Optional<JourneyMap> stored = storedMap(current, mapId);
            JourneyMap toWrite = submitted;
            boolean merged = false;
            if (current.version() != baseVersion) {
                toWrite = mergeWithNewer(pageId, mapId, baseVersion, current, stored, submitted);
                merged = true;
            }
            String comment = versionComment(stored, toWrite);
            String newBody;
            try {
                List<PageReference> links = personas == null
                        ? codec.pageLinks(current.body(), mapId, StorageFormatCodec.PERSONA_LINKS_PARAMETER)
                        : personaLinks(toWrite, linkTargets);
                newBody = codec.replaceBody(current.body(), mapId, JourneyMapJson.write(toWrite), Map.of(),
                        Map.of(StorageFormatCodec.PERSONA_LINKS_PARAMETER, links));
            } catch (UnstorableCharacterException e) {
                throw new ApiException(422, "unstorable-character", texts().getText("journeymaps.api.error.unstorable",
                        String.format("U+%04X", e.codePoint())));
            }
            try {
                PageSnapshot saved = pages.save(pageId, current.version(), newBody, comment);
                return new SaveResult(pageId, mapId, saved.version(), toWrite, merged, comment);
            } catch (StalePageVersionException e) {
                if (attempt >= MAX_SAVE_ATTEMPTS - 1) {
                    throw stale(pageId, baseVersion, e.currentVersion());
                }
                // Someone saved between our read and our write: go round again, merging with their version.
            }
        }
    }

    /**
     * Repairs the map stored at {@code baseVersion} mechanically (see {@link MapRepair}) and saves the
     * result like any other save. Refused with 422 and the problems left when something needs a
     * person; nothing is written then.
     */
    public SaveResult repair(long pageId, String mapId, int baseVersion) {
        requireBaseVersion(baseVersion);
        requireView(pageId);
        if (!viewer.can(PagePermission.EDIT, pageId)) {
            throw new ApiException(403, "forbidden", texts().getText("journeymaps.api.error.noedit"));
        }
        requireWritable();
        PageSnapshot page = pages.version(pageId, baseVersion).orElseThrow(() -> new ApiException(404, "version-not-found",
                texts().getText("journeymaps.api.error.versionnotfound", String.valueOf(baseVersion))));
        ParseResult parsed = JourneyMapJson.parse(macro(page, mapId).body());
        if (parsed.map().isEmpty()) {
            throw new ApiException(422, "not-repairable", texts().getText("journeymaps.api.error.notrepairable"),
                    details(parsed.problems()));
        }
        MapRepair.Result repaired = MapRepair.repair(parsed.map().get(), Ids.random());
        if (repaired.map().isEmpty()) {
            throw new ApiException(422, "not-repairable", texts().getText("journeymaps.api.error.notrepairable"),
                    details(repaired.remaining()));
        }
        return save(pageId, mapId, baseVersion, JourneyMapJson.write(repaired.map().get()));
    }

    /**
     * Fills an empty map macro with a new map made from the template {@code templateId}, worded in the
     * viewer's language, with the macro's id as the map's id. Saved like any other save against
     * {@code baseVersion}; refused with 409 {@code map-not-empty} when the macro already holds a map
     * (a template never overwrites one) and with 400 {@code unknown-template} for an id no template has.
     */
    public SaveResult startFromTemplate(long pageId, String mapId, String templateId, int baseVersion) {
        requireBaseVersion(baseVersion);
        requireView(pageId);
        if (Templates.find(templateId == null ? "" : templateId).isEmpty()) {
            throw new ApiException(400, "unknown-template", texts().getText("journeymaps.api.error.unknowntemplate",
                    String.valueOf(templateId)), List.of(ErrorDetail.at("", "template",
                    texts().getText("journeymaps.api.error.unknowntemplate.detail"))));
        }
        PageSnapshot current = pages.current(pageId).orElseThrow(() -> pageNotFound(pageId));
        if (!macro(current, mapId).body().isBlank()) {
            throw new ApiException(409, "map-not-empty", texts().getText("journeymaps.api.error.mapnotempty", mapId));
        }
        JourneyMap map = Templates.create(templateId, texts(), Ids.random()).toBuilder().id(mapId).build();
        return save(pageId, mapId, baseVersion, JourneyMapJson.write(map));
    }

    /**
     * Three-way merge of the client's map (based on {@code baseVersion}) with the newer stored one.
     * Disjoint changes merge; true conflicts are refused with every conflict and both values.
     */
    private JourneyMap mergeWithNewer(long pageId, String mapId, int baseVersion, PageSnapshot current,
                                      Optional<JourneyMap> theirs, JourneyMap ours) {
        Optional<JourneyMap> base = pages.version(pageId, baseVersion).flatMap(page -> storedMapOrEmpty(page, mapId));
        if (base.isEmpty() || theirs.isEmpty()) {
            throw stale(pageId, baseVersion, current.version());
        }
        MergeResult result = MapMerge.merge(base.get(), ours, theirs.get());
        if (result.merged().isPresent()) {
            return result.merged().get();
        }
        Texts texts = texts();
        List<ErrorDetail> details = result.conflicts().stream()
                .map(c -> ErrorDetail.at(pointer(c), c.type().id(), c.sentence(texts)))
                .toList();
        ArrayNode conflicts = JsonNodeFactory.instance.arrayNode();
        result.conflicts().forEach(c -> conflicts.add(c.toJson()));
        throw new ApiException(409, "conflict", texts.getText("journeymaps.api.error.conflict",
                String.valueOf(result.conflicts().size())), details, conflicts);
    }

    private static String pointer(Conflict conflict) {
        return "/" + conflict.elementKind().name().toLowerCase(java.util.Locale.ROOT) + "/" + conflict.elementId()
                + (conflict.field() == null ? "" : "/" + conflict.field());
    }

    /**
     * One link per distinct persona page of {@code map} that the directory resolves for the person saving, in the
     * map's persona order; {@code resolved} remembers answers across the rounds of one save.
     */
    private List<PageReference> personaLinks(JourneyMap map, Map<Long, Optional<PageReference>> resolved) {
        List<PageReference> links = new ArrayList<>();
        for (PersonaRef persona : map.personas()) {
            Optional<PageReference> target = resolved.computeIfAbsent(persona.pageId(), personas::linkTarget);
            target.filter(link -> !links.contains(link)).ifPresent(links::add);
        }
        return links;
    }

    private String versionComment(Optional<JourneyMap> before, JourneyMap after) {
        Texts texts = texts();
        if (before.isEmpty()) {
            return texts.getText("journeymaps.api.versioncomment.created", after.title());
        }
        List<Change> changes = MapDiff.diff(before.get(), after);
        return changes.isEmpty()
                ? texts.getText("journeymaps.api.versioncomment.unchanged", after.title())
                : ChangeSummaries.versionComment(changes, texts);
    }

    /** The valid map stored in this page version, if there is one (an empty or broken one is none). */
    private Optional<JourneyMap> storedMap(PageSnapshot page, String mapId) {
        String stored = macro(page, mapId).body();
        if (stored.isBlank()) {
            return Optional.empty();
        }
        ParseResult parsed = JourneyMapJson.parse(stored);
        return parsed.ok() ? parsed.map() : Optional.empty();
    }

    /**
     * The map as read from a page version, without a permission check: for callers in this package
     * that have checked the viewer once for the whole page (the history reads every version). Empty
     * when the version, the macro or the page's storage cannot be read; a map with semantic problems
     * is returned as read, like {@link #readVersion}.
     */
    Optional<JourneyMap> mapInVersion(long pageId, String mapId, int version) {
        try {
            return pages.version(pageId, version).flatMap(page -> {
                String stored = macro(page, mapId).body();
                return stored.isBlank() ? Optional.empty() : JourneyMapJson.parse(stored).map();
            });
        } catch (ApiException e) {
            return Optional.empty();
        }
    }

    private Optional<JourneyMap> storedMapOrEmpty(PageSnapshot page, String mapId) {
        try {
            return storedMap(page, mapId);
        } catch (ApiException e) {
            return Optional.empty(); // the map did not exist yet in that version
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
        boolean canEdit = viewer.can(PagePermission.EDIT, page.pageId()) && !viewer.readOnly();
        if (stored.isBlank()) {
            return new MapDocument(page.pageId(), mapId, page.version(), Optional.empty(), List.of(), stored, canEdit);
        }
        ParseResult parsed = JourneyMapJson.parse(stored);
        return new MapDocument(page.pageId(), mapId, page.version(), parsed.map(), details(parsed.problems()), stored,
                canEdit);
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

    /**
     * Every change is made against the page version the client started from; 0 (or less) means the
     * client did not say which (a missing {@code ?baseVersion=}), which is refused before anything else.
     */
    /**
     * Refuses every change while the host is in read-only mode (maintenance), with 503 and the reason in the caller's
     * language. Callers check view and edit permission first, so the answer never tells more than those would.
     */
    void requireWritable() {
        if (viewer.readOnly()) {
            throw new ApiException(503, "read-only", texts().getText("journeymaps.api.error.readonly"));
        }
    }

    void requireBaseVersion(int baseVersion) {
        if (baseVersion < 1) {
            throw new ApiException(400, "missing-base-version", texts().getText("journeymaps.api.error.nobaseversion"),
                    List.of(ErrorDetail.at("", "baseVersion", texts().getText("journeymaps.api.error.nobaseversion.detail"))));
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
