package com.journeymaps.web.comment;

import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.MapComments;
import com.journeymaps.web.port.NewComment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The comment port in memory, with the contract the hosts keep (no delete of a comment with replies). */
class InMemoryMapComments implements MapComments {

    private final Map<Long, MapComment> comments = new LinkedHashMap<>();
    private long nextId = 100;

    @Override
    public List<MapComment> list(long pageId, String mapId) {
        return new ArrayList<>(comments.values().stream().filter(c -> on(c, pageId, mapId)).toList());
    }

    @Override
    public Optional<MapComment> find(long pageId, String mapId, long commentId) {
        return Optional.ofNullable(comments.get(commentId)).filter(c -> on(c, pageId, mapId));
    }

    @Override
    public MapComment add(NewComment c) {
        MapComment stored = new MapComment(nextId++, c.pageId(), c.mapId(), c.itemId(), c.parentId(), c.author(), c.at(),
                c.at(), c.text(), false, null, null);
        comments.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<MapComment> edit(long pageId, String mapId, long commentId, String text, Instant at) {
        return find(pageId, mapId, commentId).map(c -> put(new MapComment(c.id(), c.pageId(), c.mapId(), c.itemId(),
                c.parentId(), c.author(), c.created(), at, text, c.resolved(), c.resolvedBy(), c.resolvedAt())));
    }

    @Override
    public DeleteOutcome delete(long pageId, String mapId, long commentId) {
        if (find(pageId, mapId, commentId).isEmpty()) {
            return DeleteOutcome.NOT_FOUND;
        }
        if (comments.values().stream().anyMatch(c -> Objects.equals(c.parentId(), commentId))) {
            return DeleteOutcome.HAS_REPLIES;
        }
        comments.remove(commentId);
        return DeleteOutcome.DELETED;
    }

    @Override
    public Optional<MapComment> setResolved(long pageId, String mapId, long commentId, boolean resolved, String by,
                                            Instant at) {
        return find(pageId, mapId, commentId).map(c -> put(new MapComment(c.id(), c.pageId(), c.mapId(), c.itemId(),
                c.parentId(), c.author(), c.created(), c.updated(), c.text(), resolved, resolved ? by : null,
                resolved ? at : null)));
    }

    private MapComment put(MapComment comment) {
        comments.put(comment.id(), comment);
        return comment;
    }

    private static boolean on(MapComment c, long pageId, String mapId) {
        return c.pageId() == pageId && c.mapId().equals(mapId);
    }
}
