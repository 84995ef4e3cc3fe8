package com.journeymaps.web.rest;

import com.journeymaps.web.map.ApiException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of the app leaves as {@code {code, message, details[]}} with its status. */
@Provider
public final class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        return RestJson.error(exception);
    }
}
