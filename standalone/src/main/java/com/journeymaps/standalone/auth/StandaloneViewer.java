package com.journeymaps.standalone.auth;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.standalone.render.RequestTexts;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import java.util.Objects;
import java.util.Optional;

/** The {@link Viewer} port on the standalone server: the request's session, roles and language. */
public final class StandaloneViewer implements Viewer {

    private final RequestUser user;
    private final AccessPolicy access;
    private final RequestTexts texts;

    public StandaloneViewer(RequestUser user, AccessPolicy access, RequestTexts texts) {
        this.user = Objects.requireNonNull(user, "user");
        this.access = Objects.requireNonNull(access, "access");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public Optional<String> username() {
        return user.username();
    }

    @Override
    public boolean can(PagePermission permission, long pageId) {
        Action action = switch (permission) {
            case VIEW -> Action.VIEW;
            case COMMENT -> Action.COMMENT;
            case EDIT -> Action.EDIT;
        };
        return access.can(user.username(), action, pageId);
    }

    @Override
    public Texts texts() {
        return texts.get();
    }
}
