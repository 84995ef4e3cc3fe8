package com.journeymaps.web.render;

import com.journeymaps.core.storage.PageReference;
import com.journeymaps.core.storage.UnstorableCharacterException;
import java.util.List;
import java.util.Optional;

/**
 * The persona pages of the wiki, as the person viewing the page sees them. A map links personas by
 * page id; to draw a persona card the render service asks here for the page's current title, its
 * address and the persona described on it, and a persona page lists the maps that use it.
 *
 * <p>Everything returned is filtered for the current viewer: a page they may not see is reported
 * as absent, and a map they may not see is left out of {@link #mapsUsing}. Confluence implements it
 * with its page and permission managers and the page links Confluence tracks; the standalone
 * server with its own store.
 */
public interface PersonaDirectory {

    /** A directory that knows no persona pages: cards show the titles cached in the map, without links. */
    PersonaDirectory NONE = new PersonaDirectory() {
        @Override
        public Optional<PersonaPage> find(long pageId) {
            return Optional.empty();
        }

        @Override
        public List<PageLink> mapsUsing(long personaPageId) {
            return List.of();
        }

        @Override
        public List<PersonaPage> search(String query, int limit) {
            return List.of();
        }
    };

    /** The persona page with this id; empty when there is none or the viewer may not see it. */
    Optional<PersonaPage> find(long pageId);

    /**
     * How a map page links the persona page {@code pageId} in its storage, so that the host records the link: the
     * page's current title and, when the host knows it, its space key. Empty exactly when {@link #find} is (no such
     * persona page, or the viewer may not see it), so a map saved by someone who cannot see a persona page never
     * carries that page's title. The default uses {@link #find}'s title without a space key, which Confluence
     * resolves in the space of the map page.
     */
    default Optional<PageReference> linkTarget(long pageId) {
        return find(pageId).flatMap(page -> reference(page.page().title(), null));
    }

    /** A reference to a page with this title and space key; empty for a title no link can carry (blank, or characters XML forbids). */
    static Optional<PageReference> reference(String title, String spaceKey) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PageReference(title, spaceKey == null || spaceKey.isBlank() ? null : spaceKey));
        } catch (UnstorableCharacterException e) {
            return Optional.empty();
        }
    }

    /** The pages holding a journey map that links this persona page, only those the viewer may see. */
    List<PageLink> mapsUsing(long personaPageId);

    /**
     * Persona pages the viewer may see whose title or persona name contains {@code query}, ignoring
     * case (every persona page for a blank query), at most {@code limit} of them, ordered by title.
     * What "every" means is the host's: the standalone server reads its whole wiki, Confluence asks
     * its search.
     */
    List<PersonaPage> search(String query, int limit);
}
