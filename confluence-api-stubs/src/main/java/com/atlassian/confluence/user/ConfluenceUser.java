package com.atlassian.confluence.user;

/**
 * STUB (compile only). A Confluence user. Interface.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.13.19/com/atlassian/confluence/user/AuthenticatedUserThreadLocal.html
 * (returned by {@code get()}); notes section 8 ({@code ConfluenceUser extends com.atlassian.user.User}, {@code String getName()}).
 *
 * <p>FLATTENED: {@code getName()} is inherited from {@code com.atlassian.user.User} in the real API; the stub declares it
 * here and extends nothing. A call through ConfluenceUser links either way.
 */
public interface ConfluenceUser {

    /** The username. Source: notes section 8 ("from com.atlassian.user.User"). */
    String getName();
}
