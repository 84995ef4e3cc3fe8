package com.journeymaps.web.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The host's store of comments on journey-map items. People comment on single touchpoints (and stages, pain points,
 * opportunities...) of a map to question it or add evidence; the comments belong to the page the map lives in, so the
 * host's own comment features (lists, watchers, notifications) can show them. Confluence keeps them as page comments
 * tied to the item by content properties; the standalone server in its H2 database.
 *
 * <p>Implementations do not check permissions or validate text; {@code com.journeymaps.web.comment.CommentService}
 * does that through {@link Viewer} before calling here. Every method addresses a comment by page, map and id together:
 * a comment id that belongs to another page or map is reported as not there.
 */
public interface MapComments {

    /** Every comment on the map in that page, in any order (the service sorts). */
    List<MapComment> list(long pageId, String mapId);

    /** The comment, if it exists on that page and map. */
    Optional<MapComment> find(long pageId, String mapId, long commentId);

    /**
     * Stores a new comment or reply and returns it as stored, with its id.
     *
     * @throws java.util.NoSuchElementException if the reply's parent is no longer there (deleted meanwhile); nothing
     *     was stored
     */
    MapComment add(NewComment comment);

    /** Replaces the comment's text; empty if the comment is no longer there. */
    Optional<MapComment> edit(long pageId, String mapId, long commentId, String text, Instant at);

    /**
     * Deletes the comment, but only if no reply names it as parent: replies are never deleted with it, and a comment
     * that still has replies is left as it is ({@link DeleteOutcome#HAS_REPLIES}). Implementations make the check and the
     * delete one step where the host allows it.
     */
    DeleteOutcome delete(long pageId, String mapId, long commentId);

    /**
     * Marks a thread's first comment resolved (with who and when) or open again (clearing both); empty if the comment
     * is no longer there.
     */
    Optional<MapComment> setResolved(long pageId, String mapId, long commentId, boolean resolved, String by, Instant at);

    /** What a delete did. */
    enum DeleteOutcome {
        DELETED,
        /** Nothing was deleted: the comment has replies. */
        HAS_REPLIES,
        /** Nothing was deleted: the comment was not there (any more). */
        NOT_FOUND
    }
}
