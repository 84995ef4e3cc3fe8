package com.journeymaps.standalone.store;

import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.MapComments;
import com.journeymaps.web.port.NewComment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link MapComments} port on the standalone wiki's H2 table {@code map_comment} (see V3__comments.sql). Every
 * call is one transaction; the table's keys keep a reply on its parent's page, map and item and refuse to delete a
 * comment that still has replies, so no reply can be lost even when a reply and a delete race.
 */
public final class H2MapComments implements MapComments {

    private static final String COLUMNS = "id, page_id, map_id, item_id, parent_id, author, created_at, updated_at, body, "
            + "resolved, resolved_by, resolved_at";

    private final Database database;

    public H2MapComments(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<MapComment> list(long pageId, String mapId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM map_comment WHERE page_id = ? AND map_id = ? ORDER BY created_at, id")) {
                query.setLong(1, pageId);
                query.setString(2, mapId);
                List<MapComment> comments = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        comments.add(comment(rows));
                    }
                }
                return comments;
            }
        });
    }

    @Override
    public Optional<MapComment> find(long pageId, String mapId, long commentId) {
        return database.inTransaction(connection -> find(connection, pageId, mapId, commentId));
    }

    private static Optional<MapComment> find(Connection connection, long pageId, String mapId, long commentId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM map_comment WHERE id = ? AND page_id = ? AND map_id = ?")) {
            query.setLong(1, commentId);
            query.setLong(2, pageId);
            query.setString(3, mapId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(comment(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public MapComment add(NewComment comment) {
        try {
            return insert(comment);
        } catch (StoreException e) {
            if (comment.parentId() != null && e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                // The parent was deleted between the service's check and this insert; the key refused the orphan.
                throw new NoSuchElementException("no comment " + comment.parentId());
            }
            throw e;
        }
    }

    private MapComment insert(NewComment comment) {
        return database.inTransaction(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO map_comment (page_id, map_id, item_id, parent_id, author, created_at, updated_at, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, comment.pageId());
                insert.setString(2, comment.mapId());
                insert.setString(3, comment.itemId());
                if (comment.parentId() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, comment.parentId());
                }
                insert.setString(5, comment.author());
                insert.setObject(6, time(comment.at()));
                insert.setObject(7, time(comment.at()));
                insert.setString(8, comment.text());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return find(connection, comment.pageId(), comment.mapId(), id).orElseThrow();
        });
    }

    @Override
    public Optional<MapComment> edit(long pageId, String mapId, long commentId, String text, Instant at) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE map_comment SET body = ?, updated_at = ? WHERE id = ? AND page_id = ? AND map_id = ?")) {
                update.setString(1, text);
                update.setObject(2, time(at));
                update.setLong(3, commentId);
                update.setLong(4, pageId);
                update.setString(5, mapId);
                if (update.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            return find(connection, pageId, mapId, commentId);
        });
    }

    @Override
    public DeleteOutcome delete(long pageId, String mapId, long commentId) {
        try {
            return database.inTransaction(connection -> {
                if (find(connection, pageId, mapId, commentId).isEmpty()) {
                    return DeleteOutcome.NOT_FOUND;
                }
                try (PreparedStatement delete = connection.prepareStatement("""
                        DELETE FROM map_comment c WHERE c.id = ? AND c.page_id = ? AND c.map_id = ?
                        AND NOT EXISTS (SELECT 1 FROM map_comment r WHERE r.parent_id = c.id)""")) {
                    delete.setLong(1, commentId);
                    delete.setLong(2, pageId);
                    delete.setString(3, mapId);
                    return delete.executeUpdate() == 1 ? DeleteOutcome.DELETED : DeleteOutcome.HAS_REPLIES;
                }
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                return DeleteOutcome.HAS_REPLIES; // a reply arrived between the check and the delete; the key refused it
            }
            throw e;
        }
    }

    @Override
    public Optional<MapComment> setResolved(long pageId, String mapId, long commentId, boolean resolved, String by,
                                            Instant at) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE map_comment SET resolved = ?, resolved_by = ?, resolved_at = ?
                    WHERE id = ? AND page_id = ? AND map_id = ? AND parent_id IS NULL""")) {
                update.setBoolean(1, resolved);
                update.setString(2, resolved ? Objects.requireNonNull(by, "by") : null);
                update.setObject(3, resolved ? time(at) : null);
                update.setLong(4, commentId);
                update.setLong(5, pageId);
                update.setString(6, mapId);
                if (update.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            return find(connection, pageId, mapId, commentId);
        });
    }

    private static MapComment comment(ResultSet rows) throws SQLException {
        long parent = rows.getLong(5);
        Long parentId = rows.wasNull() ? null : parent;
        OffsetDateTime resolvedAt = rows.getObject(12, OffsetDateTime.class);
        return new MapComment(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), parentId,
                rows.getString(6), rows.getObject(7, OffsetDateTime.class).toInstant(),
                rows.getObject(8, OffsetDateTime.class).toInstant(), rows.getString(9), rows.getBoolean(10),
                rows.getString(11), resolvedAt == null ? null : resolvedAt.toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
