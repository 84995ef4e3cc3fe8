package com.journeymaps.web.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One comment on one item of a journey map (a touchpoint, a stage, a pain point, an opportunity or any other
 * element with an id), as the host stores it. A comment without {@code parentId} starts a thread; a reply names the
 * comment it answers, which is always on the same map and item. Only a thread's first comment is resolved or
 * reopened: resolving says the question it raised is settled, and the whole thread counts as settled with it.
 *
 * <p>{@code text} is plain text (never markup), as the person typed it; {@code updated} equals {@code created} until
 * the author edits it.
 */
public record MapComment(long id, long pageId, String mapId, String itemId, Long parentId, String author,
                         Instant created, Instant updated, String text, boolean resolved, String resolvedBy,
                         Instant resolvedAt) {

    public MapComment {
        Objects.requireNonNull(mapId, "mapId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(text, "text");
    }

    /** Whether this comment starts a thread (is not a reply). */
    public boolean isRoot() {
        return parentId == null;
    }

    public Optional<Long> parent() {
        return Optional.ofNullable(parentId);
    }
}
