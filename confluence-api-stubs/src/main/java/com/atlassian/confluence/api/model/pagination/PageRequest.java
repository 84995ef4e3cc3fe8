package com.atlassian.confluence.api.model.pagination;

/**
 * STUB (compile only). Which page of results to fetch. Interface; {@link SimplePageRequest} implements it.
 *
 * <p>Source: parameter type of {@code CQLSearchService.searchContent} on
 * https://docs.atlassian.com/atlassian-confluence/6.4.2/com/atlassian/confluence/api/service/search/CQLSearchService.html.
 * No member is used. UNCONFIRMED for 10.x.
 */
public interface PageRequest {
}
