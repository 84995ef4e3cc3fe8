package com.atlassian.confluence.api.model;

/**
 * STUB (compile only). A property of results to expand. Class. The plugin passes none (an empty varargs array), so no
 * member is declared.
 *
 * <p>Source: parameter type of {@code CQLSearchService.searchContent} on
 * https://docs.atlassian.com/atlassian-confluence/6.4.2/com/atlassian/confluence/api/service/search/CQLSearchService.html.
 */
public class Expansion {

    private Expansion() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
