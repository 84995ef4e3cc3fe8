package com.journeymaps.web.render;

/**
 * A wiki page as a link: its id, its current title and the address the host serves it at. The host
 * makes the address ({@code /pages/viewpage.action?pageId=…} in Confluence); it is still passed
 * through {@link com.journeymaps.web.render.view.Links#safe} before it reaches a template.
 */
public record PageLink(long pageId, String title, String url) {
}
