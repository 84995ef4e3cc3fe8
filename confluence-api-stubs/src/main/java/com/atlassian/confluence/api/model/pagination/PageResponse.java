package com.atlassian.confluence.api.model.pagination;

import java.util.List;

/**
 * STUB (compile only). One page of results of the Confluence Java API. Interface.
 *
 * <p>Source: return type of {@code CQLSearchService.searchContent} on
 * https://docs.atlassian.com/atlassian-confluence/6.4.2/com/atlassian/confluence/api/service/search/CQLSearchService.html;
 * {@code getResults()} as called on it in Confluence's own decompiled code. UNCONFIRMED: its own page was not read.
 */
public interface PageResponse<T> {

    /** Source: see type comment. */
    List<T> getResults();
}
