package com.journeymaps.web.rest;

import com.journeymaps.web.map.MapDocument;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.map.MapService;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /pages/{pageId}/maps/{mapId}}: read a map with the page version it came from, read it as
 * of an older version, read its rendered HTML (of any version), save it against the version the
 * client started from, and fill an empty map macro from a template. Mounted by both hosts under
 * {@code /rest/journeymaps/1.0}.
 */
@Path("/pages/{pageId}/maps/{mapId}")
public final class MapResource {

    private final MapService maps;
    private final MacroRenderService renderer;

    public MapResource(MapService maps, MacroRenderService renderer) {
        this.maps = maps;
        this.renderer = renderer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId) {
        return RestJson.ok(MapReadJson.of(maps.read(pageId, mapId)));
    }

    @GET
    @Path("versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response readVersion(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                                @PathParam("version") int version) {
        return RestJson.ok(MapReadJson.of(maps.readVersion(pageId, mapId, version)));
    }

    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response html(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                         @QueryParam("mode") String mode, @QueryParam("version") Integer version) {
        // Without ?version= the newest map; with it the map as of that page version (the history's read-only view).
        MapDocument document = version == null ? maps.read(pageId, mapId) : maps.readVersion(pageId, mapId, version);
        OutputMode outputMode = "static".equals(mode == null ? "" : mode.toLowerCase(Locale.ROOT))
                ? OutputMode.STATIC : OutputMode.INTERACTIVE;
        String html = renderer.renderJourneyMap(Map.of(MacroRenderService.MAP_ID_PARAMETER, mapId),
                document.storedJson(), outputMode);
        return Response.ok(html, MediaType.TEXT_HTML + ";charset=utf-8").header("Cache-Control", "no-store").build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                         @QueryParam("baseVersion") Integer baseVersion, String body) {
        return RestJson.ok(RestJson.saved(maps.save(pageId, mapId, RestJson.version(baseVersion), body)));
    }

    @POST
    @Path("from-template")
    @Produces(MediaType.APPLICATION_JSON)
    public Response fromTemplate(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                                 @QueryParam("template") String template, @QueryParam("baseVersion") Integer baseVersion) {
        return RestJson.ok(RestJson.saved(maps.startFromTemplate(pageId, mapId, template, RestJson.version(baseVersion))));
    }

    @POST
    @Path("repair")
    @Produces(MediaType.APPLICATION_JSON)
    public Response repair(@PathParam("pageId") long pageId, @PathParam("mapId") String mapId,
                           @QueryParam("baseVersion") Integer baseVersion) {
        return RestJson.ok(RestJson.saved(maps.repair(pageId, mapId, RestJson.version(baseVersion))));
    }
}
