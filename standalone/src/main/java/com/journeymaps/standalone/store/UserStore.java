package com.journeymaps.standalone.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The people who can sign in to the standalone server. Passwords are stored only as bcrypt hashes. */
public final class UserStore {

    private final Database database;
    private final Clock clock;

    public UserStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A person with an account. {@code passwordHash} is a bcrypt hash, never a password. */
    public record User(String username, String displayName, String passwordHash) {
    }

    public void create(String username, String displayName, String passwordHash) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, username);
                insert.setString(2, displayName);
                insert.setString(3, passwordHash);
                insert.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
    }

    public Optional<User> find(String username) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT username, display_name, password_hash FROM app_user WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new User(rows.getString(1), rows.getString(2), rows.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Everyone with an account, by username. */
    public List<User> all() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT username, display_name, password_hash FROM app_user ORDER BY username");
                 ResultSet rows = query.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(new User(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
                return users;
            }
        });
    }

    public long count() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM app_user");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
