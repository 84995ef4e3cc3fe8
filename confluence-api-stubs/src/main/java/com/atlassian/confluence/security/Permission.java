package com.atlassian.confluence.security;

/**
 * STUB (compile only). A permission to check with {@link PermissionManager}. Abstract class, NOT an enum.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/6.8.1/com/atlassian/confluence/security/Permission.html
 * ({@code public abstract class Permission}; {@code public static final Permission VIEW, EDIT, ...}); notes section 8.
 *
 * <p>The stub cannot create instances (bodies throw), so its constants are {@code null} here; Confluence's are real
 * objects. {@code null} is not a compile-time constant, so the plugin's bytecode reads the fields at run time
 * ({@code getstatic}) and gets Confluence's values.
 */
public abstract class Permission {

    /** Source: 6.8.1 page above. */
    public static final Permission VIEW = null;

    /** Source: 6.8.1 page above. */
    public static final Permission EDIT = null;

    private Permission() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
