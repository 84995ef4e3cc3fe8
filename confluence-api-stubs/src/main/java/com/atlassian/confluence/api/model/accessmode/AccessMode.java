package com.atlassian.confluence.api.model.accessmode;

/**
 * STUB (compile only). The site's access mode. Enum.
 *
 * <p>Source: code built against Confluence 10.0.0-m38 (clouless/confluence10-demo-app) compares
 * {@code AccessMode.READ_ONLY} with {@code AccessModeService.getAccessMode()}; the type is the return type of
 * {@code AccessModeManager.getAccessMode()} on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/internal/accessmode/AccessModeManager.html.
 * Only the constant the plugin reads is declared (the real enum has others). UNCONFIRMED: no page of the enum was read.
 */
public enum AccessMode {

    /** Source: Demo/10.0 code above. */
    READ_ONLY
}
