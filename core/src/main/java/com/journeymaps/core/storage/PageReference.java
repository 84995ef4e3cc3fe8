package com.journeymaps.core.storage;

import java.util.Objects;

/**
 * A Confluence page as storage format names it in a link: {@code <ri:page ri:content-title="…" ri:space-key="…"/>}.
 * Confluence resolves such a reference by title within the space, and its rename refactoring rewrites the title
 * when the page is renamed; the app itself always knows a page by its id and writes these only so that Confluence
 * records the link.
 *
 * @param title    the page title, not blank
 * @param spaceKey the key of the page's space, or {@code null} when not known (Confluence then resolves the title in
 *                 the space of the page holding the link)
 */
public record PageReference(String title, String spaceKey) {

    public PageReference {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a page reference needs a title");
        }
        XmlText.requireStorable("page title", title);
        if (spaceKey != null) {
            if (spaceKey.isBlank()) {
                throw new IllegalArgumentException("a space key must not be blank; leave it out (null) when not known");
            }
            XmlText.requireStorable("space key", spaceKey);
        }
    }

    /** A reference to a page in the same space as the page holding the link. */
    public static PageReference inSameSpace(String title) {
        return new PageReference(title, null);
    }
}
