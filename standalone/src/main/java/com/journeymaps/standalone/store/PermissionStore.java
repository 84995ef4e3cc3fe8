package com.journeymaps.standalone.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may do what, as data: roles granted per space (to a user, or to {@value #EVERY_SIGNED_IN_USER})
 * and view/edit restrictions per page. Deciding is {@code auth.AccessPolicy}'s job.
 */
public final class PermissionStore {

    /** The principal that stands for every signed-in user. */
    public static final String EVERY_SIGNED_IN_USER = "*";

    private final Database database;

    public PermissionStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public void grant(long spaceId, String principal, String role) {
        database.inTransaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO space_role (space_id, principal, role) KEY (space_id, principal) VALUES (?, ?, ?)")) {
                merge.setLong(1, spaceId);
                merge.setString(2, principal);
                merge.setString(3, role.toLowerCase(Locale.ROOT));
                return merge.executeUpdate();
            }
        });
    }

    /** The role names granted in the space to {@code username} directly and to every signed-in user. */
    public List<String> rolesFor(long spaceId, String username) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT role FROM space_role WHERE space_id = ? AND principal IN (?, ?)")) {
                query.setLong(1, spaceId);
                query.setString(2, username);
                query.setString(3, EVERY_SIGNED_IN_USER);
                List<String> roles = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        roles.add(rows.getString(1));
                    }
                }
                return roles;
            }
        });
    }

    public void restrict(long pageId, String kind, String username) {
        database.inTransaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO page_restriction (page_id, kind, username) KEY (page_id, kind, username) VALUES (?, ?, ?)")) {
                merge.setLong(1, pageId);
                merge.setString(2, kind);
                merge.setString(3, username);
                return merge.executeUpdate();
            }
        });
    }

    /** The users a page's {@code kind} ("view" or "edit") is restricted to; empty when unrestricted. */
    public Set<String> restrictedTo(long pageId, String kind) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT username FROM page_restriction WHERE page_id = ? AND kind = ?")) {
                query.setLong(1, pageId);
                query.setString(2, kind);
                Set<String> users = new TreeSet<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        users.add(rows.getString(1));
                    }
                }
                return users;
            }
        });
    }

    /** The space a page lives in. */
    public Optional<Long> spaceOfPage(long pageId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT space_id FROM page WHERE id = ?")) {
                query.setLong(1, pageId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }
}
