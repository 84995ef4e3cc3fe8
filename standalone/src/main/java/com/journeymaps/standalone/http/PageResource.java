package com.journeymaps.standalone.http;

import com.journeymaps.core.diff.Change;
import com.journeymaps.core.diff.ChangeSummaries;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.page.StorageView;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.PageVersion;
import com.journeymaps.web.port.StalePageVersionException;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.HistoryService;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.MapPage;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code /pages/{id}}: a wiki page rendered from its storage format, with our macros through the
 * real macro path; {@code /pages/{id}/history}, its versions; an old version read-only, the map
 * changes between two versions, and restoring an old version as a new one. A page the viewer may not see is
 * answered exactly like one that does not exist; anonymous visitors are sent to sign in.
 */
@Path("/pages/{id}")
public final class PageResource {

    /** How many ancestors a breadcrumb shows at most. */
    private static final int MAX_DEPTH = 32;

    private final PageBodies pages;
    private final PageStore store;
    private final Viewer viewer;
    private final MacroRenderService macros;
    private final TemplateRenderer renderer;
    private final HistoryService history;

    public PageResource(PageBodies pages, PageStore store, Viewer viewer, MacroRenderService macros, TemplateRenderer renderer,
                        HistoryService history) {
        this.history = history;
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
            return Views.signInFirst("/pages/" + id);
        }
        Optional<PageSnapshot> page = viewer.can(PagePermission.VIEW, id) ? pages.current(id) : Optional.empty();
        if (page.isEmpty()) {
            return notFound(user.get());
        }
        return Response.ok(render(page.get(), user.get(), 0, OutputMode.INTERACTIVE)).build();
    }

    /** An old version, read-only: rendered static, with a banner saying which version it is. */
    @GET
    @Path("versions/{version}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response version(@PathParam("id") long id, @PathParam("version") int version, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Views.signInFirst("/pages/" + id + "/versions/" + version);
        }
        Optional<PageSnapshot> current = viewer.can(PagePermission.VIEW, id) ? pages.current(id) : Optional.empty();
        Optional<PageSnapshot> old = current.isPresent() ? pages.version(id, version) : Optional.empty();
        if (old.isEmpty()) {
            return notFound(user.get());
        }
        return Response.ok(render(old.get(), user.get(), current.get().version(), OutputMode.STATIC)).build();
    }

    /** What changed in the page's maps between two versions, in sentences. */
    @GET
    @Path("compare")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response compare(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to,
                            @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Views.signInFirst("/pages/" + id + "/history");
        }
        Optional<PageSnapshot> before = viewer.can(PagePermission.VIEW, id) ? pages.version(id, from) : Optional.empty();
        Optional<PageSnapshot> after = before.isPresent() ? pages.version(id, to) : Optional.empty();
        if (after.isEmpty()) {
            return notFound(user.get());
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (String mapId : mapIds(after.get())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("mapId", mapId);
            List<String> sentences = new ArrayList<>();
            try {
                for (Change change : history.diff(id, mapId, from, to)) {
                    sentences.add(ChangeSummaries.sentence(change, viewer.texts()));
                }
                item.put("problem", "");
            } catch (ApiException e) {
                item.put("problem", e.getMessage()); // the map did not exist yet, or could not be read, in one version
            }
            item.put("changes", sentences);
            maps.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", page(after.get()));
        data.put("from", from);
        data.put("to", to);
        data.put("maps", maps);
        data.put("user", Views.user(user.get()));
        return Response.ok(renderer.render("JourneyMaps.Standalone.Page.compare", data)).build();
    }

    /** Restores the whole page as it was in {@code version}, as a new version (Confluence's "Restore this version"). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("restore")
    public Response restore(@PathParam("id") long id, @FormParam("version") int version, @FormParam("csrf") String csrf,
                            @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        if (!viewer.can(PagePermission.EDIT, id)) {
            return viewer.can(PagePermission.VIEW, id)
                    ? Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                            .entity(viewer.texts().getText("journeymaps.api.error.noedit")).build()
                    : notFound(user.get());
        }
        Optional<PageSnapshot> current = pages.current(id);
        Optional<PageSnapshot> old = pages.version(id, version);
        if (current.isEmpty() || old.isEmpty()) {
            return notFound(user.get());
        }
        try {
            pages.save(id, current.get().version(), old.get().body(),
                    viewer.texts().getText("journeymaps.standalone.history.restored", version));
        } catch (StalePageVersionException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(viewer.texts().getText("journeymaps.api.error.stale", current.get().version(), e.currentVersion())).build();
        }
        return Response.seeOther(URI.create("/pages/" + id)).build();
    }

    private String render(PageSnapshot snapshot, SignedIn user, int currentVersion, OutputMode mode) {
        boolean canEdit = currentVersion == 0 && viewer.can(PagePermission.EDIT, snapshot.pageId());
        StorageView.View content = new StorageView(macros, title -> store.pageIdByTitle(snapshot.spaceKey(), title))
                .view(snapshot.body(), mode, snapshot.pageId(), currentVersion == 0 && mode == OutputMode.INTERACTIVE
                        ? mapPages(snapshot, canEdit && !viewer.readOnly()) : mapId -> null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", page(snapshot));
        data.put("nodes", content.nodes());
        data.put("hasMap", content.hasMap());
        data.put("mapScripts", content.hasMap() && mode == OutputMode.INTERACTIVE);
        data.put("canEdit", canEdit);
        data.put("oldVersionOf", currentVersion);
        data.put("ancestors", ancestors(snapshot.pageId()));
        data.put("children", children(snapshot.pageId()));
        data.put("user", Views.user(user));
        return renderer.render("JourneyMaps.Standalone.Page.view", data);
    }

    /** The page's ancestors the viewer may see, outermost first (a bounded walk, safe against cycles). */
    private List<Map<String, Object>> ancestors(long pageId) {
        List<Map<String, Object>> ancestors = new ArrayList<>();
        Set<Long> seen = new HashSet<>(List.of(pageId));
        Optional<Long> parent = store.parentOf(pageId);
        while (parent.isPresent() && seen.add(parent.get()) && seen.size() <= MAX_DEPTH) {
            long id = parent.get();
            if (viewer.can(PagePermission.VIEW, id)) {
                pages.current(id).ifPresent(p -> ancestors.add(0, Map.of("id", String.valueOf(id), "title", p.title())));
            }
            parent = store.parentOf(id);
        }
        return ancestors;
    }

    /** The pages directly under this one that the viewer may see. */
    private List<Map<String, Object>> children(long pageId) {
        List<Map<String, Object>> children = new ArrayList<>();
        for (PageStore.PageSummary child : store.children(pageId)) {
            if (viewer.can(PagePermission.VIEW, child.id())) {
                children.add(Map.of("id", String.valueOf(child.id()), "title", child.title()));
            }
        }
        return children;
    }

    /**
     * For the page view of the newest version: the page each map on it tells the front end, so the map's read comes
     * with the page. Only for map ids the REST read would answer for (one macro with that id, a page the codec reads),
     * so the two reads never differ; any other map is read over REST as before. The page is read for its macros when
     * the first map asks, so a page without one pays nothing.
     */
    private static Function<String, MapPage> mapPages(PageSnapshot snapshot, boolean canEdit) {
        MapPage page = new MapPage(snapshot.pageId(), snapshot.version(), canEdit);
        return new Function<>() {
            private Set<String> readable;

            @Override
            public MapPage apply(String mapId) {
                if (readable == null) {
                    readable = MapReadJson.readableMapIds(snapshot.body());
                }
                return readable.contains(mapId) ? page : null;
            }
        };
    }

    private static List<String> mapIds(PageSnapshot page) {
        try {
            return new StorageFormatCodec().find(page.body()).stream()
                    .filter(m -> m.kind() == MacroKind.JOURNEY_MAP)
                    .map(m -> m.id().orElse(""))
                    .filter(mapId -> !mapId.isEmpty())
                    .toList();
        } catch (StorageFormatException e) {
            return List.of();
        }
    }

    @GET
    @Path("history")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response history(@PathParam("id") long id, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Views.signInFirst("/pages/" + id + "/history");
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
        data.put("canEdit", viewer.can(PagePermission.EDIT, id));
        data.put("user", Views.user(user.get()));
        return Response.ok(renderer.render("JourneyMaps.Standalone.Page.history", data)).build();
    }

    private Response notFound(SignedIn user) {
        return Views.notFound(renderer, user);
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
