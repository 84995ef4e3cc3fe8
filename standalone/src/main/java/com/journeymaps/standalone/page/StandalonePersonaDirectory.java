package com.journeymaps.standalone.page;

import com.journeymaps.core.storage.PageReference;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import com.journeymaps.web.render.PersonaPages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link PersonaDirectory} port on the standalone wiki: a persona page is a page with a
 * {@code journey-persona} macro, and the maps using it are found by reading the current version of
 * every page the viewer may see; the persona search reads them the same way. That scan is fine for
 * a small wiki; Confluence answers the same questions from the page links it tracks and its search.
 */
public final class StandalonePersonaDirectory implements PersonaDirectory {

    private final PageBodies pages;
    private final PageStore store;
    private final Viewer viewer;

    public StandalonePersonaDirectory(PageBodies pages, PageStore store, Viewer viewer) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.store = Objects.requireNonNull(store, "store");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
    }

    @Override
    public Optional<PersonaPage> find(long pageId) {
        if (!viewer.can(PagePermission.VIEW, pageId)) {
            return Optional.empty();
        }
        return pages.current(pageId).flatMap(page -> PersonaPages.personaPage(link(page), page.body()));
    }

    /** The persona page's current title and its space's key, when the viewer may see it and it is a persona page. */
    @Override
    public Optional<PageReference> linkTarget(long pageId) {
        if (!viewer.can(PagePermission.VIEW, pageId)) {
            return Optional.empty();
        }
        return pages.current(pageId)
                .filter(page -> PersonaPages.personaPage(link(page), page.body()).isPresent())
                .flatMap(page -> PersonaDirectory.reference(page.title(), page.spaceKey()));
    }

    @Override
    public List<PageLink> mapsUsing(long personaPageId) {
        List<PageLink> using = new ArrayList<>();
        for (PageStore.PageSummary summary : store.listPages()) {
            if (!viewer.can(PagePermission.VIEW, summary.id())) {
                continue;
            }
            Optional<PageSnapshot> page = pages.current(summary.id());
            if (page.isPresent() && PersonaPages.usesPersona(page.get().body(), personaPageId)) {
                using.add(link(page.get()));
            }
        }
        return using;
    }

    @Override
    public List<PersonaPage> search(String query, int limit) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<PersonaPage> found = new ArrayList<>();
        for (PageStore.PageSummary summary : store.listPages()) {
            if (!viewer.can(PagePermission.VIEW, summary.id())) {
                continue;
            }
            find(summary.id()).filter(page -> page.matches(needle)).ifPresent(found::add);
        }
        return found.stream()
                .sorted(Comparator.comparing((PersonaPage page) -> page.page().title(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(page -> page.page().pageId()))
                .limit(Math.max(0, limit))
                .toList();
    }

    private static PageLink link(PageSnapshot page) {
        return new PageLink(page.pageId(), page.title(), "/pages/" + page.pageId());
    }
}
