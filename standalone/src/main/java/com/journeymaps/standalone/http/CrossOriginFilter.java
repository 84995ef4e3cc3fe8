package com.journeymaps.standalone.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;

/**
 * First line of XSRF defence for every state-changing request: when the browser says where the
 * request comes from ({@code Origin}), it must be this server. REST calls must in addition carry
 * {@code X-Atlassian-Token: no-check}, as in Confluence, which a cross-site form cannot send.
 * Forms are protected by their per-session token on top (checked where the form is handled).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class CrossOriginFilter implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String XSRF_HEADER = "X-Atlassian-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        URI self = request.getUriInfo().getBaseUri();
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, self)) {
            request.abortWith(forbidden("cross-origin request refused: Origin " + origin + " is not this server"));
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.startsWith("/rest/") && !"no-check".equals(request.getHeaderString(XSRF_HEADER))) {
            request.abortWith(forbidden("XSRF check failed: state-changing REST calls need the header "
                    + XSRF_HEADER + ": no-check"));
        }
    }

    private static boolean sameOrigin(String origin, URI self) {
        try {
            URI uri = URI.create(origin);
            return self.getScheme().equalsIgnoreCase(uri.getScheme())
                    && self.getHost().equalsIgnoreCase(uri.getHost())
                    && port(self) == port(uri);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Response forbidden(String message) {
        ObjectNode json = JSON.createObjectNode().put("code", "xsrf").put("message", message);
        json.putArray("details");
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(json.toString()).build();
    }
}
