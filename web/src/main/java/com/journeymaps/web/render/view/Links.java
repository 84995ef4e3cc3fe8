package com.journeymaps.web.render.view;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only links the rendered map contains: http, https and mailto for what users typed (evidence,
 * issue links, persona photos), plus host-relative paths for pages the host links to. Anything else
 * becomes the empty string and is not rendered as a link at all. This is the first of two guards:
 * Soy's contextual autoescaping filters every URL attribute again.
 */
public final class Links {

    private static final Pattern SCHEME = Pattern.compile("^(?i)(https?://[^\\s]+|mailto:[^\\s]+)$");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]");

    private Links() {
    }

    /** {@code url} when it is an absolute http, https or mailto link without spaces or controls; else "". */
    public static String userLink(String url) {
        if (url == null) {
            return "";
        }
        String trimmed = url.strip();
        return SCHEME.matcher(trimmed).matches() && !CONTROL.matcher(trimmed).find() ? trimmed : "";
    }

    /** {@code url} when it is an http(s) link fit for an image; else "". */
    public static String imageLink(String url) {
        String link = userLink(url);
        return link.toLowerCase(Locale.ROOT).startsWith("mailto:") ? "" : link;
    }

    /** A link the host made: a {@link #userLink} or a path on the same host ({@code /…}, never {@code //…}). */
    public static String safe(String url) {
        if (url == null) {
            return "";
        }
        String trimmed = url.strip();
        if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.contains("\\")
                && !CONTROL.matcher(trimmed).find()) {
            return trimmed;
        }
        return userLink(trimmed);
    }
}
