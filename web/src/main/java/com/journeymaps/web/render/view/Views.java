package com.journeymaps.web.render.view;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small helpers shared by the view models. Templates receive only strings, numbers, booleans, lists
 * and maps, and never {@code null}: an absent text is the empty string, so that both Soy renderers
 * treat it the same way ({@code {if $x}} is false).
 */
final class Views {

    /** {@link #signed(int)} of the five emotion scores, -2 to +2. */
    private static final String[] SIGNED = {"-2", "-1", "0", "+1", "+2"};

    private Views() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }

    /** A number as plain digits with a dot, no exponent and no trailing zeros ("4.2", "12", "-0.5"). */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A coordinate for SVG: digits with at most one decimal. */
    static String coordinate(double value) {
        return appendCoordinate(new StringBuilder(12), value).toString();
    }

    /** Appends {@link #coordinate(double)} of {@code value} to {@code out}: a path's points need no string each. */
    static StringBuilder appendCoordinate(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return out.append(tenths / 10);
        }
        if (tenths < 0) {
            out.append('-');
        }
        return out.append(Math.abs(tenths) / 10).append('.').append(Math.abs(tenths) % 10);
    }

    /** An emotion score with its sign: "+2", "0", "-1". */
    static String signed(int score) {
        if (score >= -2 && score <= 2) {
            return SIGNED[score + 2]; // an emotion: written for every point of a curve
        }
        return score > 0 ? "+" + score : Integer.toString(score);
    }

    /** Up to two initials from a name, for a persona without a photo. */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s,]+")) {
            if (!word.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
                int first = word.codePointAt(0);
                if (Character.isLetterOrDigit(first)) {
                    initials.appendCodePoint(Character.toUpperCase(first));
                }
            }
        }
        return initials.length() == 0 ? "?" : initials.toString();
    }
}
