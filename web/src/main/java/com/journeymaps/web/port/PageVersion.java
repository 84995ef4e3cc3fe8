package com.journeymaps.web.port;

import java.time.Instant;

/** An entry of a page's history: which version, who saved it, when, and the comment they left. */
public record PageVersion(int version, String author, Instant modified, String comment) {
}
