package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * STUB (compile only). SAL's translation lookup for the current user's locale, an OSGi service. Interface.
 *
 * <p>Source: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/message/I18nResolver.html
 * ({@code String getText(String key, Serializable... arguments)}); notes section 11; imported by 10.x plugin code.
 */
public interface I18nResolver {

    /** Source: sal-api page above. */
    String getText(String key, Serializable... arguments);
}
