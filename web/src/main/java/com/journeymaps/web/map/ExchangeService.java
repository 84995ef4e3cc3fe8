package com.journeymaps.web.map;

import com.journeymaps.core.csv.CsvImportResult;
import com.journeymaps.core.csv.CsvProblem;
import com.journeymaps.core.csv.TouchpointCsv;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import java.util.List;
import java.util.Objects;

/**
 * Getting a map's data in and out of the page: CSV and JSON export, and CSV import of touchpoints
 * in two steps, a preview of what would change (nothing written) and applying it as an ordinary save,
 * so an import merges with or conflicts against concurrent edits like any other change.
 */
public final class ExchangeService {

    /** Limit of an uploaded CSV file, in characters. */
    public static final int MAX_CSV = 2 * 1024 * 1024;

    private final MapService maps;
    private final Viewer viewer;

    public ExchangeService(MapService maps, Viewer viewer) {
        this.maps = Objects.requireNonNull(maps, "maps");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
    }

    /** What an import would do: the touchpoints it adds, updates and leaves alone, or every row problem. */
    public record ImportPreview(int pageVersion, List<String> added, List<String> updated, List<String> unchanged,
                                List<ErrorDetail> problems) {
    }

    public String exportCsv(long pageId, String mapId) {
        return TouchpointCsv.export(validMap(maps.read(pageId, mapId)));
    }

    public String exportJson(long pageId, String mapId) {
        return JourneyMapJson.write(validMap(maps.read(pageId, mapId)));
    }

    public ImportPreview preview(long pageId, String mapId, String csv) {
        MapDocument document = maps.read(pageId, mapId);
        CsvImportResult result = TouchpointCsv.preview(validMap(document), requireCsv(csv));
        return new ImportPreview(document.pageVersion(), result.addedIds(), result.updatedIds(), result.unchangedIds(),
                problems(result.problems()));
    }

    /**
     * Applies the import to the map as of {@code baseVersion} and saves it. Any invalid row refuses
     * the whole import (422 with every row and column); nothing is written then.
     */
    public SaveResult apply(long pageId, String mapId, int baseVersion, String csv) {
        maps.requireBaseVersion(baseVersion);
        if (!viewer.can(PagePermission.EDIT, pageId)) {
            maps.read(pageId, mapId); // a page the viewer cannot see is a 404, not a 403
            throw new ApiException(403, "forbidden", viewer.texts().getText("journeymaps.api.error.noedit"));
        }
        maps.requireWritable();
        MapDocument base = maps.readVersion(pageId, mapId, baseVersion);
        CsvImportResult result = TouchpointCsv.preview(validMap(base), requireCsv(csv));
        if (!result.ok()) {
            throw new ApiException(422, "invalid-csv", viewer.texts().getText("journeymaps.api.error.invalidcsv"),
                    problems(result.problems()));
        }
        return maps.save(pageId, mapId, baseVersion, JourneyMapJson.write(result.map().orElseThrow()));
    }

    private String requireCsv(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ApiException(422, "invalid-csv", viewer.texts().getText("journeymaps.api.error.emptycsv"));
        }
        if (csv.length() > MAX_CSV) {
            throw new ApiException(413, "too-large", viewer.texts().getText("journeymaps.api.error.toolarge", MAX_CSV));
        }
        return csv;
    }

    private JourneyMap validMap(MapDocument document) {
        // A macro with an empty body has no problems to list but no map either: say so, at the document's root.
        List<ErrorDetail> details = document.map().isEmpty() && document.problems().isEmpty()
                ? List.of(ErrorDetail.at("", "empty", viewer.texts().getText("journeymaps.validation.empty")))
                : document.problems();
        return document.map().filter(map -> document.problems().isEmpty()).orElseThrow(() -> new ApiException(422,
                "invalid-map", viewer.texts().getText("journeymaps.api.error.storedinvalid"), details));
    }

    private List<ErrorDetail> problems(List<CsvProblem> problems) {
        Texts texts = viewer.texts();
        return problems.stream()
                .map(p -> new ErrorDetail("/rows/" + p.row() + (p.column() == null ? "" : "/" + p.column()), p.key(),
                        p.message(texts), p.row(), 0))
                .toList();
    }
}
