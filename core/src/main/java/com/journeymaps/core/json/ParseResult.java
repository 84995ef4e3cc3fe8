package com.journeymaps.core.json;

import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading a stored journey map produced. The map is present when the document could be read
 * completely into the model (well-formed JSON within the limits, every value of the right type); it
 * may still have semantic problems such as a touchpoint in a stage that does not exist, which are
 * listed in {@link #problems()} so that a broken map can still be shown and repaired. Only a map
 * with no problems at all ({@link #ok()}) may be saved.
 *
 * @param sourceSchemaVersion the schema version the document was written in, before migration;
 *     -1 when it could not be determined
 */
public record ParseResult(Optional<JourneyMap> map, List<Problem> problems, int sourceSchemaVersion) {

    public ParseResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return map.isPresent() && problems.isEmpty();
    }

    /** The map, for callers that have checked {@link #ok()} or do not mind semantic problems. */
    public JourneyMap mapOrThrow() {
        return map.orElseThrow(() -> new IllegalStateException("not a readable journey map: " + problems));
    }

    public boolean migrated() {
        return sourceSchemaVersion >= 0 && sourceSchemaVersion < JourneyMap.CURRENT_SCHEMA_VERSION;
    }
}
