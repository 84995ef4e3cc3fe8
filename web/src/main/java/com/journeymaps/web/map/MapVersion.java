package com.journeymaps.web.map;

import java.time.Instant;

/**
 * A page version in which a journey map changed: who saved it, when, their comment, and what
 * changed in the map, summarised ({@code summary}) and counted.
 */
public record MapVersion(int version, String author, Instant modified, String comment, String summary, int changes) {
}
