package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator;
import com.journeymaps.standalone.auth.RequestUser;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Resolves the session cookie of every request into the request's {@link SecurityContext} and the
 * thread's {@link RequestUser}, and forgets it when the response leaves.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class SessionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Name of the session cookie. */
    public static final String COOKIE = "JOURNEYMAPS_SESSION";

    private final Authenticator authenticator;
    private final RequestUser requestUser;

    public SessionFilter(Authenticator authenticator, RequestUser requestUser) {
        this.authenticator = authenticator;
        this.requestUser = requestUser;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        requestUser.clear();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        Optional<Authenticator.SignedIn> signedIn = cookie == null ? Optional.empty() : authenticator.resolve(cookie.getValue());
        requestUser.set(signedIn);
        boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
        signedIn.ifPresent(user -> request.setSecurityContext(new SecurityContext() {
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
