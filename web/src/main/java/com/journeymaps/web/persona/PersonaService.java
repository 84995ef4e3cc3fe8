package com.journeymaps.web.persona;

import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.ErrorDetail;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.util.List;
import java.util.Objects;

/**
 * Personas as the REST API offers them: finding persona pages to link from a map, reading one
 * persona, and listing the maps that use it. A persona is a wiki page holding a
 * {@code journey-persona} macro; everything here is what the current person may see. A page they
 * may not see is reported exactly like a page that does not exist (404, same code and words), so
 * neither its title nor its existence leaks; a page they see that holds no persona is a 404 of its own.
 *
 * <p>Permission is checked here as well as in the {@link PersonaDirectory}, so a host adapter that
 * forgets to filter still cannot leak a page.
 */
public final class PersonaService {

    /** Results of one search when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 25;
    /** The most results one search returns. */
    public static final int MAX_LIMIT = 100;
    /** The longest search text accepted. */
    public static final int MAX_QUERY = 200;

    private final PersonaDirectory directory;
    private final Viewer viewer;

    public PersonaService(PersonaDirectory directory, Viewer viewer) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
    }

    /**
     * {@link #search(String, Integer)} with the limit as the query string gave it: absent or blank is the default, and
     * anything but a whole number is refused like a limit out of range (400 naming the parameter).
     */
    public List<PersonaPage> search(String query, String limit) {
        if (limit == null || limit.isBlank()) {
            return search(query, (Integer) null);
        }
        int parsed;
        try {
            parsed = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw invalidLimit(limit.strip());
        }
        return search(query, Integer.valueOf(parsed));
    }

    /**
     * Persona pages whose title or persona name contains {@code query} (all of them when blank),
     * ordered by title, at most {@code limit} ({@link #DEFAULT_LIMIT} when null).
     *
     * @throws ApiException 400 when the limit is outside 1..{@link #MAX_LIMIT} or the query is longer
     *     than {@link #MAX_QUERY} characters
     */
    public List<PersonaPage> search(String query, Integer limit) {
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw invalidLimit(String.valueOf(max));
        }
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_QUERY) {
            String message = viewer.texts().getText("journeymaps.api.error.personaquery", MAX_QUERY, text.length());
            throw new ApiException(400, "invalid-query", message, List.of(ErrorDetail.at("/query/q", "too-long", message)));
        }
        return directory.search(text, max).stream()
                .filter(page -> viewer.can(PagePermission.VIEW, page.page().pageId()))
                .limit(max)
                .toList();
    }

    /**
     * The persona on page {@code pageId}.
     *
     * @throws ApiException 404 {@code page-not-found} when the page does not exist or the caller may
     *     not see it; 404 {@code persona-not-found} when the page holds no persona
     */
    public PersonaPage read(long pageId) {
        if (!viewer.can(PagePermission.VIEW, pageId)) {
            throw pageNotFound(pageId);
        }
        return directory.find(pageId).orElseThrow(() -> new ApiException(404, "persona-not-found",
                viewer.texts().getText("journeymaps.api.error.personanotfound", String.valueOf(pageId))));
    }

    /** The pages with a journey map that uses the persona on page {@code pageId}, as far as the caller may see them. */
    public List<PageLink> mapsUsing(long pageId) {
        read(pageId);
        return directory.mapsUsing(pageId).stream()
                .filter(page -> viewer.can(PagePermission.VIEW, page.pageId()))
                .toList();
    }

    private ApiException invalidLimit(String given) {
        String message = viewer.texts().getText("journeymaps.api.error.personalimit", MAX_LIMIT, given);
        return new ApiException(400, "invalid-limit", message, List.of(ErrorDetail.at("/query/limit", "out-of-range", message)));
    }

    private ApiException pageNotFound(long pageId) {
        return new ApiException(404, "page-not-found",
                viewer.texts().getText("journeymaps.api.error.pagenotfound", String.valueOf(pageId)));
    }
}
