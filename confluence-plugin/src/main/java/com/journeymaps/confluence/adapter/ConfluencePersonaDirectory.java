package com.journeymaps.confluence.adapter;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.links.LinkManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import com.journeymaps.web.render.PersonaPages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PersonaDirectory} on Confluence: a persona page is a {@link Page} whose storage body holds a
 * {@code journey-persona} macro; every answer is filtered by {@code PermissionManager} for the user of the request
 * ({@code AuthenticatedUserThreadLocal}, null when anonymous).
 *
 * <ul>
 *   <li>{@link #find}: {@code PageManager.getPage}, then VIEW permission, then the macro body.</li>
 *   <li>{@link #mapsUsing}: the candidates are the pages Confluence records as linking the persona page
 *   ({@code LinkManager.getReferringContent}) and the map pages CQL finds with the persona's page id in their text
 *   ({@code type = page and macro = "journey-map" and text ~ "<id>"}); a candidate is kept only when the viewer may see
 *   it and one of its journey maps references the persona by page id. Every save of a map writes one {@code ac:link}
 *   per persona page into the macro's {@code personas} parameter (see {@code MapService}), which is where Confluence
 *   records links from; that it records links inside a macro parameter, and that the index holds the macro's
 *   plain-text JSON, are unconfirmed (see docs/confluence-compatibility.md), so both sources stay, each checked by id.</li>
 *   <li>{@link #linkTarget} (inherited): the persona page's title from {@link #find}, without a space key, because
 *   no accessor for a page's space is confirmed in the API we compile against; Confluence then resolves the title in
 *   the map page's space, so a persona page in another space gets a link to the wrong or no page (by-id checks above
 *   keep that from listing a wrong map).</li>
 *   <li>{@link #search}: CQL ({@code type = page and macro = "journey-persona"}, plus {@code title ~ "…"} for a query),
 *   which returns only content the user may see; each hit is then read like {@link #find} and must contain the query
 *   in its title or persona name.</li>
 * </ul>
 *
 * <p>Addresses are {@code /pages/viewpage.action?pageId=…}, relative to Confluence's context path.
 */
public final class ConfluencePersonaDirectory implements PersonaDirectory {

    /** How many CQL hits one search reads at most, whatever the limit: bounds the work of one request. */
    static final int MAX_SEARCH_HITS = 200;

    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final LinkManager linkManager;
    private final CQLSearchService search;

    public ConfluencePersonaDirectory(PageManager pageManager, PermissionManager permissionManager, LinkManager linkManager,
                                      CQLSearchService search) {
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.linkManager = Objects.requireNonNull(linkManager, "linkManager");
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    public Optional<PersonaPage> find(long pageId) {
        Page page = pageManager.getPage(pageId);
        if (page == null || !mayView(page)) {
            return Optional.empty();
        }
        return PersonaPages.personaPage(link(pageId, page), page.getBodyAsString());
    }

    @Override
    public List<PageLink> mapsUsing(long personaPageId) {
        Page persona = pageManager.getPage(personaPageId);
        if (persona == null || !mayView(persona)) {
            return List.of();
        }
        Map<Long, Page> candidates = new LinkedHashMap<>();
        Collection<ContentEntityObject> referring = linkManager.getReferringContent(persona);
        for (ContentEntityObject content : referring == null ? List.<ContentEntityObject>of() : referring) {
            if (content instanceof Page page) {
                candidates.putIfAbsent(page.getId(), page);
            }
        }
        // Map pages whose macro JSON names the persona's page id, found by the index (see the class comment).
        String cql = "type = page and macro = \"" + MacroKind.JOURNEY_MAP.macroName() + "\" and text ~ \"" + personaPageId + "\"";
        for (long id : hitIds(cql)) {
            if (!candidates.containsKey(id)) {
                Page page = pageManager.getPage(id);
                if (page != null) {
                    candidates.put(id, page);
                }
            }
        }
        List<PageLink> using = new ArrayList<>();
        for (Page page : candidates.values()) {
            if (mayView(page) && PersonaPages.usesPersona(page.getBodyAsString(), personaPageId)) {
                using.add(link(page.getId(), page));
            }
        }
        return using.stream().sorted(Comparator.comparing(PageLink::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The content ids of the first {@link #MAX_SEARCH_HITS} hits of a CQL query (only content the user may see). */
    private List<Long> hitIds(String cql) {
        PageResponse<Content> hits = search.searchContent(cql, new SimplePageRequest(0, MAX_SEARCH_HITS), new Expansion[0]);
        List<Long> ids = new ArrayList<>();
        for (Content hit : hits == null || hits.getResults() == null ? List.<Content>of() : hits.getResults()) {
            if (hit != null && hit.getId() != null) {
                ids.add(hit.getId().asLong());
            }
        }
        return ids;
    }

    @Override
    public List<PersonaPage> search(String query, int limit) {
        if (limit < 1) {
            return List.of();
        }
        String needle = query == null ? "" : query.strip();
        String cql = "type = page and macro = \"" + MacroKind.JOURNEY_PERSONA.macroName() + "\""
                + (needle.isEmpty() ? "" : " and title ~ \"" + cqlString(needle) + "\"") + " order by title";
        List<PersonaPage> found = new ArrayList<>();
        String lower = needle.toLowerCase(Locale.ROOT);
        for (long id : hitIds(cql)) {
            if (found.size() >= limit) {
                break;
            }
            find(id).filter(page -> page.matches(lower)).ifPresent(found::add);
        }
        return found.stream().sorted(Comparator.comparing((PersonaPage p) -> p.page().title(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A text inside a double-quoted CQL string: backslash and double quote escaped with a backslash. */
    static String cqlString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private boolean mayView(Page page) {
        return permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, page);
    }

    private static PageLink link(long pageId, ContentEntityObject page) {
        String title = page.getTitle();
        return new PageLink(pageId, title == null ? "" : title, "/pages/viewpage.action?pageId=" + pageId);
    }
}
