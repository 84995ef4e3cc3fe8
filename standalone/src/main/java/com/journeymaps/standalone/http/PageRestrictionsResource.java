package com.journeymaps.standalone.http;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.UserStore;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /pages/{id}/restrictions}: who may view and who may edit one page, as Confluence's
 * Restrictions dialog sets them. Anyone who may edit the page may restrict it. A restriction names
 * people; none named means everyone the space's roles admit. Whoever sets a restriction is always
 * kept in it, so nobody locks themselves out by accident. Someone who may see the page but not edit
 * it gets a 403; someone who may not see it, the same 404 as for a page that does not exist.
 */
@Path("/pages/{id}/restrictions")
public final class PageRestrictionsResource {

    static final String VIEW = "view";
    static final String EDIT = "edit";

    private final PageBodies pages;
    private final PermissionStore permissions;
    private final UserStore users;
    private final Viewer viewer;
    private final TemplateRenderer renderer;

    public PageRestrictionsResource(PageBodies pages, PermissionStore permissions, UserStore users, Viewer viewer,
                                    TemplateRenderer renderer) {
        this.pages = pages;
        this.permissions = permissions;
        this.users = users;
        this.viewer = viewer;
        this.renderer = renderer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response show(@PathParam("id") long id, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Views.signInFirst("/pages/" + id + "/restrictions");
        }
        Optional<Response> refused = refusal(id, user.get());
        if (refused.isPresent()) {
            return refused.get();
        }
        PageSnapshot page = pages.current(id).orElseThrow();
        return form(Response.Status.OK, page, permissions.restrictedTo(id, VIEW), permissions.restrictedTo(id, EDIT),
                List.of(), user.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response save(@PathParam("id") long id, @FormParam("view") List<String> view, @FormParam("edit") List<String> edit,
                         @FormParam("csrf") String csrf, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        Optional<Response> refused = refusal(id, user.get());
        if (refused.isPresent()) {
            return refused.get();
        }
        Texts texts = viewer.texts();
        List<String> problems = new ArrayList<>();
        Set<String> viewers = known(view, problems, texts);
        Set<String> editors = known(edit, problems, texts);
        PageSnapshot page = pages.current(id).orElseThrow();
        if (!problems.isEmpty()) {
            return form(Response.Status.BAD_REQUEST, page, viewers, editors, problems, user.get());
        }
        String me = user.get().username();
        if (!viewers.isEmpty()) {
            viewers.add(me);
            viewers.addAll(editors); // whoever may edit a page must be able to see it
        }
        if (!editors.isEmpty()) {
            editors.add(me);
        }
        permissions.setRestrictions(id, VIEW, viewers);
        permissions.setRestrictions(id, EDIT, editors);
        return Response.seeOther(URI.create("/pages/" + id)).build();
    }

    /** The 404 or 403 for someone who may not restrict the page; empty when they may. */
    private Optional<Response> refusal(long id, SignedIn user) {
        if (!viewer.can(PagePermission.VIEW, id) || pages.current(id).isEmpty()) {
            return Optional.of(Views.notFound(renderer, user));
        }
        if (!viewer.can(PagePermission.EDIT, id)) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity(viewer.texts().getText("journeymaps.standalone.restrictions.forbidden")).build());
        }
        return Optional.empty();
    }

    /** The named usernames, each checked to have an account; unknown ones become problems. */
    private Set<String> known(List<String> named, List<String> problems, Texts texts) {
        Set<String> result = new TreeSet<>();
        for (String name : named == null ? List.<String>of() : named) {
            String username = name == null ? "" : name.strip();
            if (username.isEmpty()) {
                continue;
            }
            if (users.find(username).isEmpty()) {
                problems.add(texts.getText("journeymaps.standalone.permissions.nouser", username));
            } else {
                result.add(username);
            }
        }
        return result;
    }

    private Response form(Response.Status status, PageSnapshot page, Set<String> viewers, Set<String> editors,
                          List<String> problems, SignedIn user) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (UserStore.User person : users.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("username", person.username());
            item.put("name", person.displayName());
            item.put("view", viewers.contains(person.username()));
            item.put("edit", editors.contains(person.username()));
            people.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("page", Map.of("id", String.valueOf(page.pageId()), "title", page.title(), "spaceKey", page.spaceKey()));
        data.put("people", people);
        data.put("viewRestricted", !viewers.isEmpty());
        data.put("editRestricted", !editors.isEmpty());
        data.put("problems", problems);
        data.put("user", Views.user(user));
        return Response.status(status).entity(renderer.render("JourneyMaps.Standalone.Admin.pageRestrictions", data))
                .header("Cache-Control", "no-store").build();
    }
}
