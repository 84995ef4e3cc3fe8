package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.auth.RequestUser;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiki's error pages: whatever goes wrong outside the REST API (an unknown address, a wrong
 * method, a path that is not a page id, or a fault of ours) is answered with an HTML page in the
 * wiki's look and the reader's language, never a stack trace or a blank page. A fault of ours is
 * logged with an incident number that the page shows, so an admin can find it in the log.
 */
public final class WikiErrorPages implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(WikiErrorPages.class);

    private final TemplateRenderer renderer;
    private final Viewer viewer;
    private final RequestUser requestUser;

    public WikiErrorPages(TemplateRenderer renderer, Viewer viewer, RequestUser requestUser) {
        this.renderer = renderer;
        this.viewer = viewer;
        this.requestUser = requestUser;
    }

    @Override
    public Response toResponse(Throwable exception) {
        int status = exception instanceof WebApplicationException web && web.getResponse() != null
                ? web.getResponse().getStatus() : 500;
        if (status < 400) {
            return ((WebApplicationException) exception).getResponse();
        }
        String incident = "";
        if (status >= 500) {
            incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Incident {}: the wiki could not answer a request", incident, exception);
        }
        String message = switch (status) {
            case 404 -> viewer.texts().getText("journeymaps.standalone.error.notfound");
            case 405 -> viewer.texts().getText("journeymaps.standalone.error.method");
            case 413 -> viewer.texts().getText("journeymaps.standalone.error.toolarge");
            case 415 -> viewer.texts().getText("journeymaps.standalone.error.mediatype");
            default -> status >= 500
                    ? viewer.texts().getText("journeymaps.standalone.error.internal", incident)
                    : viewer.texts().getText("journeymaps.standalone.error.badrequest");
        };
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status);
        data.put("message", message);
        Optional<SignedIn> user = requestUser.get();
        user.ifPresent(u -> data.put("user", Views.user(u)));
        String html;
        try {
            html = renderer.render("JourneyMaps.Standalone.Page.error", data);
        } catch (RuntimeException renderFailure) {
            LOG.error("Incident {}: the error page itself could not be rendered", incident, renderFailure);
            return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).entity(message).build();
        }
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Cache-Control", "no-store").entity(html);
        if (exception instanceof WebApplicationException web && web.getResponse().getHeaderString("Allow") != null) {
            answer.header("Allow", web.getResponse().getHeaderString("Allow"));
        }
        return answer.build();
    }
}
