package com.journeymaps.standalone.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /static/{file}}: the front-end bundle built by esbuild into the web module, and the wiki's stylesheet
 * ({@link StaticAssets}). Only plain file names of known types are served.
 *
 * <p>Caching: a link with the file's current version ({@code ?v=}, as pages write them) may be kept for a year
 * without asking again ({@code immutable}); any other request must ask again, and gets {@code 304 Not Modified}
 * when its {@code If-None-Match} names the current content. Compression is the server's (every text answer is
 * sent gzipped to a client that accepts it).
 */
@Path("/static")
public final class StaticAssetsResource {

    static final int YEAR_SECONDS = 365 * 24 * 60 * 60;
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "map", "application/json;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final StaticAssets assets;

    public StaticAssetsResource(StaticAssets assets) {
        this.assets = Objects.requireNonNull(assets, "assets");
    }

    @GET
    @Path("{file}")
    public Response asset(@PathParam("file") String file, @QueryParam("v") String version, @Context Request request) {
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        StaticAssets.Asset asset = type == null ? null : assets.get(file).orElse(null);
        if (asset == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false); // JAX-RS sets no-transform by default, which would forbid compressing it on the way
        if (asset.version().equals(version)) {
            cache.setMaxAge(YEAR_SECONDS);
            cache.getCacheExtension().put("immutable", null);
        } else {
            cache.setNoCache(true); // an old or no version: keep it, but ask each time (answered 304 if unchanged)
        }
        EntityTag tag = new EntityTag(asset.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(asset.bytes(), type).tag(tag).cacheControl(cache).build();
    }
}
