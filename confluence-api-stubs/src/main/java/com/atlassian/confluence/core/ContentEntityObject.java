package com.atlassian.confluence.core;

/**
 * STUB (compile only) of the base class of pages, comments and other content. Abstract class.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-confluence/5.8.9/com/atlassian/confluence/core/ContentEntityObject.html
 * ({@code public abstract class ContentEntityObject extends AbstractLabelableEntityObject}, {@code protected ContentEntityObject()});
 * {@code getTitle}, {@code getBodyAsString}, {@code getVersionComment} listed as its methods on
 * https://docs.atlassian.com/atlassian-confluence/5.4.2/com/atlassian/confluence/pages/Comment.html.
 * Used in Confluence 8-10 plugin code as listed in shared/confluence-api-notes.md section 4.
 *
 * <p>FLATTENED: the real class extends {@code AbstractLabelableEntityObject} (which extends
 * {@code AbstractVersionedEntityObject}, {@code ConfluenceEntityObject}, {@code com.atlassian.core.bean.EntityObject}) and
 * implements several interfaces. The stub extends {@code Object} and declares {@link #getVersion()} here although the real
 * class inherits it from {@code AbstractVersionedEntityObject}: the JVM resolves a call up the superclass chain, so the
 * plugin's bytecode links either way. See confluence-api-record.json.
 */
public abstract class ContentEntityObject {

    /** Source: 5.8.9 page above, "protected ContentEntityObject()". */
    protected ContentEntityObject() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /**
     * FLATTENED: declared on {@code com.atlassian.core.bean.EntityObject} ({@code public long getId()}), listed as inherited on
     * https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/confluence/core/ConfluenceEntityObject.html;
     * notes section 4 ({@code long getId()}, used in 8-10 code).
     */
    public long getId() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: notes section 4 ({@code int getVersion()}, used in 8-10 code); declared on AbstractVersionedEntityObject. */
    public int getVersion() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /**
     * FLATTENED: declared on {@code AbstractVersionedEntityObject} ({@code boolean isLatestVersion()}, "Is this the latest
     * version of the object?"), listed on
     * https://docs.atlassian.com/atlassian-confluence/5.6.1/com/atlassian/confluence/core/AbstractVersionedEntityObject.html
     * (and on the 3.x to 5.x pages of that class); inherited by ContentEntityObject. No 10.x page read.
     */
    public boolean isLatestVersion() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
    /** Source: notes section 4; listed on the 5.4.2 Comment page as inherited from ContentEntityObject. */
    public String getTitle() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: notes section 4; listed on the 5.4.2 Comment page as inherited from ContentEntityObject. */
    public String getBodyAsString() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: notes section 4 (used with saveNewVersion in section 9, step 4). */
    public void setBodyAsString(String content) {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /**
     * UNCONFIRMED: the setter paired with {@code getVersionComment()} (listed on the 5.4.2 Comment page as a
     * ContentEntityObject method); the setter itself was not read on a javadoc page.
     */
    public void setVersionComment(String versionComment) {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
