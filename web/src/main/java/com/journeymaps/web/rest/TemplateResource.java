package com.journeymaps.web.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.template.Template;
import com.journeymaps.core.template.Templates;
import com.journeymaps.web.port.Viewer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /templates}: the starting maps a new journey map can be made from, in the caller's language. */
@Path("/templates")
public final class TemplateResource {

    private final Viewer viewer;

    public TemplateResource(Viewer viewer) {
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        Texts texts = viewer.texts();
        ObjectNode body = RestJson.object();
        ArrayNode list = body.putArray("templates");
        for (Template template : Templates.all()) {
            ObjectNode item = list.addObject().put("id", template.id()).put("name", template.name(texts))
                    .put("description", template.description(texts));
            ArrayNode stages = item.putArray("stages");
            template.stages().forEach(concept -> stages.add(texts.getText("journeymaps.template.stage." + concept + ".name")));
        }
        return RestJson.ok(body);
    }
}
