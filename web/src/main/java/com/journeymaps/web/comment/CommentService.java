package com.journeymaps.web.comment;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.ErrorDetail;
import com.journeymaps.web.map.MapDocument;
import com.journeymaps.web.map.MapService;
import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.MapComments;
import com.journeymaps.web.port.NewComment;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Comments on the items of a journey map: who may do what, what a comment may say, and how comments form threads.
 *
 * <ul>
 *   <li>Reading (threads, counts) needs view permission on the page; a page the reader may not see is answered
 *       exactly like a page that does not exist (404), as for maps.</li>
 *   <li>Commenting, replying, resolving and reopening need comment permission; editing and deleting a comment need
 *       comment permission and being its author. In read-only mode every change is refused (503).</li>
 *   <li>A new comment must name an item (any id in the page's current map: touchpoint, stage, pain point,
 *       opportunity, metric, evidence, lane item, flow, persona or the map itself); a reply must answer a comment on
 *       the same map and item, and joins that comment's thread. Only a thread's first comment is resolved or
 *       reopened.</li>
 *   <li><b>Deleting a comment that has replies is refused</b> (409 {@code comment-has-replies}): replies are other
 *       people's words and are never deleted with it, nor left without the comment they answer. Resolve the thread
 *       instead, or delete the replies first (each by its author).</li>
 * </ul>
 * Comments on items that were later removed from the map stay stored and listed (the reader sees their
 * {@code itemId}), but nobody can add to them.
 */
public final class CommentService {

    /** The longest item id accepted: map element ids are at most 64 characters. */
    static final int MAX_ITEM_ID_LENGTH = 64;

    private static final Comparator<MapComment> OLDEST_FIRST =
            Comparator.comparing(MapComment::created).thenComparingLong(MapComment::id);

    private final MapComments comments;
    private final MapService maps;
    private final Viewer viewer;
    private final Clock clock;

    public CommentService(MapComments comments, MapService maps, Viewer viewer) {
        this(comments, maps, viewer, Clock.systemUTC());
    }

