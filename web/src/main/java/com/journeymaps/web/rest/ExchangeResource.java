package com.journeymaps.web.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.web.map.ErrorDetail;
import com.journeymaps.web.map.ExchangeService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A map's data in and out: {@code GET …/export.csv} and {@code …/export.json} as downloads,
 * {@code POST …/import/preview} (CSV body; what would change, nothing written) and
 * {@code POST …/import?baseVersion=N} (CSV body; applied as a save).
 */
@Path("/pages/{pageId}/maps/{mapId}")
public final class ExchangeResource {

    private final ExchangeService exchange;

    public ExchangeResource(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response exportCsv(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId) {
        return download(exchange.exportCsv(pageId, mapId), "text/csv;charset=utf-8", mapId + ".csv");
    }

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response exportJson(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId) {
        return download(exchange.exportJson(pageId, mapId), RestJson.JSON_UTF8, mapId + ".json");
    }

    @POST
    @Path("import/preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response preview(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId, String csv) {
        ExchangeService.ImportPreview preview = exchange.preview(pageId, mapId, csv);
        ObjectNode body = RestJson.object().put("pageVersion", preview.pageVersion()).put("ok", preview.problems().isEmpty());
        ids(body.putArray("added"), preview.added());
        ids(body.putArray("updated"), preview.updated());
        ids(body.putArray("unchanged"), preview.unchanged());
        ArrayNode problems = body.putArray("problems");
        for (ErrorDetail problem : preview.problems()) {
            problems.addObject().put("row", problem.line()).put("pointer", problem.pointer()).put("code", problem.code())
                    .put("message", problem.message());
        }
        return RestJson.ok(body);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                          @QueryParam("baseVersion") Integer baseVersion, String csv) {
        return RestJson.ok(RestJson.saved(exchange.apply(pageId, mapId, RestJson.version(baseVersion), csv)));
    }

    private static void ids(ArrayNode array, List<String> ids) {
        ids.forEach(array::add);
    }

    private static Response download(String content, String type, String fileName) {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
