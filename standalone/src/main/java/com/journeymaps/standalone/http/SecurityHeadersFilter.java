package com.journeymaps.standalone.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Security headers on every response: a Content-Security-Policy that allows only our own scripts and
 * styles (no inline script), no framing by other sites, no MIME sniffing, no referrer leaks; and
 * over TLS, HSTS.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "SAMEORIGIN");
        headers.putSingle("Referrer-Policy", "same-origin");
        if ("https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())) {
            // Served over TLS (directly or through a trusted proxy): browsers keep to HTTPS from now on.
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
