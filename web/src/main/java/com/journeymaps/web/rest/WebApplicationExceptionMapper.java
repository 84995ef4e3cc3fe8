package com.journeymaps.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * What the JAX-RS runtime refuses before our code runs (no such resource, wrong method, wrong media
 * type, a path parameter that is not a number) in the same error form as everything else.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String code = type == null ? "http-" + status : type.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        String message = type == null ? "HTTP " + status : status + " " + type.getReasonPhrase();
        return RestJson.error(status, code, message, List.of());
    }
}
