package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * STUB (compile only). Confluence's permission checks, an OSGi service. Interface.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.2/com/atlassian/confluence/security/PermissionManager.html
 * (in 10.1.2 the summary lists only {@code ConfluenceUser} overloads; notes section 8). The semantics ("the user seeking
 * permission, or null if the anonymous user"; "If this object is null, the method will return false") are from
 * https://developer.atlassian.com/server/confluence/how-do-i-tell-if-a-user-has-permission-to/.
 */
public interface PermissionManager {

    /** Source: 10.1.2 page above; called by Atlassian's Slack plugin built against 10.0.1. */
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    /**
     * "Determine whether a user has permission to create an entity of a particular type within a given container"
     * (developer page above). UNCONFIRMED for 10.x: the {@code ConfluenceUser} form and the raw {@code Class} are from
     * notes section 8, not from a 10.x page read for this method.
     */
    @SuppressWarnings("rawtypes")
    boolean hasCreatePermission(ConfluenceUser user, Object container, Class typeToCreate);
}
