package com.atlassian.confluence.api.model.content;

import com.atlassian.confluence.api.model.content.id.ContentId;

/**
 * STUB (compile only). A piece of content in the Confluence Java API model (what CQL search returns). Class.
 *
 * <p>Source: element type of {@code CQLSearchService.searchContent}'s result on
 * https://docs.atlassian.com/atlassian-confluence/6.4.2/com/atlassian/confluence/api/service/search/CQLSearchService.html;
 * {@code getId().asLong()} as called on results in Confluence's own decompiled code. UNCONFIRMED: its own page was not read.
 */
public class Content {

    private Content() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: see type comment. */
    public ContentId getId() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
