package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * STUB (compile only). A Confluence page. Class.
 *
 * <p>Source: returned by {@code PageManager.getPage(long)},
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.1/com/atlassian/confluence/pages/PageManager.html (notes section 4:
 * hierarchy {@code ContentEntityObject -> SpaceContentEntityObject -> AbstractPage -> Page}).
 *
 * <p>FLATTENED: the stub extends {@link ContentEntityObject} directly, skipping {@code SpaceContentEntityObject} and
 * {@code AbstractPage}, whose members the plugin does not use. Its public constructor is not declared: the plugin never
 * creates a page.
 */
public class Page extends ContentEntityObject {

    Page() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
