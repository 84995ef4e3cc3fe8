package com.atlassian.soy.renderer;

import java.util.Map;

/**
 * STUB (compile only) of the platform's server-side Soy renderer, an OSGi service Confluence exports.
 *
 * <p>Source: the {@code render(String, String, Map)} form and its {@code SoyException} are documented on
 * https://docs.atlassian.com/atlassian-bamboo/10.1.0/com/atlassian/bamboo/ww2/BambooFreemarkerManagerSoyHelpers.SoyHelper.html
 * and https://docs.atlassian.com/jira/server/com/atlassian/jira/template/soy/SoyTemplateRendererProvider.html
 * (type {@code com.atlassian.soy.renderer.SoyTemplateRenderer}); imported by Atlassian's Confluence 10.0.1
 * Slack plugin, which calls {@code render(writer, pluginKey + ":module", "Namespace.template", map)}
 * (shared/confluence-api-notes.md §11).
 */
public interface SoyTemplateRenderer {

    String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;
}
