package com.atlassian.confluence.user;

/**
 * STUB (compile only). The user of the request the current thread serves. Class with static methods.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.13.19/com/atlassian/confluence/user/AuthenticatedUserThreadLocal.html
 * ({@code public static ConfluenceUser get()}, null if anonymous); notes section 8; used in 10.x code.
 */
public class AuthenticatedUserThreadLocal {

    private AuthenticatedUserThreadLocal() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: 7.13.19 page above. */
    public static ConfluenceUser get() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
