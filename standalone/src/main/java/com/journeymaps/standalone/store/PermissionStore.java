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

    /** A role granted in a space to a principal (a username, or {@value #EVERY_SIGNED_IN_USER}). */
    public record Grant(String principal, String role) {
    }

    /** Every role granted in the space, by principal. */
    public List<Grant> grants(long spaceId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT principal, role FROM space_role WHERE space_id = ? ORDER BY principal")) {
                query.setLong(1, spaceId);
                List<Grant> grants = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        grants.add(new Grant(rows.getString(1), rows.getString(2)));
                    }
                }
                return grants;
            }
        });
    }

    /**
     * Gives {@code principal} the role {@code role} in the space, or takes their role away when
     * {@code role} is empty, in one transaction that refuses (and changes nothing) when the space
     * would be left without a named admin.
     *
     * @throws LastAdminException when the change would remove the space's last admin
     */
    public void setRole(long spaceId, String principal, Optional<String> role) {
        database.inTransaction(connection -> {
            if (role.isPresent()) {
                try (PreparedStatement merge = connection.prepareStatement(
                        "MERGE INTO space_role (space_id, principal, role) KEY (space_id, principal) VALUES (?, ?, ?)")) {
                    merge.setLong(1, spaceId);
                    merge.setString(2, principal);
                    merge.setString(3, role.get().toLowerCase(Locale.ROOT));
                    merge.executeUpdate();
                }
            } else {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM space_role WHERE space_id = ? AND principal = ?")) {
                    delete.setLong(1, spaceId);
                    delete.setString(2, principal);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement admins = connection.prepareStatement(
                    "SELECT COUNT(*) FROM space_role WHERE space_id = ? AND role = 'admin' AND principal <> ?")) {
                admins.setLong(1, spaceId);
                admins.setString(2, EVERY_SIGNED_IN_USER);
                try (ResultSet rows = admins.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        throw new LastAdminException();
                    }
                }
            }
            return null;
        });
    }

    /** A change refused because it would leave a space without anyone to administer it. */
    public static final class LastAdminException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LastAdminException() {
            super("a space keeps at least one admin");
        }
    }

    /**
     * Replaces the users a page's {@code kind} ("view" or "edit") is restricted to, in one
     * transaction; an empty set lifts the restriction.
     */
    public void setRestrictions(long pageId, String kind, Set<String> usernames) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM page_restriction WHERE page_id = ? AND kind = ?")) {
                delete.setLong(1, pageId);
                delete.setString(2, kind);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO page_restriction (page_id, kind, username) VALUES (?, ?, ?)")) {
                for (String username : usernames) {
                    insert.setLong(1, pageId);
                    insert.setString(2, kind);
                    insert.setString(3, username);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
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
