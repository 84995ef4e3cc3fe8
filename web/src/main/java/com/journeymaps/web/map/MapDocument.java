package com.journeymaps.web.map;

import com.journeymaps.core.model.JourneyMap;
import java.util.List;
import java.util.Optional;

/**
 * A journey map as read from its page: the page version it came from (the version a client must
 * send back when saving), the parsed map when the stored JSON is valid, the problems when it is not,
 * the raw JSON as stored (so a broken map can still be copied out and repaired), and whether the
 * reader may change it (edit permission and the host not in read-only mode), so a client shows edit
 * controls only to people whose saves would be accepted.
 */
public record MapDocument(long pageId, String mapId, int pageVersion, Optional<JourneyMap> map,
                          List<ErrorDetail> problems, String storedJson, boolean canEdit) {

    public MapDocument {
        problems = List.copyOf(problems);
    }

    /** Whether the stored map holds nothing yet (inserted from an empty macro). */
    public boolean empty() {
        return storedJson.isBlank();
    }
}
