package com.journeymaps.standalone.http;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.standalone.auth.CsrfTokens;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the standalone's pages share: template data, and the answers every form and page gives alike. */
final class Views {

    private Views() {
    }

    /** Sends an anonymous visitor to sign in, and back to {@code path} afterwards. */
    static Response signInFirst(String path) {
        return Response.seeOther(URI.create("/login?next=" + path)).build();
    }

    /** A form post counts only from a signed-in session carrying that session's own token. */
    static boolean validForm(Optional<SignedIn> user, String csrf) {
        return user.isPresent() && CsrfTokens.matches(user.get().csrfToken(), csrf);
    }

    /** The answer to a form post that fails {@link #validForm}, in the reader's language. */
    static Response staleForm(Texts texts) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(texts.getText("journeymaps.standalone.error.staleform")).build();
    }

    /** The answer for a page or space that does not exist or that the viewer may not see (the two look the same). */
    static Response notFound(TemplateRenderer renderer, SignedIn user) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", user(user));
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(renderer.render("JourneyMaps.Standalone.Page.notFound", data)).build();
    }

    /** The signed-in person as the layout template shows them. */
    static Map<String, Object> user(SignedIn user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", user.username());
        view.put("displayName", user.displayName());
        view.put("csrf", CsrfTokens.mask(user.csrfToken())); // masked afresh for every page: see CsrfTokens
        return view;
    }
}
