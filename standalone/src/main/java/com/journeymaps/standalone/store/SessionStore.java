package com.journeymaps.standalone.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in sessions, kept in the database so they survive a restart. A session is found by the hash
 * of its cookie value; the value itself is never stored, so a copy of the database signs nobody in.
 */
public final class SessionStore {

    private final Database database;

    public SessionStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** A live session: who it belongs to and the token its forms must carry. */
    public record StoredSession(String username, String csrfToken, Instant expiresAt) {
    }

    public void create(String tokenHash, String username, String csrfToken, Instant createdAt, Instant expiresAt) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO user_session (token_hash, username, csrf_token, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?)""")) {
                insert.setString(1, tokenHash);
                insert.setString(2, username);
                insert.setString(3, csrfToken);
                insert.setObject(4, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
                insert.setObject(5, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
    }

    /** The session with this token hash, if it exists and has not expired at {@code now}. */
    public Optional<StoredSession> find(String tokenHash, Instant now) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT username, csrf_token, expires_at FROM user_session WHERE token_hash = ? AND expires_at > ?")) {
                query.setString(1, tokenHash);
                query.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new StoredSession(rows.getString(1), rows.getString(2),
                                    rows.getObject(3, OffsetDateTime.class).toInstant()))
                            : Optional.empty();
                }
            }
        });
    }

    public void delete(String tokenHash) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_session WHERE token_hash = ?")) {
                delete.setString(1, tokenHash);
                return delete.executeUpdate();
            }
        });
    }

    public int deleteExpired(Instant now) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_session WHERE expires_at <= ?")) {
                delete.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }
}
