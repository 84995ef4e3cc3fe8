package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.page.StorageView;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.PageVersion;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /pages/{id}}: a wiki page rendered from its storage format, with our macros through the
 * real macro path, and {@code /pages/{id}/history}, its versions. A page the viewer may not see is
 * answered exactly like one that does not exist; anonymous visitors are sent to sign in.
 */
@Path("/pages/{id}")
public final class PageResource {

    private final PageBodies pages;
    private final PageStore store;
    private final Viewer viewer;
    private final MacroRenderService macros;
    private final TemplateRenderer renderer;

    public PageResource(PageBodies pages, PageStore store, Viewer viewer, MacroRenderService macros, TemplateRenderer renderer) {
        this.pages = pages;
        this.store = store;
        this.viewer = viewer;
        this.macros = macros;
        this.renderer = renderer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response view(@PathParam("id") long id, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Response.seeOther(URI.create("/login?next=/pages/" + id)).build();
        }
        Optional<PageSnapshot> page = viewer.can(PagePermission.VIEW, id) ? pages.current(id) : Optional.empty();
        if (page.isEmpty()) {
            return notFound(user.get());
        }
        PageSnapshot snapshot = page.get();
        StorageView.View content = new StorageView(macros, title -> store.pageIdByTitle(snapshot.spaceKey(), title))
                .view(snapshot.body(), OutputMode.INTERACTIVE, snapshot.pageId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", page(snapshot));
        data.put("nodes", content.nodes());
        data.put("hasMap", content.hasMap());
        data.put("canEdit", viewer.can(PagePermission.EDIT, id));
        data.put("user", Views.user(user.get()));
        return Response.ok(renderer.render("JourneyMaps.Standalone.Page.view", data)).build();
    }

    @GET
    @Path("history")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response history(@PathParam("id") long id, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Response.seeOther(URI.create("/login?next=/pages/" + id + "/history")).build();
        }
        Optional<PageSnapshot> page = viewer.can(PagePermission.VIEW, id) ? pages.current(id) : Optional.empty();
        if (page.isEmpty()) {
            return notFound(user.get());
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PageVersion version : pages.versions(id)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", version.version());
            item.put("author", version.author());
            item.put("modified", DateTimeFormatter.ISO_INSTANT.format(version.modified()));
            item.put("comment", version.comment() == null ? "" : version.comment());
            versions.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", page(page.get()));
        data.put("versions", versions);
        data.put("user", Views.user(user.get()));
        return Response.ok(renderer.render("JourneyMaps.Standalone.Page.history", data)).build();
    }

    private Response notFound(SignedIn user) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", Views.user(user));
        return Response.status(Response.Status.NOT_FOUND)
                .entity(renderer.render("JourneyMaps.Standalone.Page.notFound", data)).build();
    }

    private static Map<String, Object> page(PageSnapshot snapshot) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", String.valueOf(snapshot.pageId()));
        page.put("title", snapshot.title());
        page.put("spaceKey", snapshot.spaceKey());
        page.put("version", snapshot.version());
        page.put("author", snapshot.author());
        return page;
    }
}
