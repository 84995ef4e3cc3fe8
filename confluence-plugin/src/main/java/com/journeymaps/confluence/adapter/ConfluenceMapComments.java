package com.journeymaps.confluence.adapter;

import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.MapComments;
import com.journeymaps.web.port.NewComment;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link MapComments} on Confluence page comments. A comment on a map item is an ordinary comment on the page that
 * holds the map (a reply is a reply to the parent's Confluence comment), so it appears in the page's comment list and
 * reaches watchers and notifications the Confluence way. Its body is storage-format XHTML holding the escaped text,
 * line breaks as {@code <br />}. What ties it to the map is a set of content properties on the comment:
 * {@code journeymaps.pageId}, {@code .mapId}, {@code .itemId}, {@code .parentId}, {@code .author}, {@code .created},
 * {@code .updated}, {@code .resolvedBy}, {@code .resolvedAt} (string properties) and the plain text as typed,
 * {@code journeymaps.text} (a text property). Page comments without {@code journeymaps.mapId} are not map comments and
 * are never listed or changed here.
 *
 * <p><b>Not atomic.</b> Adding a comment and setting its properties are separate calls; a failure in between leaves a
 * Confluence comment that our lists do not show (its text stays in Confluence). Deleting checks for replies and then
 * deletes, so a reply written in between could lose its parent (Confluence keeps the reply; our thread then shows it as
 * a thread of its own). No Confluence API in our notes gives a transaction or a lock we could confirm. Listing reads the
 * properties of every page-level comment of the page, one at a time. See docs/comments.md.
 */
public final class ConfluenceMapComments implements MapComments {

    static final String PREFIX = "journeymaps.";
    static final String PAGE = PREFIX + "pageId";
    static final String MAP = PREFIX + "mapId";
    static final String ITEM = PREFIX + "itemId";
    static final String PARENT = PREFIX + "parentId";
    static final String AUTHOR = PREFIX + "author";
    static final String CREATED = PREFIX + "created";
    static final String UPDATED = PREFIX + "updated";
    static final String RESOLVED_BY = PREFIX + "resolvedBy";
    static final String RESOLVED_AT = PREFIX + "resolvedAt";
    static final String TEXT = PREFIX + "text";

    /** Every page-level comment since the epoch is every page-level comment. */
    private static final Date ALL = new Date(0);

    private final PageManager pageManager;
    private final CommentManager commentManager;
    private final ContentPropertyManager properties;

    public ConfluenceMapComments(PageManager pageManager, CommentManager commentManager, ContentPropertyManager properties) {
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.commentManager = Objects.requireNonNull(commentManager, "commentManager");
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    @Override
    public List<MapComment> list(long pageId, String mapId) {
        List<Comment> comments = commentManager.getPageLevelComments(pageId, ALL);
        List<MapComment> found = new ArrayList<>();
        if (comments != null) {
            for (Comment comment : comments) {
                read(comment).filter(c -> c.pageId() == pageId && c.mapId().equals(mapId)).ifPresent(found::add);
            }
        }
        return found;
    }

    @Override
    public Optional<MapComment> find(long pageId, String mapId, long commentId) {
        return Optional.ofNullable(commentManager.getComment(commentId)).flatMap(this::read)
                .filter(c -> c.pageId() == pageId && c.mapId().equals(mapId));
    }

    @Override
    public MapComment add(NewComment comment) {
        Page page = pageManager.getPage(comment.pageId());
        if (page == null) {
            throw new IllegalArgumentException("no page " + comment.pageId());
        }
        Comment parent = null;
        if (comment.parentId() != null) {
            parent = commentManager.getComment(comment.parentId());
            if (parent == null) {
                throw new NoSuchElementException("no comment " + comment.parentId());
            }
        }
        Comment created = commentManager.addCommentToObject(page, parent, storageBody(comment.text()));
        try {
            String at = comment.at().toString();
            properties.setStringProperty(created, PAGE, String.valueOf(comment.pageId()));
            properties.setStringProperty(created, ITEM, comment.itemId());
            if (comment.parentId() != null) {
                properties.setStringProperty(created, PARENT, String.valueOf(comment.parentId()));
            }
            properties.setStringProperty(created, AUTHOR, comment.author());
            properties.setStringProperty(created, CREATED, at);
            properties.setStringProperty(created, UPDATED, at);
            properties.setTextProperty(created, TEXT, comment.text());
            properties.setStringProperty(created, MAP, comment.mapId()); // last: only now does the comment count as a map comment
        } catch (RuntimeException e) {
            // Not tied to its item: take the page comment away again rather than leave a stray one on the page
            // (the caller gets the failure; outside a transaction this is the only undo there is).
            try {
                commentManager.removeCommentFromObject(created.getId());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return new MapComment(created.getId(), comment.pageId(), comment.mapId(), comment.itemId(), comment.parentId(),
                comment.author(), comment.at(), comment.at(), comment.text(), false, null, null);
    }

    @Override
    public Optional<MapComment> edit(long pageId, String mapId, long commentId, String text, Instant at) {
        Optional<Comment> comment = mapComment(pageId, mapId, commentId);
        comment.ifPresent(c -> {
            commentManager.updateCommentContent(c, storageBody(text));
            properties.setTextProperty(c, TEXT, text);
            properties.setStringProperty(c, UPDATED, at.toString());
        });
        return comment.flatMap(this::read);
    }

    @Override
    public DeleteOutcome delete(long pageId, String mapId, long commentId) {
        if (mapComment(pageId, mapId, commentId).isEmpty()) {
            return DeleteOutcome.NOT_FOUND;
        }
        if (list(pageId, mapId).stream().anyMatch(c -> Objects.equals(c.parentId(), commentId))) {
            return DeleteOutcome.HAS_REPLIES;
        }
        commentManager.removeCommentFromObject(commentId);
        return DeleteOutcome.DELETED;
    }

    @Override
    public Optional<MapComment> setResolved(long pageId, String mapId, long commentId, boolean resolved, String by,
                                            Instant at) {
        Optional<Comment> comment = mapComment(pageId, mapId, commentId);
        comment.ifPresent(c -> {
            if (resolved) {
                properties.setStringProperty(c, RESOLVED_BY, Objects.requireNonNull(by, "by"));
                properties.setStringProperty(c, RESOLVED_AT, at.toString());
            } else {
                properties.removeProperty(c, RESOLVED_BY);
                properties.removeProperty(c, RESOLVED_AT);
            }
        });
        return comment.flatMap(this::read);
    }

    /** The Confluence comment, if it is a map comment on that page and map. */
    private Optional<Comment> mapComment(long pageId, String mapId, long commentId) {
        Comment comment = commentManager.getComment(commentId);
        if (comment == null) {
            return Optional.empty();
        }
        return read(comment).filter(c -> c.pageId() == pageId && c.mapId().equals(mapId)).map(c -> comment);
    }

    /** The map comment a Confluence comment carries, or empty when it is not one (or its properties are damaged). */
    private Optional<MapComment> read(Comment comment) {
        String mapId = properties.getStringProperty(comment, MAP);
        if (mapId == null) {
            return Optional.empty();
        }
        try {
            long pageId = Long.parseLong(required(comment, PAGE));
            String parent = properties.getStringProperty(comment, PARENT);
            Instant created = Instant.parse(required(comment, CREATED));
            String updated = properties.getStringProperty(comment, UPDATED);
            String resolvedBy = properties.getStringProperty(comment, RESOLVED_BY);
            String resolvedAt = properties.getStringProperty(comment, RESOLVED_AT);
            boolean resolved = resolvedBy != null && resolvedAt != null && parent == null;
            String text = properties.getTextProperty(comment, TEXT);
            return Optional.of(new MapComment(comment.getId(), pageId, mapId, required(comment, ITEM),
                    parent == null ? null : Long.valueOf(parent), required(comment, AUTHOR), created,
                    updated == null ? created : Instant.parse(updated), text == null ? "" : text, resolved,
                    resolved ? resolvedBy : null, resolved ? Instant.parse(resolvedAt) : null));
        } catch (IllegalStateException | NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String required(Comment comment, String key) {
        String value = properties.getStringProperty(comment, key);
        if (value == null) {
            throw new IllegalStateException("map comment without " + key);
        }
        return value;
    }

    /**
     * The comment's body in storage format: one paragraph with the text escaped for XML and line breaks as
     * {@code <br />}, so Confluence shows exactly what was typed and nothing in it is markup.
     */
    static String storageBody(String text) {
        StringBuilder body = new StringBuilder(text.length() + 16).append("<p>");
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '&' -> body.append("&amp;");
                case '<' -> body.append("&lt;");
                case '>' -> body.append("&gt;");
                case '"' -> body.append("&quot;");
                case '\'' -> body.append("&#39;");
                case '\n' -> body.append("<br />");
                default -> body.append(c);
            }
        }
        return body.append("</p>").toString();
    }
}
