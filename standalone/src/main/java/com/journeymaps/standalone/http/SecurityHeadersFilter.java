package com.journeymaps.standalone.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Security headers on every response: a Content-Security-Policy that allows only our own scripts and
 * styles (no inline script), no framing by other sites, no MIME sniffing, no referrer leaks; and
 * over TLS, HSTS.
 *
 * <p>Every answer that does not say how it may be cached gets {@value #DEFAULT_CACHE_CONTROL}: pages and
 * REST answers hold what one user may see, so no shared cache (a proxy, a CDN) may keep them, and the
 * browser must ask again before it shows a kept copy (history navigation may still show the page as it
 * was). Without the header, a proxy was free to keep a page by its own rules. Answers that say more keep
 * what they say: forms that carry a token are {@code no-store}, the front end's versioned files are kept
 * for a year.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    static final String DEFAULT_CACHE_CONTROL = "private, no-cache";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "SAMEORIGIN");
        headers.putSingle("Referrer-Policy", "same-origin");
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, DEFAULT_CACHE_CONTROL);
        }
        if ("https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())) {
            // Served over TLS (directly or through a trusted proxy): browsers keep to HTTPS from now on.
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
