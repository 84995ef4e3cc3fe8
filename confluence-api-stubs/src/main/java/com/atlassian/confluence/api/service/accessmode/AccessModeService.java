package com.atlassian.confluence.api.service.accessmode;

import com.atlassian.confluence.api.model.accessmode.AccessMode;

/**
 * STUB (compile only). Confluence's public service for the site's access mode (read-only mode for maintenance). Interface,
 * an OSGi service.
 *
 * <p>Source: code built against Confluence 10.0.0-m38 (clouless/confluence10-demo-app, {@code BaseMacro}:
 * {@code AccessMode.READ_ONLY.equals(accessModeService.getAccessMode())}, "Since Confluence 6.10"), and the same import in
 * Confluence's own decompiled classes (e.g. {@code com.atlassian.confluence.like}); the internal sibling
 * {@code AccessModeManager} ({@code AccessMode getAccessMode()}) is on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/internal/accessmode/AccessModeManager.html.
 * No javadoc page of this public interface was read: UNCONFIRMED.
 */
public interface AccessModeService {

    /** Source: Demo/10.0 code above. */
    AccessMode getAccessMode();
}
