package com.journeymaps.core.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The medium through which a touchpoint happens. Channels are an open list: the {@link #KNOWN}
 * ids have translated labels ({@code journeymaps.model.channel.<id>}); a team may add its own
 * channel as any lowercase id matching {@link #PATTERN} (e.g. {@code kiosk}, {@code trade-fair}).
 * A channel switch between two touchpoints is visible in the flows.
 */
public final class Channel {

    public static final String WEB = "web";
    public static final String MOBILE_APP = "mobile-app";
    public static final String SOCIAL = "social";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String CHAT = "chat";
    public static final String STORE = "store";
    public static final String ADVERTISING = "advertising";
    public static final String WORD_OF_MOUTH = "word-of-mouth";
    public static final String PARTNER = "partner";
    public static final String OTHER = "other";

    /** The built-in channels, in the order a picker lists them. */
    public static final List<String> KNOWN = List.of(WEB, MOBILE_APP, SOCIAL, EMAIL, PHONE, CHAT, STORE,
            ADVERTISING, WORD_OF_MOUTH, PARTNER, OTHER);

    /** Any channel id, built-in or custom. */
    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private Channel() {
    }

    public static boolean isKnown(String channel) {
        return KNOWN.contains(channel);
    }

    public static boolean isWellFormed(String channel) {
        // PATTERN, checked by hand: validation asks for every touchpoint
        if (channel == null || channel.isEmpty() || channel.length() > 32) {
            return false;
        }
        char first = channel.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < channel.length(); i++) {
            char c = channel.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }
}
