package com.journeymaps.web.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.ErrorDetail;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.map.SaveResult;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * JSON for the REST API, written with our own Jackson so the host's JSON provider (Confluence's
 * REST v2, Jersey in the standalone server) never touches our types: resources take and return
 * strings. The error form is the one every failure has: {@code {code, message, details[]}}.
 */
final class RestJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=utf-8";

    private RestJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static Response ok(ObjectNode body) {
        return Response.ok(write(body), JSON_UTF8).build();
    }

    /** A version from the query string; absent is 0, which the services refuse with a clear message. */
    static int version(Integer queryParameter) {
        return queryParameter == null ? 0 : queryParameter;
    }

    /** The answer to every call that saved a map: the new page version and the map as stored. */
    static ObjectNode saved(SaveResult saved) {
        ObjectNode body = object()
                .put("pageId", saved.pageId())
                .put("mapId", saved.mapId())
                .put("pageVersion", saved.pageVersion())
                .put("merged", saved.merged())
                .put("versionComment", saved.versionComment());
        body.set("map", JourneyMapJson.toTree(saved.map()));
        return body;
    }

    static Response error(ApiException e) {
        Response response = error(e.status(), e.code(), e.getMessage(), e.details());
        if (e.conflicts().isEmpty()) {
            return response;
        }
        ObjectNode body = object().put("code", e.code()).put("message", e.getMessage());
        body.set("details", MapReadJson.details(e.details()));
        body.set("conflicts", e.conflicts().get());
        return Response.status(e.status()).type(JSON_UTF8).entity(write(body)).build();
    }

    static Response error(int status, String code, String message, List<ErrorDetail> details) {
        ObjectNode body = object().put("code", code).put("message", message);
        body.set("details", MapReadJson.details(details));
        return Response.status(status).type(JSON_UTF8).entity(write(body)).build();
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
