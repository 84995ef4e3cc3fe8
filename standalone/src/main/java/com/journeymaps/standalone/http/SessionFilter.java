package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Resolves the session cookie of every request into the request's {@link SecurityContext}. */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class SessionFilter implements ContainerRequestFilter {

    /** Name of the session cookie. */
    public static final String COOKIE = "JOURNEYMAPS_SESSION";

    private final Authenticator authenticator;

    public SessionFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null) {
            return;
        }
        boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
        authenticator.resolve(cookie.getValue()).ifPresent(user -> request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new CurrentUser(user);
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "FORM";
            }
        }));
    }
}
