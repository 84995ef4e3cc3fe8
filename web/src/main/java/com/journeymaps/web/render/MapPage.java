package com.journeymaps.web.render;

/**
 * The page a map is shown on, as the host's page view has it: the page's id, the version being shown (the
 * newest), and whether the person viewing may save the map (edit permission, and the host not read-only). With
 * it, an interactive render carries the map's read ({@link com.journeymaps.web.map.MapReadJson}) in the page, so
 * the front end starts without a REST read; without it the front end reads the map over REST.
 */
public record MapPage(long pageId, int pageVersion, boolean canEdit) {
}
