package com.journeymaps.standalone.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.standalone.store.Database;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /health}: whether the server and its database answer, for people, scripts and load
 * balancers. 200 with {@code "status":"UP"}, or 503 with {@code "DOWN"} and which part is down.
 */
@Path("/health")
public final class HealthResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final String version;

    public HealthResource(Database database, String version) {
        this.database = database;
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean databaseUp = database.isHealthy();
        ObjectNode body = JSON.createObjectNode()
                .put("status", databaseUp ? "UP" : "DOWN")
                .put("database", databaseUp ? "UP" : "DOWN")
                .put("version", version);
        return Response.status(databaseUp ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body.toString())
                .build();
    }
}
