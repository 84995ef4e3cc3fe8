package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import java.util.LinkedHashMap;
import java.util.Map;

/** Template data shared by the standalone's pages. */
final class Views {

    private Views() {
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
