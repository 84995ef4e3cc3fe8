package com.journeymaps.standalone.http;

import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /}: the landing page, listing the wiki's pages. Rendered by Soy like every page we serve. */
@Path("/")
public final class LandingResource {

    private final PageStore pages;
    private final TemplateRenderer renderer;
    private final String version;

    public LandingResource(PageStore pages, TemplateRenderer renderer, String version) {
        this.pages = pages;
        this.renderer = renderer;
        this.version = version;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String landing() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PageStore.PageSummary page : pages.listPages()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", String.valueOf(page.id()));
            item.put("spaceKey", page.spaceKey());
            item.put("title", page.title());
            item.put("version", page.version());
            list.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pages", list);
        data.put("version", version);
        return renderer.render("JourneyMaps.Standalone.landing", data);
    }
}
