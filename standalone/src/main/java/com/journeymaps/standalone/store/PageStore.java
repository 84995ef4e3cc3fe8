package com.journeymaps.standalone.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Spaces and pages of the standalone wiki in H2. Every change to a page writes a new immutable
 * version; the page row only says which version is current.
 */
public final class PageStore {

    private final Database database;
    private final Clock clock;

    public PageStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A space: a named collection of pages with its own key, as in Confluence. */
    public record Space(long id, String key, String name) {
    }

    /** What a page list shows of a page: its place, title and current version. */
    public record PageSummary(long id, String spaceKey, String title, int version, Instant lastModified) {
    }

    public Space createSpace(String key, String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO space (space_key, name, created_at) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, key);
                insert.setString(2, name);
                insert.setObject(3, now());
                insert.executeUpdate();
                return new Space(generatedId(insert), key, name);
            }
        });
    }

    public Optional<Space> space(String key) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, space_key, name FROM space WHERE space_key = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Space(rows.getLong(1), rows.getString(2), rows.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    public List<Space> spaces() {
        return database.inTransaction(connection -> {
            List<Space> spaces = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, space_key, name FROM space ORDER BY space_key");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    spaces.add(new Space(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return spaces;
        });
    }

    /** Creates a top-level page at version 1 with {@code body} (storage format) and returns its id. */
    public long createPage(Space space, String title, String body, String author, String versionComment) {
        return createPage(space, Optional.empty(), title, body, author, versionComment);
    }

    /** Creates a page at version 1, under {@code parent} when given (a page of the same space), and returns its id. */
    public long createPage(Space space, Optional<Long> parent, String title, String body, String author, String versionComment) {
        return database.inTransaction(connection -> {
            OffsetDateTime now = now();
            long pageId;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO page (space_id, parent_id, title, current_version, created_at) VALUES (?, ?, ?, 1, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, space.id());
                insert.setObject(2, parent.orElse(null));
                insert.setString(3, title);
                insert.setObject(4, now);
                insert.executeUpdate();
                pageId = generatedId(insert);
            }
            insertVersion(connection, pageId, 1, title, body, author, now, versionComment);
            return pageId;
        });
    }

    public List<PageSummary> listPages() {
        return database.inTransaction(connection -> {
            List<PageSummary> pages = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.id, s.space_key, p.title, p.current_version, v.created_at
                    FROM page p
                    JOIN space s ON s.id = p.space_id
                    JOIN page_version v ON v.page_id = p.id AND v.version = p.current_version
                    ORDER BY s.space_key, p.title, p.id""");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pages.add(new PageSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return pages;
        });
    }

    /** The storage-format body of the page's current version. */
    public Optional<String> currentBody(long pageId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT v.body FROM page p
                    JOIN page_version v ON v.page_id = p.id AND v.version = p.current_version
                    WHERE p.id = ?""")) {
                query.setLong(1, pageId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The id of the page titled {@code title} in the space {@code spaceKey}, if there is one. */
    public Optional<Long> pageIdByTitle(String spaceKey, String title) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT p.id FROM page p JOIN space s ON s.id = p.space_id WHERE s.space_key = ? AND p.title = ?")) {
                query.setString(1, spaceKey);
                query.setString(2, title);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** The page's parent, if it has one. */
    public Optional<Long> parentOf(long pageId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT parent_id FROM page WHERE id = ?")) {
                query.setLong(1, pageId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getObject(1, Long.class)) : Optional.empty();
                }
            }
        });
    }

    /** The pages directly under {@code pageId}, by title. */
    public List<PageSummary> children(long pageId) {
        return database.inTransaction(connection -> {
            List<PageSummary> pages = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.id, s.space_key, p.title, p.current_version, v.created_at
                    FROM page p
                    JOIN space s ON s.id = p.space_id
                    JOIN page_version v ON v.page_id = p.id AND v.version = p.current_version
                    WHERE p.parent_id = ?
                    ORDER BY p.title, p.id""")) {
                query.setLong(1, pageId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        pages.add(new PageSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                                rows.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return pages;
        });
    }

    public long countPages() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM page");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static void insertVersion(Connection connection, long pageId, int version, String title, String body,
                                      String author, OffsetDateTime createdAt, String comment) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO page_version (page_id, version, title, body, author, created_at, version_comment)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, pageId);
            insert.setInt(2, version);
            insert.setString(3, title);
            insert.setString(4, body);
            insert.setString(5, author);
            insert.setObject(6, createdAt);
            insert.setString(7, comment);
            insert.executeUpdate();
        }
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key returned");
            }
            return keys.getLong(1);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
