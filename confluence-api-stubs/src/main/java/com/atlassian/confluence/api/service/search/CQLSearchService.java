package com.atlassian.confluence.api.service.search;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;

/**
 * STUB (compile only). Confluence Query Language search over the index, returning only content the current user may see.
 * Interface, an OSGi service ({@code @ExperimentalApi}).
 *
 * <p>Source: https://docs.atlassian.com/atlassian-confluence/6.4.2/com/atlassian/confluence/api/service/search/CQLSearchService.html
 * ({@code PageResponse<Content> searchContent(String cqlInput, PageRequest pageRequest, Expansion... expansions)}); imported
 * by Atlassian's Slack plugin built against 10.0.1 (notes section 10). UNCONFIRMED signature for 10.x.
 */
public interface CQLSearchService {

    /** Source: 6.4.2 page above. */
    PageResponse<Content> searchContent(String cqlInput, PageRequest pageRequest, Expansion... expansions);
}
