package com.journeymaps.web.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a page as the app sees it: where it is, which version, and its storage-format
 * body, in which the page's journey maps live as macros.
 */
public record PageSnapshot(long pageId, String title, String spaceKey, int version, String body, String author,
                           Instant modified) {

    public PageSnapshot {
        Objects.requireNonNull(body, "body");
        if (version < 1) {
            throw new IllegalArgumentException("page versions start at 1, was " + version);
        }
    }
}
