package com.journeymaps.web.port;

/**
 * A save was based on a page version that is no longer the newest: someone saved in between. The
 * caller merges against {@link #currentVersion()} or reports a conflict; nothing was written.
 */
public class StalePageVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long pageId;
    private final int expectedVersion;
    private final int currentVersion;

    public StalePageVersionException(long pageId, int expectedVersion, int currentVersion) {
        super("page " + pageId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.pageId = pageId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long pageId() {
        return pageId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
