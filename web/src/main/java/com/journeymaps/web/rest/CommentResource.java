package com.journeymaps.web.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.comment.CommentService;
import com.journeymaps.web.comment.CommentThreads;
import com.journeymaps.web.comment.CommentView;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.ErrorDetail;
import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.Viewer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /pages/{pageId}/maps/{mapId}/comments}: the comment threads on a map's items ({@code ?item=} for one item),
 * the open comments per item ({@code counts}), adding a comment or reply, editing and deleting one's own, and
 * resolving or reopening a thread. Every comment in an answer says whether the caller may edit, delete and resolve
 * it; the list says whether the caller may comment at all. The rules are {@link CommentService}'s.
 */
@Path("/pages/{pageId}/maps/{mapId}/comments")
public final class CommentResource {

    private final CommentService comments;
    private final Viewer viewer;

    public CommentResource(CommentService comments, Viewer viewer) {
        this.comments = comments;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response threads(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                            @QueryParam("item") String item) {
        CommentThreads threads = comments.threads(pageId, mapId,
                Optional.ofNullable(item).filter(value -> !value.isBlank()));
        ObjectNode body = RestJson.object()
                .put("pageId", threads.pageId())
                .put("mapId", threads.mapId())
                .put("canComment", threads.canComment());
        ArrayNode list = body.putArray("threads");
        threads.threads().forEach(thread -> list.add(comment(thread)));
        body.set("openCounts", counts(threads.openCounts()));
        return RestJson.ok(body);
    }

    @GET
    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    public Response counts(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId) {
        ObjectNode body = RestJson.object().put("pageId", pageId).put("mapId", mapId);
        body.set("openCounts", counts(comments.openCounts(pageId, mapId)));
        return RestJson.ok(body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId, String body) {
        JsonNode json = parse(body);
        String itemId = optionalText(json, "itemId");
        String text = requiredText(json, "text");
        Long parentId = optionalId(json, "parentId");
        CommentView added = comments.add(pageId, mapId, itemId, parentId, text);
        return Response.status(201).type(RestJson.JSON_UTF8).entity(RestJson.write(comment(added))).build();
    }

    @PUT
    @Path("{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                         @PathParam("commentId") long commentId, String body) {
        String text = requiredText(parse(body), "text");
        return RestJson.ok(comment(comments.edit(pageId, mapId, commentId, text)));
    }

    @DELETE
    @Path("{commentId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                           @PathParam("commentId") long commentId) {
        comments.delete(pageId, mapId, commentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{commentId}/resolve")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                            @PathParam("commentId") long commentId) {
        return RestJson.ok(comment(comments.setResolved(pageId, mapId, commentId, true)));
    }

    @POST
    @Path("{commentId}/reopen")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                           @PathParam("commentId") long commentId) {
        return RestJson.ok(comment(comments.setResolved(pageId, mapId, commentId, false)));
    }

    // --- JSON -----------------------------------------------------------------------------------------------------

    private static ObjectNode comment(CommentView view) {
        MapComment c = view.comment();
        ObjectNode json = RestJson.object()
                .put("id", c.id())
                .put("itemId", c.itemId());
        if (c.parentId() == null) {
            json.putNull("parentId");
        } else {
            json.put("parentId", c.parentId());
        }
        json.put("author", c.author())
                .put("created", c.created().toString())
                .put("updated", c.updated().toString())
                .put("edited", !c.updated().equals(c.created()))
                .put("text", c.text())
                .put("resolved", c.resolved());
        putNullable(json, "resolvedBy", c.resolvedBy());
        putNullable(json, "resolvedAt", c.resolvedAt() == null ? null : c.resolvedAt().toString());
        json.put("canEdit", view.canEdit()).put("canDelete", view.canDelete()).put("canResolve", view.canResolve());
        if (c.isRoot()) {
            ArrayNode replies = json.putArray("replies");
            view.replies().forEach(reply -> replies.add(comment(reply)));
        }
        return json;
    }

    private static void putNullable(ObjectNode json, String field, String value) {
        if (value == null) {
            json.putNull(field);
        } else {
            json.put(field, value);
        }
    }

    private static ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode json = RestJson.object();
        counts.forEach(json::put);
        return json;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw badRequest("", "body-missing", texts().getText("journeymaps.comments.error.nobody"));
        }
        JsonNode json;
        try {
            json = RestJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad-request", texts().getText("journeymaps.api.error.badrequest",
                    e.getOriginalMessage()), List.of(new ErrorDetail("", "json", e.getOriginalMessage(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr())));
        }
        if (json == null || !json.isObject()) {
            throw badRequest("", "not-an-object", texts().getText("journeymaps.comments.error.notobject"));
        }
        return json;
    }

    private String requiredText(JsonNode json, String field) {
        String value = optionalText(json, field);
        if (value == null) {
            throw badRequest("/" + field, "required", texts().getText("journeymaps.comments.error.required", field));
        }
        return value;
    }

    private String optionalText(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw badRequest("/" + field, "not-a-string", texts().getText("journeymaps.comments.error.notstring", field));
        }
        return value.textValue();
    }

    private Long optionalId(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.longValue() < 1) {
            throw badRequest("/" + field, "not-an-id", texts().getText("journeymaps.comments.error.notid", field));
        }
        return value.longValue();
    }

    private ApiException badRequest(String pointer, String code, String detail) {
        return new ApiException(400, "bad-request", texts().getText("journeymaps.comments.error.badrequest"),
                List.of(ErrorDetail.at(pointer, code, detail)));
    }

    private Texts texts() {
        return viewer.texts();
    }
}
