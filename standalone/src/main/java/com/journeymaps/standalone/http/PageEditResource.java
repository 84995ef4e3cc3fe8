package com.journeymaps.standalone.http;

import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import com.journeymaps.core.template.Template;
import com.journeymaps.core.template.Templates;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.page.PageSourceCheck;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.StalePageVersionException;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * The standalone page editor: {@code /pages/{id}/edit} shows the page's storage-format source to
 * edit, checks it before saving (readable, no duplicate map ids, every map valid), saves it as a new
 * version only if nobody saved in between, and keeps the person's text on any refusal. It also
 * inserts a new journey map from a template.
 */
@Path("/pages/{id}")
public final class PageEditResource {

    /** Limit of a page's source in the editor, in characters. */
    static final int MAX_SOURCE = 2_000_000;

    private final PageBodies pages;
    private final Viewer viewer;
    private final TemplateRenderer renderer;
    private final PageSourceCheck check = new PageSourceCheck();

    public PageEditResource(PageBodies pages, Viewer viewer, TemplateRenderer renderer) {
        this.pages = pages;
        this.viewer = viewer;
        this.renderer = renderer;
    }

    @GET
    @Path("edit")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response form(@PathParam("id") long id, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Views.signInFirst("/pages/" + id + "/edit");
        }
        Optional<PageSnapshot> page = editable(id);
        if (page.isEmpty()) {
            return refused(id, user.get());
        }
        return editor(Response.Status.OK, page.get(), page.get().body(), page.get().version(), List.of(), user.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("edit")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response save(@PathParam("id") long id, @FormParam("body") String body, @FormParam("baseVersion") int baseVersion,
                         @FormParam("csrf") String csrf, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        Optional<PageSnapshot> page = editable(id);
        if (page.isEmpty()) {
            return refused(id, user.get());
        }
        String source = body == null ? "" : body;
        List<String> problems = source.length() > MAX_SOURCE
                ? List.of(viewer.texts().getText("journeymaps.standalone.editor.toolarge", MAX_SOURCE))
                : check.problems(source, viewer.texts());
        if (!problems.isEmpty()) {
            return editor(Response.Status.BAD_REQUEST, page.get(), source, baseVersion, problems, user.get());
        }
        try {
            pages.save(id, baseVersion, source, viewer.texts().getText("journeymaps.standalone.editor.comment"));
        } catch (StalePageVersionException e) {
            return editor(Response.Status.CONFLICT, page.get(), source, baseVersion,
                    List.of(viewer.texts().getText("journeymaps.standalone.editor.stale", baseVersion, e.currentVersion())), user.get());
        }
        return Response.seeOther(URI.create("/pages/" + id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("insert-map")
    public Response insertMap(@PathParam("id") long id, @FormParam("template") String templateId,
                              @FormParam("csrf") String csrf, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        Optional<PageSnapshot> page = editable(id);
        if (page.isEmpty()) {
            return refused(id, user.get());
        }
        if (Templates.find(templateId == null ? "" : templateId).isEmpty()) {
            return editor(Response.Status.BAD_REQUEST, page.get(), page.get().body(), page.get().version(),
                    List.of(viewer.texts().getText("journeymaps.standalone.editor.notemplate", String.valueOf(templateId))), user.get());
        }
        JourneyMap map = Templates.create(templateId, viewer.texts(), Ids.random());
        String body = page.get().body();
        String newBody = new StorageFormatCodec().insert(body, body.length(), MacroSpec.journeyMap(map.id(), JourneyMapJson.write(map)));
        try {
            pages.save(id, page.get().version(), newBody, viewer.texts().getText("journeymaps.api.versioncomment.created", map.title()));
        } catch (StalePageVersionException e) {
            return editor(Response.Status.CONFLICT, page.get(), body, page.get().version(),
                    List.of(viewer.texts().getText("journeymaps.standalone.editor.stale", page.get().version(), e.currentVersion())), user.get());
        }
        return Response.seeOther(URI.create("/pages/" + id)).build();
    }

    /** Turns the page into a persona page: appends a persona macro named after the page, unless it holds one. */
    @POST
    @Path("insert-persona")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response insertPersona(@PathParam("id") long id, @FormParam("csrf") String csrf, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        Optional<PageSnapshot> page = editable(id);
        if (page.isEmpty()) {
            return refused(id, user.get());
        }
        String body = page.get().body();
        boolean hasPersona;
        try {
            hasPersona = new StorageFormatCodec().find(body).stream().anyMatch(m -> m.kind() == MacroKind.JOURNEY_PERSONA);
        } catch (StorageFormatException e) {
            hasPersona = false; // the editor shows what is wrong with the source; inserting appends at the end
        }
        if (hasPersona) {
            return editor(Response.Status.CONFLICT, page.get(), body, page.get().version(),
                    List.of(viewer.texts().getText("journeymaps.standalone.editor.personaexists")), user.get());
        }
        String newBody = new StorageFormatCodec().insert(body, body.length(), CreatePageResource.personaMacro(page.get().title()));
        try {
            pages.save(id, page.get().version(), newBody, viewer.texts().getText("journeymaps.standalone.editor.insertpersona"));
        } catch (StalePageVersionException e) {
            return editor(Response.Status.CONFLICT, page.get(), body, page.get().version(),
                    List.of(viewer.texts().getText("journeymaps.standalone.editor.stale", page.get().version(), e.currentVersion())), user.get());
        }
        return Response.seeOther(URI.create("/pages/" + id)).build();
    }

    private Optional<PageSnapshot> editable(long id) {
        return viewer.can(PagePermission.EDIT, id) ? pages.current(id) : Optional.empty();
    }

    private Response refused(long id, SignedIn user) {
        boolean visible = viewer.can(PagePermission.VIEW, id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", Views.user(user));
        return Response.status(visible ? Response.Status.FORBIDDEN : Response.Status.NOT_FOUND)
                .entity(renderer.render(visible ? "JourneyMaps.Standalone.Editor.forbidden" : "JourneyMaps.Standalone.Page.notFound", data))
                .build();
    }

    private Response editor(Response.Status status, PageSnapshot page, String source, int baseVersion, List<String> problems,
                            SignedIn user) {
        List<Map<String, Object>> templates = new ArrayList<>();
        for (Template template : Templates.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", template.id());
            item.put("name", viewer.texts().getText(template.nameKey()));
            templates.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", Map.of("id", String.valueOf(page.pageId()), "title", page.title(), "version", page.version()));
        data.put("source", source);
        data.put("baseVersion", baseVersion);
        data.put("problems", problems);
        data.put("templates", templates);
        data.put("user", Views.user(user));
        return Response.status(status).entity(renderer.render("JourneyMaps.Standalone.Editor.edit", data))
                .header("Cache-Control", "no-store").build();
    }
}
