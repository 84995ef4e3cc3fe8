package com.journeymaps.core.validation;

/** Builds JSON Pointers (RFC 6901) segment by segment. */
public final class Pointers {

    private Pointers() {
    }

    /** {@code base} extended by one property name or array index, escaped as RFC 6901 requires. */
    public static String child(String base, Object segment) {
        String s = String.valueOf(segment);
        if (s.indexOf('~') >= 0 || s.indexOf('/') >= 0) {
            s = s.replace("~", "~0").replace("/", "~1");
        }
        return base + "/" + s;
    }
}
