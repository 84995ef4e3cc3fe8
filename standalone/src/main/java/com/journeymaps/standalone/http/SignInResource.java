package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator;
import com.journeymaps.standalone.auth.CsrfTokens;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /login} and {@code /logout}. The sign-in form is protected against login CSRF by a
 * double-submitted token (a cookie and a hidden field that must match); signing out is a POST that
 * must carry the session's own CSRF token. Cookies are HttpOnly, SameSite=Lax, and Secure on HTTPS.
 */
@Path("/")
public final class SignInResource {

    static final String SIGN_IN_CSRF_COOKIE = "JOURNEYMAPS_SIGNIN";

    private final Authenticator authenticator;
    private final TemplateRenderer renderer;

    public SignInResource(Authenticator authenticator, TemplateRenderer renderer) {
        this.authenticator = authenticator;
        this.renderer = renderer;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response form(@QueryParam("next") String next, @Context UriInfo uri, @Context SecurityContext security) {
        return page(Response.Status.OK, safeNext(next), null, "", secure(uri));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("login")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("csrf") String csrf, @FormParam("next") String next,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        Cookie expected = headers.getCookies().get(SIGN_IN_CSRF_COOKIE);
        if (expected == null || !CsrfTokens.matches(expected.getValue(), csrf)) {
            return page(Response.Status.FORBIDDEN, safeNext(next), "journeymaps.standalone.signin.expired",
                    username == null ? "" : username, secure(uri));
        }
        Optional<Authenticator.NewSession> session = authenticator.signIn(username, password);
        if (session.isEmpty()) {
            return page(Response.Status.UNAUTHORIZED, safeNext(next), "journeymaps.standalone.signin.failed",
                    username == null ? "" : username, secure(uri));
        }
        return Response.seeOther(URI.create(safeNext(next)))
                .cookie(cookie(SessionFilter.COOKIE, session.get().cookieValue(), secure(uri), NewCookie.DEFAULT_MAX_AGE),
                        cookie(SIGN_IN_CSRF_COOKIE, "", secure(uri), 0))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("logout")
    public Response signOut(@FormParam("csrf") String csrf, @Context HttpHeaders headers,
                            @Context SecurityContext security, @Context UriInfo uri) {
        Optional<Authenticator.SignedIn> user = CurrentUser.of(security);
        if (user.isPresent() && !CsrfTokens.matches(user.get().csrfToken(), csrf)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("XSRF check failed: the sign-out form is out of date. Reload the page and try again.").build();
        }
        Cookie session = headers.getCookies().get(SessionFilter.COOKIE);
        if (session != null) {
            authenticator.signOut(session.getValue());
        }
        return Response.seeOther(URI.create("/login"))
                .cookie(cookie(SessionFilter.COOKIE, "", secure(uri), 0))
                .build();
    }

    private Response page(Response.Status status, String next, String errorKey, String username, boolean secure) {
        String csrf = authenticator.randomToken();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("next", next);
        data.put("csrf", CsrfTokens.mask(csrf)); // the cookie holds the secret, the form a masked copy
        data.put("username", username);
        data.put("errorKey", errorKey == null ? "" : errorKey);
        return Response.status(status)
                .entity(renderer.render("JourneyMaps.Standalone.signIn", data))
                .cookie(cookie(SIGN_IN_CSRF_COOKIE, csrf, secure, 600))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static NewCookie cookie(String name, String value, boolean secure, int maxAge) {
        NewCookie.Builder builder = new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
        if (maxAge != NewCookie.DEFAULT_MAX_AGE) {
            builder.maxAge(maxAge);
        }
        return builder.build();
    }

    private static boolean secure(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
    }

    /** Only paths on this server: anything else (another host, a scheme, "//evil") goes home. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
