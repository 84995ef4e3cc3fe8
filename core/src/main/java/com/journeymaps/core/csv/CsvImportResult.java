package com.journeymaps.core.csv;

import com.journeymaps.core.model.JourneyMap;
import java.util.List;
import java.util.Optional;

/**
 * What importing a CSV file into a map would do, for a preview the user confirms before anything
 * is saved. Either the file has problems (then there is no map: an import applies all rows or
 * none), or it yields the new map together with which touchpoints it adds, which it changes and
 * which rows matched a touchpoint without changing it.
 */
public record CsvImportResult(Optional<JourneyMap> map, List<CsvProblem> problems, List<String> addedIds,
                              List<String> updatedIds, List<String> unchangedIds) {

    public CsvImportResult {
        problems = List.copyOf(problems);
        addedIds = List.copyOf(addedIds);
        updatedIds = List.copyOf(updatedIds);
        unchangedIds = List.copyOf(unchangedIds);
    }

    static CsvImportResult failed(List<CsvProblem> problems) {
        return new CsvImportResult(Optional.empty(), problems, List.of(), List.of(), List.of());
    }

    public boolean ok() {
        return map.isPresent();
    }
}
