package com.journeymaps.core.storage;

import java.util.Map;

/** Reading and writing character data the way an XML 1.0 parser reads it. */
final class XmlText {

    /** Named entities resolved when reading values; unknown ones are kept literally. */
    private static final Map<String, Integer> ENTITIES = Map.ofEntries(
            Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
            Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xA0),
            Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014), Map.entry("hellip", 0x2026),
            Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("ldquo", 0x201C),
            Map.entry("rdquo", 0x201D), Map.entry("copy", 0xA9), Map.entry("reg", 0xAE),
            Map.entry("trade", 0x2122), Map.entry("euro", 0x20AC), Map.entry("laquo", 0xAB),
            Map.entry("raquo", 0xBB));

    private static final int LONGEST_REFERENCE = 12;

    private XmlText() {
    }

    /** Appends {@code s[from, to)} with XML line-end normalisation: {@code \r\n} and lone {@code \r} become {@code \n}. */
    static void appendNormalised(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < to && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Appends the text {@code s[from, to)} with line ends normalised and entity and character references resolved. */
    static void appendDecoded(String s, int from, int to, StringBuilder out) {
        int literalStart = from;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '&') {
                continue;
            }
            int end = referenceEnd(s, i, to);
            if (end < 0) {
                continue;
            }
            int codePoint = resolve(s.substring(i + 1, end - 1));
            if (codePoint < 0) {
                continue;
            }
            appendNormalised(s, literalStart, i, out);
            out.appendCodePoint(codePoint);
            literalStart = end;
            i = end - 1;
        }
        appendNormalised(s, literalStart, to, out);
    }

    static String decode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        appendDecoded(s, 0, s.length(), out);
        return out.toString();
    }

    /**
     * If {@code s} has a reference {@code &name;}, {@code &#123;} or {@code &#x1F;} starting at {@code amp}
     * and ending before {@code limit}, the offset just after its {@code ;}; otherwise -1.
     */
    static int referenceEnd(String s, int amp, int limit) {
        int max = Math.min(limit, amp + LONGEST_REFERENCE);
        int i = amp + 1;
        if (i < max && s.charAt(i) == '#') {
            i++;
        }
        int nameStart = i;
        while (i < max && isAsciiAlphanumeric(s.charAt(i))) {
            i++;
        }
        if (i == nameStart || i >= max || s.charAt(i) != ';') {
            return -1;
        }
        return i + 1;
    }

    private static int resolve(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return validCodePoint(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return validCodePoint(Integer.parseInt(name.substring(1), 10));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return ENTITIES.getOrDefault(name, -1);
    }

    private static int validCodePoint(int codePoint) {
        return isXmlChar(codePoint) ? codePoint : -1;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The XML 1.0 {@code Char} production. */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Throws if {@code value} holds a character XML 1.0 cannot carry (NUL, C0 controls, lone surrogates...). */
    static void requireStorable(String field, String value) {
        int n = value.length();
        int i = 0;
        // fast path: characters from U+0020 to U+D7FF are always allowed and are one char each
        while (i < n) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0xD800) {
                break;
            }
            i++;
        }
        while (i < n) {
            int c = value.codePointAt(i);
            if (!isXmlChar(c)) { // an unpaired surrogate comes back as itself and fails here too
                throw new UnstorableCharacterException(field, i, c);
            }
            i += Character.charCount(c);
        }
    }

    /** Whether every character of {@code value} is one XML 1.0 can carry. */
    static boolean isStorable(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!isXmlChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code value} as element text or a quoted attribute value; {@code \r} as a reference so parsers keep it. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code body} as CDATA that reads back exactly: {@code ]]>} is split across two sections
     * ({@code ]]]]><![CDATA[>}) and {@code \r}, which parsers would turn into {@code \n} inside CDATA,
     * is written between sections as {@code &#13;}.
     */
    static String cdata(String body) {
        if (body.indexOf('\r') < 0 && StorageScanner.closer(body, ']', 0) < 0) {
            return "<![CDATA[" + body + "]]>";
        }
        StringBuilder out = new StringBuilder(body.length() + 12);
        out.append("<![CDATA[");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == ']' && body.startsWith("]]>", i)) {
                out.append("]]]]><![CDATA[>");
                i += 2;
            } else if (c == '\r') {
                out.append("]]>&#13;<![CDATA[");
            } else {
                out.append(c);
            }
        }
        return out.append("]]>").toString();
    }
}
