package com.atlassian.webresource.api.assembler;

/**
 * STUB (compile only). The web-resource service that collects what the page being rendered needs. Interface, an OSGi
 * service.
 *
 * <p>Source: shared/confluence-api-notes.md section 11 ({@code WebResourceAssembler assembler()}, imported by Atlassian's
 * Slack plugin built against Confluence 10.0.1); constructor parameter type
 * {@code com.atlassian.webresource.api.assembler.PageBuilderService} on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html.
 * Macros call {@code pageBuilderService.assembler().resources().requireWebResource(key)} in {@code execute} (many public
 * Confluence macros, e.g. the confluence-markdown macro).
 */
public interface PageBuilderService {

    /** Source: notes section 11. */
    WebResourceAssembler assembler();
}
