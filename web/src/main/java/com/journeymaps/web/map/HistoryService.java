package com.journeymaps.web.map;

import com.journeymaps.core.diff.Change;
import com.journeymaps.core.diff.ChangeSummaries;
import com.journeymaps.core.diff.MapDiff;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PageVersion;
import com.journeymaps.web.port.Viewer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A journey map's history, read from its page's versions: the versions in which the map changed
 * (with a semantic summary of each), the changes between any two versions, and restoring an old
 * version as a new one. Nothing is stored besides the page versions themselves.
 */
public final class HistoryService {

    private final PageBodies pages;
    private final Viewer viewer;
    private final MapService maps;

    public HistoryService(PageBodies pages, Viewer viewer, MapService maps) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.maps = Objects.requireNonNull(maps, "maps");
    }

    /** The page versions in which the map changed, newest first. Versions where it was broken are skipped. */
    public List<MapVersion> versions(long pageId, String mapId) {
        maps.read(pageId, mapId); // checks permission and that the map exists now
        Texts texts = viewer.texts();
        List<PageVersion> all = new ArrayList<>(pages.versions(pageId));
        all.sort((a, b) -> Integer.compare(a.version(), b.version()));
        List<MapVersion> changed = new ArrayList<>();
        Optional<JourneyMap> previous = Optional.empty();
        for (PageVersion version : all) {
            Optional<JourneyMap> map = mapAt(pageId, mapId, version.version());
            if (map.isEmpty()) {
                continue;
            }
            List<Change> changes = previous.map(p -> MapDiff.diff(p, map.get())).orElse(List.of());
            if (previous.isEmpty() || !changes.isEmpty()) {
                String summary = previous.isEmpty()
                        ? texts.getText("journeymaps.api.versioncomment.created", map.get().title())
                        : ChangeSummaries.versionComment(changes, texts);
                changed.add(new MapVersion(version.version(), version.author(), version.modified(),
                        version.comment() == null ? "" : version.comment(), summary, changes.size()));
            }
            previous = map;
        }
        Collections.reverse(changed);
        return changed;
    }

    /** What changed in the map from page version {@code from} to {@code to}. */
    public List<Change> diff(long pageId, String mapId, int from, int to) {
        JourneyMap before = requiredMapAt(pageId, mapId, from);
        JourneyMap after = requiredMapAt(pageId, mapId, to);
        return MapDiff.diff(before, after);
    }

    /**
     * Saves the map as it was in {@code version} as the newest version, based on {@code baseVersion}
     * (the version the person was looking at): a restore is an ordinary save, so it merges or
     * conflicts like any other.
     */
    public SaveResult restore(long pageId, String mapId, int version, int baseVersion) {
        JourneyMap old = requiredMapAt(pageId, mapId, version);
        return maps.save(pageId, mapId, baseVersion, JourneyMapJson.write(old));
    }

    private JourneyMap requiredMapAt(long pageId, String mapId, int version) {
        MapDocument document = maps.readVersion(pageId, mapId, version);
        return document.map().orElseThrow(() -> new ApiException(422, "invalid-map",
                viewer.texts().getText("journeymaps.api.error.brokenversion", String.valueOf(version)), document.problems()));
    }

    /** The permission was checked once by {@link #versions}; each version is only read and parsed. */
    private Optional<JourneyMap> mapAt(long pageId, String mapId, int version) {
        return maps.mapInVersion(pageId, mapId, version); // empty: not on the page yet, or unreadable then
    }
}
