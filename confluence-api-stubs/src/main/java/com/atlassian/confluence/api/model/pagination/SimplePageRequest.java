package com.atlassian.confluence.api.model.pagination;

/**
 * STUB (compile only). A page request by start index and limit. Class.
 *
 * <p>Source: the example {@code new SimplePageRequest(0, 10)} on
 * https://docs.atlassian.com/atlassian-confluence/6.4.2/com/atlassian/confluence/api/service/search/CQLSearchService.html.
 * UNCONFIRMED for 10.x.
 */
public class SimplePageRequest implements PageRequest {

    /** Source: 6.4.2 example above. */
    public SimplePageRequest(int start, int limit) {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
