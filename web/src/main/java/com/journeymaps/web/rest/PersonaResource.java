package com.journeymaps.web.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.web.persona.PersonaService;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /personas}: find persona pages to link from a map ({@code ?q=&limit=}), read one persona
 * ({@code /personas/{pageId}}) and list the maps that use it ({@code /personas/{pageId}/maps}). Only
 * pages the caller may see appear; an invisible page is a 404 exactly like a missing one.
 */
@Path("/personas")
public final class PersonaResource {

    private final PersonaService personas;

    public PersonaResource(PersonaService personas) {
        this.personas = personas;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@QueryParam("q") String query, @QueryParam("limit") String limit) {
        ObjectNode body = RestJson.object();
        ArrayNode list = body.putArray("personas");
        for (PersonaPage page : personas.search(query, limit)) {
            ObjectNode item = link(list.addObject(), page.page());
            Persona persona = page.persona().orElse(null);
            putText(item, "name", persona == null ? null : persona.name());
            putText(item, "role", persona == null ? null : persona.role());
            putText(item, "segment", persona == null ? null : persona.segment());
        }
        return RestJson.ok(body);
    }

    @GET
    @Path("{pageId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("pageId") long pageId) {
        PersonaPage page = personas.read(pageId);
        ObjectNode body = link(RestJson.object(), page.page());
        if (page.persona().isEmpty()) {
            body.putNull("persona");
        } else {
            Persona persona = page.persona().get();
            ObjectNode fields = body.putObject("persona");
            putText(fields, "name", persona.name());
            putText(fields, "role", persona.role());
            putText(fields, "segment", persona.segment());
            putText(fields, "photoUrl", persona.photoUrl());
            putText(fields, "quote", persona.quote());
            putText(fields, "demographics", persona.demographics());
            putList(fields, "goals", persona.goals());
            putList(fields, "needs", persona.needs());
            putList(fields, "motivations", persona.motivations());
            putList(fields, "behaviours", persona.behaviours());
            putList(fields, "painPoints", persona.painPoints());
            putList(fields, "channels", persona.channels());
        }
        return RestJson.ok(body);
    }

    @GET
    @Path("{pageId}/maps")
    @Produces(MediaType.APPLICATION_JSON)
    public Response maps(@PathParam("pageId") long pageId) {
        List<PageLink> using = personas.mapsUsing(pageId);
        ObjectNode body = RestJson.object().put("pageId", pageId);
        ArrayNode list = body.putArray("maps");
        using.forEach(page -> link(list.addObject(), page));
        return RestJson.ok(body);
    }

    private static ObjectNode link(ObjectNode node, PageLink page) {
        return node.put("pageId", page.pageId()).put("title", page.title()).put("url", page.url());
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void putList(ObjectNode node, String name, List<String> values) {
        ArrayNode list = node.putArray(name);
        values.forEach(list::add);
    }
}
