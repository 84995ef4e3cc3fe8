package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Date;
import java.util.Set;

/**
 * STUB (compile only). One entry of a content object's version history. Class.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/core/VersionHistorySummary.html
 * ({@code int getVersion()}, {@code Date getLastModificationDate()}, {@code String getVersionComment()},
 * {@code Set<ConfluenceUser> getContributorSet()}); returned by {@code ContentEntityManager.getVersionHistorySummaries} per
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.1/com/atlassian/confluence/core/class-use/VersionHistorySummary.html.
 * Its public constructors are not declared here: the plugin never creates one.
 */
public class VersionHistorySummary {

    VersionHistorySummary() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: 7.19.14 page above. */
    public int getVersion() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: 7.19.14 page above. */
    public Date getLastModificationDate() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: 7.19.14 page above. */
    public String getVersionComment() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: 7.19.14 page above (the non-deprecated replacement of getLastModifier/getContributors). */
    public Set<ConfluenceUser> getContributorSet() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
