package com.journeymaps.web.map;

import com.journeymaps.core.model.JourneyMap;

/**
 * What a save produced: the new page version and the map as now stored in it. {@code merged} says
 * whether the client's changes were merged with someone else's saved in between, in which case the
 * stored map differs from what the client sent and the client should show it.
 */
public record SaveResult(long pageId, String mapId, int pageVersion, JourneyMap map, boolean merged,
                         String versionComment) {
}
