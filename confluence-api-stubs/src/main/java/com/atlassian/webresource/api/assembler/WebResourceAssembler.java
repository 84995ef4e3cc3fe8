package com.atlassian.webresource.api.assembler;

/**
 * STUB (compile only). Assembles the resources of one page. Interface.
 *
 * <p>Source: shared/confluence-api-notes.md section 11 ({@code WebResourceAssembler#resources() -> RequiredResources},
 * return type "from memory"; the chained call compiles in code built against Confluence 10.0.1). UNCONFIRMED on a javadoc page.
 */
public interface WebResourceAssembler {

    /** Source: notes section 11. */
    RequiredResources resources();
}
