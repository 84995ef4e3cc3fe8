package com.journeymaps.standalone.store;

import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.PageVersion;
import com.journeymaps.web.port.StalePageVersionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The {@link PageBodies} port on the standalone wiki's H2 tables. Saving moves the page from the
 * version the caller expects to the next one (a compare-and-set) and writes that immutable version,
 * in one transaction: two saves from the same base can never both succeed.
 */
public final class H2PageBodies implements PageBodies {

    /** Striped locks by page id: saves of one page never overlap; saves of different pages rarely wait. */
    private static final ReentrantLock[] SAVE_LOCKS = newLocks(64);

    private static ReentrantLock[] newLocks(int count) {
        ReentrantLock[] locks = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            locks[i] = new ReentrantLock();
        }
        return locks;
    }

    private final Database database;
    private final Clock clock;
    private final Supplier<Optional<String>> author;

    /** @param author the username saves are attributed to: the signed-in person of the current request */
    public H2PageBodies(Database database, Clock clock, Supplier<Optional<String>> author) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.author = Objects.requireNonNull(author, "author");
    }

    private static final String SNAPSHOT = """
            SELECT p.id, v.title, s.space_key, v.version, v.body, v.author, v.created_at
            FROM page p
            JOIN space s ON s.id = p.space_id
            JOIN page_version v ON v.page_id = p.id
            WHERE p.id = ? AND v.version = """;

    @Override
    public Optional<PageSnapshot> current(long pageId) {
        return database.inTransaction(connection -> snapshot(connection, SNAPSHOT + "p.current_version", pageId, 0));
    }

    @Override
    public Optional<PageSnapshot> version(long pageId, int version) {
        if (version < 1) {
            return Optional.empty(); // versions start at 1; 0 and below would leave the query's version unbound
        }
        return database.inTransaction(connection -> snapshot(connection, SNAPSHOT + "?", pageId, version));
    }

    private static Optional<PageSnapshot> snapshot(Connection connection, String sql, long pageId, int version)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, pageId);
            if (version > 0) {
                query.setInt(2, version);
            }
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PageSnapshot(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                        rows.getString(5), rows.getString(6), rows.getObject(7, OffsetDateTime.class).toInstant()));
            }
        }
    }

    @Override
    public List<PageVersion> versions(long pageId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT version, author, created_at, version_comment FROM page_version WHERE page_id = ? ORDER BY version DESC")) {
                query.setLong(1, pageId);
                List<PageVersion> versions = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        versions.add(new PageVersion(rows.getInt(1), rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4)));
                    }
                }
                return versions;
            }
        });
    }

    @Override
    public PageSnapshot save(long pageId, int expectedVersion, String newBody, String versionComment) {
        String by = author.get().orElseThrow(() -> new IllegalStateException("saves need a signed-in author"));
        // One save of a page at a time. The data directory lock makes this process the only writer, so a
        // lock in the JVM serialises every save of the page; H2's row locks alone do not (see
        // docs/reliability.md, DEFECT-1).
        ReentrantLock lock = SAVE_LOCKS[Math.floorMod(Long.hashCode(pageId), SAVE_LOCKS.length)];
        lock.lock();
        try {
            return saveLocked(pageId, expectedVersion, newBody, versionComment, by);
        } finally {
            lock.unlock();
        }
    }

    private PageSnapshot saveLocked(long pageId, int expectedVersion, String newBody, String versionComment, String by) {
        return database.inTransaction(connection -> {
            // Compare-and-set on the page's version: only one save from a given version can move the page
            // on. (A SELECT ... FOR UPDATE does not serialise this in H2 2.5: after waiting for the lock it
            // can see the old version.) The primary key on (page_id, version) is the second guard.
            int next = expectedVersion + 1;
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE page SET current_version = ? WHERE id = ? AND current_version = ?")) {
                move.setInt(1, next);
                move.setLong(2, pageId);
                move.setInt(3, expectedVersion);
                if (move.executeUpdate() != 1) {
                    throw new StalePageVersionException(pageId, expectedVersion, currentVersion(connection, pageId));
                }
            }
            String title;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT title FROM page_version WHERE page_id = ? AND version = ?")) {
                query.setLong(1, pageId);
                query.setInt(2, expectedVersion);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    title = rows.getString(1);
                }
            }
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO page_version (page_id, version, title, body, author, created_at, version_comment)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, pageId);
                insert.setInt(2, next);
                insert.setString(3, title);
                insert.setString(4, newBody);
                insert.setString(5, by);
                insert.setObject(6, now);
                insert.setString(7, versionComment == null ? null : truncate(versionComment, 1000));
                insert.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                throw new StalePageVersionException(pageId, expectedVersion, next); // another save wrote it first
            }
            return snapshot(connection, SNAPSHOT + "?", pageId, next).orElseThrow();
        });
    }

    /** The page's current version, for the stale-version answer; a missing page is an error of the caller. */
    private static int currentVersion(Connection connection, long pageId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT current_version FROM page WHERE id = ?")) {
            query.setLong(1, pageId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no page " + pageId);
                }
                return rows.getInt(1);
            }
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