    public CommentService(MapComments comments, MapService maps, Viewer viewer, Clock clock) {
        this.comments = Objects.requireNonNull(comments, "comments");
        this.maps = Objects.requireNonNull(maps, "maps");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The map's comment threads, oldest first, each with its replies oldest first; with {@code itemId}, only the
     * threads on that item. Also says whether the reader may comment and counts open comments per item.
     */
    public CommentThreads threads(long pageId, String mapId, Optional<String> itemId) {
        maps.read(pageId, mapId); // view permission, page and map exist
        List<MapComment> all = comments.list(pageId, mapId);
        boolean canComment = mayComment(pageId);
        Map<Long, List<MapComment>> byRoot = groupByRoot(all);
        List<CommentView> threads = new ArrayList<>();
        for (Map.Entry<Long, List<MapComment>> thread : byRoot.entrySet()) {
            List<MapComment> members = thread.getValue();
            MapComment root = members.get(0);
            if (itemId.isPresent() && !itemId.get().equals(root.itemId())) {
                continue;
            }
            Map<Long, Integer> replyCounts = replyCounts(members);
            List<CommentView> replies = members.subList(1, members.size()).stream()
                    .map(reply -> view(reply, canComment, replyCounts, List.of()))
                    .toList();
            threads.add(view(root, canComment, replyCounts, replies));
        }
        return new CommentThreads(pageId, mapId, canComment, threads, openCounts(all));
    }

    /**
     * How many open comments each item of the map has: the comments (first comments and replies) of threads that are
     * not resolved. Items without open comments are left out.
     */
    public Map<String, Integer> openCounts(long pageId, String mapId) {
        maps.read(pageId, mapId);
        return openCounts(comments.list(pageId, mapId));
    }

    /**
     * Adds a comment to an item, or a reply to {@code parentId} (then {@code itemId} may be left out: the reply is on
     * the parent's item). Returns the comment as stored.
     */
    public CommentView add(long pageId, String mapId, String itemId, Long parentId, String text) {
        MapDocument document = maps.read(pageId, mapId);
        String author = requireChange(pageId);
        String checkedText = CommentText.check(text, texts());
        String item = itemId;
        if (parentId != null) {
            MapComment parent = comments.find(pageId, mapId, parentId)
                    .orElseThrow(() -> invalid("/parentId", "parent-not-found",
                            texts().getText("journeymaps.comments.error.parentnotfound", String.valueOf(parentId))));
            if (item == null || item.isBlank()) {
                item = parent.itemId();
            } else if (!item.equals(parent.itemId())) {
                throw invalid("/parentId", "parent-on-other-item",
                        texts().getText("journeymaps.comments.error.parentitem", String.valueOf(parentId), item));
            }
        }
        requireItem(document, item);
        MapComment stored;
        try {
            stored = comments.add(new NewComment(pageId, mapId, item, parentId, author, clock.instant(), checkedText));
        } catch (NoSuchElementException e) {
            throw invalid("/parentId", "parent-not-found",
                    texts().getText("journeymaps.comments.error.parentnotfound", String.valueOf(parentId)));
        }
        return view(stored, true, Map.of(), List.of());
    }

    /** Replaces the text of the caller's own comment. */
    public CommentView edit(long pageId, String mapId, long commentId, String text) {
        maps.read(pageId, mapId);
        MapComment comment = find(pageId, mapId, commentId);
        String caller = requireChange(pageId);
        requireAuthor(comment, caller);
        String checkedText = CommentText.check(text, texts());
        MapComment edited = comments.edit(pageId, mapId, commentId, checkedText, clock.instant())
                .orElseThrow(() -> commentNotFound(commentId));
        return view(edited, true, Map.of(), List.of());
    }

    /** Deletes the caller's own comment, unless it has replies (see the class comment). */
    public void delete(long pageId, String mapId, long commentId) {
        maps.read(pageId, mapId);
        MapComment comment = find(pageId, mapId, commentId);
        String caller = requireChange(pageId);
        requireAuthor(comment, caller);
        switch (comments.delete(pageId, mapId, commentId)) {
            case DELETED -> { }
            case NOT_FOUND -> throw commentNotFound(commentId);
            case HAS_REPLIES -> throw new ApiException(409, "comment-has-replies",
                    texts().getText("journeymaps.comments.error.hasreplies"),
                    List.of(ErrorDetail.at("/commentId", "comment-has-replies", String.valueOf(commentId))));
        }
    }

    /** Resolves ({@code true}) or reopens ({@code false}) the thread that {@code commentId} starts. */
    public CommentView setResolved(long pageId, String mapId, long commentId, boolean resolved) {
        maps.read(pageId, mapId);
        MapComment comment = find(pageId, mapId, commentId);
        String caller = requireChange(pageId);
        if (!comment.isRoot()) {
            throw invalid("/commentId", "not-a-thread",
                    texts().getText("journeymaps.comments.error.notthread", String.valueOf(commentId)));
        }
        MapComment result = comment;
        if (comment.resolved() != resolved) {
            result = comments.setResolved(pageId, mapId, commentId, resolved, caller, clock.instant())
                    .orElseThrow(() -> commentNotFound(commentId));
        }
        boolean hasReplies = comments.list(pageId, mapId).stream().anyMatch(c -> Objects.equals(c.parentId(), commentId));
        return view(result, true, Map.of(commentId, hasReplies ? 1 : 0), List.of());
    }

    // --- threads and counts ---------------------------------------------------------------------------------------

    /** Comments grouped by the first comment of their thread, threads and members oldest first. */
    private static Map<Long, List<MapComment>> groupByRoot(List<MapComment> all) {
        Map<Long, MapComment> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Map<Long, List<MapComment>> byRoot = new HashMap<>();
        for (MapComment comment : all) {
            byRoot.computeIfAbsent(rootOf(comment, byId).id(), id -> new ArrayList<>()).add(comment);
        }
        List<List<MapComment>> threads = new ArrayList<>(byRoot.values());
        threads.forEach(members -> members.sort(Comparator.comparing((MapComment c) -> c.id() != rootIdOf(c, byId))
                .thenComparing(OLDEST_FIRST)));
        threads.sort(Comparator.comparing(members -> members.get(0), OLDEST_FIRST));
        Map<Long, List<MapComment>> ordered = new LinkedHashMap<>();
        threads.forEach(members -> ordered.put(members.get(0).id(), members));
        return ordered;
    }

    private static long rootIdOf(MapComment comment, Map<Long, MapComment> byId) {
        return rootOf(comment, byId).id();
    }

    /**
     * The first comment of the thread {@code comment} is in. Bounded by the number of comments, so a cycle in broken
     * stored data cannot loop; a reply whose parent is gone counts as the start of its own thread.
     */
    private static MapComment rootOf(MapComment comment, Map<Long, MapComment> byId) {
        MapComment current = comment;
        for (int steps = 0; steps <= byId.size() && current.parentId() != null; steps++) {
            MapComment parent = byId.get(current.parentId());
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    private static Map<Long, Integer> replyCounts(List<MapComment> members) {
        Map<Long, Integer> counts = new HashMap<>();
        members.forEach(c -> c.parent().ifPresent(parent -> counts.merge(parent, 1, Integer::sum)));
        return counts;
    }

    private static Map<String, Integer> openCounts(List<MapComment> all) {
        Map<Long, MapComment> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Map<String, Integer> counts = new TreeMap<>();
        for (MapComment comment : all) {
            MapComment root = rootOf(comment, byId);
            if (!root.resolved()) {
                counts.merge(root.itemId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private CommentView view(MapComment comment, boolean canComment, Map<Long, Integer> replyCounts,
                             List<CommentView> replies) {
        String caller = viewer.username().orElse(null);
        boolean own = canComment && !viewer.readOnly() && comment.author().equals(caller);
        boolean mayChange = canComment && !viewer.readOnly();
        return new CommentView(comment, own, own && replyCounts.getOrDefault(comment.id(), 0) == 0,
                mayChange && comment.isRoot(), replies);
    }

    // --- checks ---------------------------------------------------------------------------------------------------

    private boolean mayComment(long pageId) {
        return viewer.username().isPresent() && viewer.can(PagePermission.COMMENT, pageId) && !viewer.readOnly();
    }

    /** The caller's username when they may change comments on the page; 403 or 503 otherwise. */
    private String requireChange(long pageId) {
        Optional<String> username = viewer.username();
        if (username.isEmpty() || !viewer.can(PagePermission.COMMENT, pageId)) {
            throw new ApiException(403, "forbidden", texts().getText("journeymaps.comments.error.nocomment"));
        }
        if (viewer.readOnly()) {
            throw new ApiException(503, "read-only", texts().getText("journeymaps.comments.error.readonly"));
        }
        return username.get();
    }

    private void requireAuthor(MapComment comment, String caller) {
        if (!comment.author().equals(caller)) {
            throw new ApiException(403, "not-author", texts().getText("journeymaps.comments.error.notauthor"));
        }
    }

    private void requireItem(MapDocument document, String itemId) {
        if (itemId == null || itemId.isBlank()) {
            throw invalid("/itemId", "item-missing", texts().getText("journeymaps.comments.error.itemmissing"));
        }
        if (itemId.length() > MAX_ITEM_ID_LENGTH
                || document.map().map(JourneyMap::allIds).map(ids -> !ids.contains(itemId)).orElse(true)) {
            throw invalid("/itemId", "item-not-found", texts().getText("journeymaps.comments.error.itemnotfound",
                    itemId.length() > MAX_ITEM_ID_LENGTH ? itemId.substring(0, MAX_ITEM_ID_LENGTH) + "\u2026" : itemId));
        }
    }

    private MapComment find(long pageId, String mapId, long commentId) {
        return comments.find(pageId, mapId, commentId).orElseThrow(() -> commentNotFound(commentId));
    }

    private ApiException commentNotFound(long commentId) {
        return new ApiException(404, "comment-not-found",
                texts().getText("journeymaps.comments.error.notfound", String.valueOf(commentId)));
    }

    private ApiException invalid(String pointer, String code, String message) {
        return new ApiException(422, "invalid-comment", texts().getText("journeymaps.comments.error.invalid"),
                List.of(ErrorDetail.at(pointer, code, message)));
    }

    private Texts texts() {
        return viewer.texts();
    }
}
