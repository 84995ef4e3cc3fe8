package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person of a request, as a JAX-RS principal; resources read it from their SecurityContext. */
public record CurrentUser(SignedIn user) implements Principal {

    @Override
    public String getName() {
        return user.username();
    }

    /** Who is signed in on this request, if anyone. */
    public static Optional<SignedIn> of(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof CurrentUser current
                ? Optional.of(current.user())
                : Optional.empty();
    }

    public static Optional<String> username(SecurityContext security) {
        return of(security).map(SignedIn::username);
    }
}
