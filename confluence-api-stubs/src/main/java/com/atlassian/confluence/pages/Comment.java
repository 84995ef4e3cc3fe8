package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * STUB (compile only). A comment on content. Class; used only as the type argument of
 * {@code PermissionManager.hasCreatePermission(user, page, Comment.class)}.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-confluence/5.7.1/com/atlassian/confluence/pages/Comment.html
 * ({@code public class Comment extends ContentEntityObject}); notes section 4 and 7. Its public constructor is not
 * declared: the plugin never creates a comment.
 */
public class Comment extends ContentEntityObject {

    Comment() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
