package com.atlassian.webresource.api.assembler;

/**
 * STUB (compile only). The resources required on the page being rendered. Interface.
 *
 * <p>Source: shared/confluence-api-notes.md section 11 ({@code RequiredResources#requireWebResource(String moduleCompleteKey)
 * -> RequiredResources}); public plugin code chains it ({@code .requireWebResource(a).requireWebResource(b)}), which
 * needs this return type. UNCONFIRMED on a javadoc page.
 */
public interface RequiredResources {

    /** Source: notes section 11. */
    RequiredResources requireWebResource(String moduleCompleteKey);
}
