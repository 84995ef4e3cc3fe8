package com.journeymaps.web.port;

import java.util.List;
import java.util.Optional;

/**
 * The pages that hold journey maps, with their versions. A journey map lives in its page's storage
 * body, so reading a map is reading a page, and saving a map is saving a new page version: history,
 * restore and export then work the host's way. Confluence implements this with its page manager;
 * the standalone server with its H2 wiki.
 *
 * <p>Implementations do not check permissions; the app's services do that through {@link Viewer}
 * before calling here.
 */
public interface PageBodies {

    /** The newest version of the page, if it exists. */
    Optional<PageSnapshot> current(long pageId);

    /** A given version of the page, if both exist. */
    Optional<PageSnapshot> version(long pageId, int version);

    /** The page's versions, newest first. */
    List<PageVersion> versions(long pageId);

    /**
     * Saves {@code newBody} as a new version of the page, atomically, but only while the page is
     * still at {@code expectedVersion}.
     *
     * @return the version just written
     * @throws StalePageVersionException if someone saved the page after {@code expectedVersion}
     */
    PageSnapshot save(long pageId, int expectedVersion, String newBody, String versionComment);
}
