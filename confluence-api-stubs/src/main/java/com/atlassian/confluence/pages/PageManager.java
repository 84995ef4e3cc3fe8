package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.VersionHistorySummary;
import java.util.List;

/**
 * STUB (compile only). Confluence's page manager, an OSGi service. Interface.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.1/com/atlassian/confluence/pages/PageManager.html
 * ({@code interface PageManager extends ContentEntityManager}); notes section 4 and 5.
 *
 * <p>FLATTENED: {@code getOtherVersion}, {@code getVersionHistorySummaries} and {@code saveNewVersion} are declared on
 * {@code com.atlassian.confluence.core.ContentEntityManager}, which the real PageManager extends; the stub declares them here
 * and extends nothing. A call through PageManager links either way.
 */
public interface PageManager {

    /** Source: notes section 4 ("used in 10.x third-party code"); not read on a javadoc page. */
    Page getPage(long pageId);

    /** Source: https://docs.atlassian.com/atlassian-confluence/5.7.5/com/atlassian/confluence/core/ContentEntityManager.html */
    ContentEntityObject getOtherVersion(ContentEntityObject ceo, int version);

    /**
     * "starting with the current content". Source:
     * https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.1/com/atlassian/confluence/core/class-use/VersionHistorySummary.html
     */
    List<VersionHistorySummary> getVersionHistorySummaries(ContentEntityObject ceo);

    /** Source: https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/class-use/Modification.html */
    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification);
}
