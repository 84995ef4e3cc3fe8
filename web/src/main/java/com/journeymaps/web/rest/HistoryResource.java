package com.journeymaps.web.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.diff.Change;
import com.journeymaps.core.diff.ChangeSummaries;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.HistoryService;
import com.journeymaps.web.map.MapVersion;
import com.journeymaps.web.port.Viewer;
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
 * A map's history: {@code GET …/history} (the versions in which it changed, with summaries),
 * {@code GET …/diff?from=&to=} (the changes between two versions, machine form plus a sentence each),
 * and {@code POST …/restore?version=&baseVersion=} (an old version saved as the newest).
 */
@Path("/pages/{pageId}/maps/{mapId}")
public final class HistoryResource {

    private final HistoryService history;
    private final Viewer viewer;

    public HistoryResource(HistoryService history, Viewer viewer) {
        this.history = history;
        this.viewer = viewer;
    }

    @GET
    @Path("history")
    @Produces(MediaType.APPLICATION_JSON)
    public Response versions(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId) {
        ObjectNode body = RestJson.object().put("pageId", pageId).put("mapId", mapId);
        ArrayNode list = body.putArray("versions");
        for (MapVersion version : history.versions(pageId, mapId)) {
            list.addObject()
                    .put("version", version.version())
                    .put("author", version.author())
                    .put("modified", version.modified().toString())
                    .put("comment", version.comment())
                    .put("summary", version.summary())
                    .put("changes", version.changes());
        }
        return RestJson.ok(body);
    }

    @GET
    @Path("diff")
    @Produces(MediaType.APPLICATION_JSON)
    public Response diff(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                         @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        requireVersion(from);
        requireVersion(to);
        List<Change> changes = history.diff(pageId, mapId, from, to);
        Texts texts = viewer.texts();
        ObjectNode body = RestJson.object().put("pageId", pageId).put("mapId", mapId).put("from", from).put("to", to);
        ArrayNode list = body.putArray("changes");
        for (Change change : changes) {
            ObjectNode item = change.toJson();
            item.put("sentence", ChangeSummaries.sentence(change, texts));
            list.add(item);
        }
        body.put("summary", changes.isEmpty() ? "" : ChangeSummaries.versionComment(changes, texts));
        return RestJson.ok(body);
    }

    @POST
    @Path("restore")
    @Produces(MediaType.APPLICATION_JSON)
    public Response restore(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                            @QueryParam("version") Integer version, @QueryParam("baseVersion") Integer baseVersion) {
        requireVersion(version);
        requireVersion(baseVersion);
        ObjectNode body = RestJson.saved(history.restore(pageId, mapId, version, baseVersion)).put("restoredFrom", version);
        return RestJson.ok(body);
    }

    private void requireVersion(Integer version) {
        if (version == null || version < 1) {
            throw new ApiException(400, "bad-version", viewer.texts().getText("journeymaps.api.error.badversion"));
        }
    }
}
