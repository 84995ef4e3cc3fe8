package com.journeymaps.confluence.adapter;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Viewer} for the Confluence request on the calling thread: the user is Confluence's authenticated user
 * ({@code AuthenticatedUserThreadLocal}, null for an anonymous visitor, which {@code PermissionManager} accepts as
 * "the anonymous user"), permissions are Confluence's own page permissions, and texts come from SAL's
 * {@code I18nResolver} in that user's language. Holds no state of its own, so one bean serves every request on every
 * cluster node.
 *
 * <p>Read-only mode is Confluence's access mode ({@code AccessModeService.getAccessMode() == AccessMode.READ_ONLY}, the
 * check code built against Confluence 10.0 makes), asked on every call, so an administrator switching the site to
 * read-only for maintenance takes effect at once on every node. See docs/confluence-compatibility.md.
 */
public final class ConfluenceViewer implements Viewer {

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final AccessModeService accessMode;
    private final Texts texts;

    public ConfluenceViewer(PageManager pageManager, PermissionManager permissionManager, I18nResolver i18n,
                            AccessModeService accessMode) {
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.accessMode = Objects.requireNonNull(accessMode, "accessMode");
        this.texts = new ConfluenceTexts(i18n);
    }

    @Override
    public Optional<String> username() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? Optional.empty() : Optional.ofNullable(user.getName());
    }

    @Override
    public boolean can(PagePermission permission, long pageId) {
        Objects.requireNonNull(permission, "permission");
        Page page = pageManager.getPage(pageId);
        if (page == null) {
            return false;
        }
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return switch (permission) {
            case VIEW -> permissionManager.hasPermission(user, Permission.VIEW, page);
            case EDIT -> permissionManager.hasPermission(user, Permission.EDIT, page);
            // Commenting on a page is creating a Comment in it.
            case COMMENT -> permissionManager.hasCreatePermission(user, page, Comment.class);
        };
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public boolean readOnly() {
        return accessMode.getAccessMode() == AccessMode.READ_ONLY;
    }
}
