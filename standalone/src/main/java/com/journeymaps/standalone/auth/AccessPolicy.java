package com.journeymaps.standalone.auth;

import com.journeymaps.standalone.store.PermissionStore;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a person may do something with a page, the way Confluence does: the strongest
 * role they hold in the page's space must allow the action, a view restriction on the page admits
 * only the users it names (for every action), and an edit restriction admits only its users to
 * edit. Anonymous people can do nothing: anonymous access is off.
 */
public final class AccessPolicy {

    private final PermissionStore permissions;

    public AccessPolicy(PermissionStore permissions) {
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    public boolean can(Optional<String> username, Action action, long pageId) {
        if (username.isEmpty()) {
            return false;
        }
        String user = username.get();
        Optional<Long> space = permissions.spaceOfPage(pageId);
        if (space.isEmpty() || !strongestRole(space.get(), user).map(role -> role.allows(action)).orElse(false)) {
            return false;
        }
        Set<String> viewers = permissions.restrictedTo(pageId, "view");
        if (!viewers.isEmpty() && !viewers.contains(user)) {
            return false;
        }
        if (action == Action.EDIT || action == Action.ADMINISTER) {
            Set<String> editors = permissions.restrictedTo(pageId, "edit");
            return editors.isEmpty() || editors.contains(user);
        }
        return true;
    }

    /** The strongest role {@code username} holds in the space, directly or as a signed-in user. */
    public Optional<Role> strongestRole(long spaceId, String username) {
        return permissions.rolesFor(spaceId, username).stream()
                .map(Role::parse)
                .flatMap(Optional::stream)
                .max(Enum::compareTo);
    }
}
