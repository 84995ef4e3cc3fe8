package com.journeymaps.standalone.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /static/{file}}: the front-end bundle built by esbuild into the web module
 * ({@code journeymaps/static} on the classpath). Only plain file names of known types are served.
 */
@Path("/static")
public final class StaticAssetsResource {

    private static final String FOLDER = "journeymaps/static/";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "map", "application/json;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    @GET
    @Path("{file}")
    public Response asset(@PathParam("file") String file) {
        if (!SAFE_NAME.matcher(file).matches() || file.contains("..")) {
            throw new NotFoundException();
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (type == null) {
            throw new NotFoundException();
        }
        InputStream in = StaticAssetsResource.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new NotFoundException();
        }
        try (in) {
            CacheControl cache = new CacheControl();
            cache.setMaxAge(300);
            return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
