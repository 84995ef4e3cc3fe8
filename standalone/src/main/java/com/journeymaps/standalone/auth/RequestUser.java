package com.journeymaps.standalone.auth;

import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import java.util.Optional;

/**
 * Who the request being served on this thread is from, as Confluence keeps its authenticated user
 * in a thread local: set by the session filter when a request arrives (to nobody when anonymous),
 * cleared when the response leaves. Host-neutral services read it through the {@code Viewer} port.
 */
public final class RequestUser {

    private final ThreadLocal<SignedIn> current = new ThreadLocal<>();

    public void set(Optional<SignedIn> user) {
        if (user.isPresent()) {
            current.set(user.get());
        } else {
            current.remove();
        }
    }

    public void clear() {
        current.remove();
    }

    public Optional<SignedIn> get() {
        return Optional.ofNullable(current.get());
    }

    public Optional<String> username() {
        return get().map(SignedIn::username);
    }
}
