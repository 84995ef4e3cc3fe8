package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
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
        return user.isPresent() && Authenticator.sameSecret(user.get().csrfToken(), csrf);
    }

    /** The answer to a form post that fails {@link #validForm}. */
    static Response staleForm() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("XSRF check failed: the form is out of date. Reload the page and try again.").build();
    }

    /** The signed-in person as the layout template shows them. */
    static Map<String, Object> user(SignedIn user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", user.username());
        view.put("displayName", user.displayName());
        view.put("csrf", user.csrfToken());
        return view;
    }
}
