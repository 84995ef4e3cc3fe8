package com.journeymaps.standalone.http;

import com.journeymaps.standalone.auth.AccessPolicy;
import com.journeymaps.standalone.auth.Action;
import com.journeymaps.standalone.auth.Role;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /}: the landing page. Anonymous visitors see what the server is and a sign-in link;
 * signed-in people also see the pages they may view, and nothing of the others.
 */
@Path("/")
public final class LandingResource {

    private final PageStore pages;
    private final AccessPolicy access;
    private final TemplateRenderer renderer;
    private final String version;

    public LandingResource(PageStore pages, AccessPolicy access, TemplateRenderer renderer, String version) {
        this.pages = pages;
        this.access = access;
        this.renderer = renderer;
        this.version = version;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String landing(@Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        List<Map<String, Object>> list = new ArrayList<>();
        if (user.isPresent()) {
            for (PageStore.PageSummary page : pages.listPages()) {
                if (access.can(Optional.of(user.get().username()), Action.VIEW, page.id())) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", String.valueOf(page.id()));
                    item.put("spaceKey", page.spaceKey());
                    item.put("title", page.title());
                    item.put("version", page.version());
                    list.add(item);
                }
            }
        }
        List<Map<String, Object>> creatable = new ArrayList<>();
        List<Map<String, Object>> administered = new ArrayList<>();
        if (user.isPresent()) {
            for (PageStore.Space space : pages.spaces()) {
                Optional<Role> role = access.strongestRole(space.id(), user.get().username());
                if (role.map(r -> r.allows(Action.EDIT)).orElse(false)) {
                    creatable.add(Map.of("key", space.key(), "name", space.name()));
                }
                if (role.filter(r -> r == Role.ADMIN).isPresent()) {
                    administered.add(Map.of("key", space.key(), "name", space.name()));
                }
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pages", list);
        data.put("creatable", creatable);
        data.put("administered", administered);
        data.put("version", version);
        user.ifPresent(u -> data.put("user", Views.user(u)));
        return renderer.render("JourneyMaps.Standalone.landing", data);
    }
}
