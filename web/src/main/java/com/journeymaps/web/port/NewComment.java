package com.journeymaps.web.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment to be stored: on which page, map and item, in answer to which comment ({@code parentId}, null for a new
 * thread), by whom, when, and its plain text. The app has checked all of it before it reaches the host.
 */
public record NewComment(long pageId, String mapId, String itemId, Long parentId, String author, Instant at,
                         String text) {

    public NewComment {
        Objects.requireNonNull(mapId, "mapId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
