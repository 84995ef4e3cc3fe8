package com.journeymaps.standalone.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.template.Template;
import com.journeymaps.core.template.Templates;
import com.journeymaps.standalone.auth.AccessPolicy;
import com.journeymaps.standalone.auth.Action;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /spaces/{key}/create}: a new page from a blueprint, as Confluence's Create dialog offers:
 * "Journey map" (a page with a map from a chosen template), "Persona" (a persona page with the
 * persona macro and guidance) or a blank page. Needs the editor role in the space.
 */
@Path("/spaces/{key}/create")
public final class CreatePageResource {

    static final int MAX_TITLE = 255;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageStore pages;
    private final AccessPolicy access;
    private final Viewer viewer;
    private final TemplateRenderer renderer;

    public CreatePageResource(PageStore pages, AccessPolicy access, Viewer viewer, TemplateRenderer renderer) {
        this.pages = pages;
        this.access = access;
        this.viewer = viewer;
        this.renderer = renderer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response form(@PathParam("key") String key, @QueryParam("parent") String parent,
                         @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Views.signInFirst("/spaces/" + key + "/create");
        }
        Optional<PageStore.Space> space = editableSpace(key, user.get());
        if (space.isEmpty()) {
            return refused(user.get());
        }
        return page(Response.Status.OK, space.get(), "", "journey-map", "b2c", parent == null ? "" : parent, List.of(),
                user.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response create(@PathParam("key") String key, @FormParam("title") String title,
                           @FormParam("blueprint") String blueprint, @FormParam("template") String template,
                           @FormParam("parent") String parent, @FormParam("csrf") String csrf,
                           @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        Optional<PageStore.Space> space = editableSpace(key, user.get());
        if (space.isEmpty()) {
            return refused(user.get());
        }
        Texts texts = viewer.texts();
        String name = title == null ? "" : title.strip();
        String kind = blueprint == null ? "" : blueprint;
        List<String> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            problems.add(texts.getText("journeymaps.standalone.create.badtitle", MAX_TITLE));
        } else if (pages.pageIdByTitle(key, name).isPresent()) {
            problems.add(texts.getText("journeymaps.standalone.create.taken", name));
        }
        if (!List.of("journey-map", "persona", "blank").contains(kind)) {
            problems.add(texts.getText("journeymaps.standalone.create.badblueprint"));
        } else if ("journey-map".equals(kind) && Templates.find(template == null ? "" : template).isEmpty()) {
            problems.add(texts.getText("journeymaps.standalone.editor.notemplate", String.valueOf(template)));
        }
        Optional<Long> parentId = parentIn(space.get(), parent);
        if (parent != null && !parent.isBlank() && parentId.isEmpty()) {
            problems.add(texts.getText("journeymaps.standalone.create.badparent"));
        }
        if (!problems.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, space.get(), name, kind, template, parent, problems, user.get());
        }
        String body = switch (kind) {
            case "journey-map" -> journeyMapPage(name, template, texts);
            case "persona" -> personaPage(name, texts);
            default -> "<p></p>";
        };
        long id = pages.createPage(space.get(), parentId, name, body, user.get().username(),
                texts.getText("journeymaps.standalone.create.comment." + kind));
        return Response.seeOther(URI.create("/pages/" + id)).build();
    }

    private static String journeyMapPage(String title, String templateId, Texts texts) {
        JourneyMap map = Templates.create(templateId, texts, Ids.random()).withTitle(title);
        String intro = "<p>" + escape(texts.getText("journeymaps.standalone.create.mapguidance")) + "</p>\n";
        return new StorageFormatCodec().insert(intro, intro.length(), MacroSpec.journeyMap(map.id(), JourneyMapJson.write(map)));
    }

    private static String personaPage(String title, Texts texts) {
        String intro = "<p>" + escape(texts.getText("journeymaps.standalone.create.personaguidance")) + "</p>\n";
        return new StorageFormatCodec().insert(intro, intro.length(), personaMacro(title));
    }

    /** A new persona macro for the persona called {@code name}, its other fields still to be filled in. */
    static MacroSpec personaMacro(String name) {
        String json = JSON.createObjectNode().put("name", name).put("role", "").put("quote", "").toString();
        return MacroSpec.persona(Ids.random().next(ElementKind.PERSONA), json);
    }

    /** Text for the storage format: the bundle's guidance is ours, but escape it anyway. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Optional<PageStore.Space> editableSpace(String key, SignedIn user) {
        return pages.space(key).filter(space -> access.strongestRole(space.id(), user.username())
                .map(role -> role.allows(Action.EDIT)).orElse(false));
    }

    private Response refused(SignedIn user) {
        return Views.notFound(renderer, user);
    }

    /** The page {@code parent} names, when it is a page of {@code space} that the viewer may see. */
    private Optional<Long> parentIn(PageStore.Space space, String parent) {
        if (parent == null || !parent.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(parent.strip());
        return pages.listPages().stream()
                .filter(page -> page.id() == id && page.spaceKey().equals(space.key()))
                .filter(page -> viewer.can(PagePermission.VIEW, id))
                .map(PageStore.PageSummary::id)
                .findFirst();
    }

    private Response page(Response.Status status, PageStore.Space space, String title, String blueprint, String template,
                          String parent, List<String> problems, SignedIn user) {
        List<Map<String, Object>> parents = new ArrayList<>();
        for (PageStore.PageSummary candidate : pages.listPages()) {
            if (candidate.spaceKey().equals(space.key()) && viewer.can(PagePermission.VIEW, candidate.id())) {
                parents.add(Map.of("id", String.valueOf(candidate.id()), "title", candidate.title(),
                        "selected", String.valueOf(candidate.id()).equals(parent == null ? "" : parent.strip())));
            }
        }
        List<Map<String, Object>> templates = new ArrayList<>();
        for (Template t : Templates.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", t.id());
            item.put("name", t.name(viewer.texts()));
            item.put("selected", t.id().equals(template));
            templates.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("space", Map.of("key", space.key(), "name", space.name()));
        data.put("title", title);
        data.put("blueprint", blueprint == null ? "" : blueprint);
        data.put("templates", templates);
        data.put("parents", parents);
        data.put("problems", problems);
        data.put("user", Views.user(user));
        return Response.status(status).entity(renderer.render("JourneyMaps.Standalone.Create.form", data))
                .header("Cache-Control", "no-store").build();
    }
}
