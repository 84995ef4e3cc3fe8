package com.journeymaps.core.storage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The markup of a macro parameter that holds page links: {@code <ac:link><ri:page ri:content-title="…"
 * ri:space-key="…"/></ac:link>}, once per page, with nothing between them. This is the form Confluence itself
 * stores for a page parameter (the Include Page macro's {@code <ac:parameter ac:name=""><ac:link><ri:page …/></ac:link>}),
 * and the form its link tracking and rename refactoring know.
 *
 * <p>Writing is strict: titles and space keys go into attribute values only, escaped so that an XML parser reads
 * them back exactly (no text, no CDATA, no comments, so a title holding {@code ]]>} or {@code <} cannot break out of
 * its attribute), and every rendering is read back with the strict reader before it is used. Reading what a page
 * holds is lenient: a person or Confluence may have changed the parameter (rename refactoring rewrites
 * {@code ri:content-title}; an editor may add a link body or {@code ri:version-at-save}), so every {@code ri:page}
 * directly inside an {@code ac:link} counts and everything else is skipped.
 */
final class PageLinks {

    private static final Set<String> STRICT_PAGE_ATTRIBUTES = Set.of("ri:content-title", "ri:space-key");

    private PageLinks() {
    }

    /** The markup for {@code references}, in order; checked by reading it back strictly. */
    static String render(List<PageReference> references) {
        StringBuilder out = new StringBuilder();
        for (PageReference reference : references) {
            out.append("<ac:link><ri:page ri:content-title=\"").append(attribute(reference.title())).append('"');
            if (reference.spaceKey() != null) {
                out.append(" ri:space-key=\"").append(attribute(reference.spaceKey())).append('"');
            }
            out.append("/></ac:link>");
        }
        String markup = out.toString();
        List<PageReference> back = read(markup, true);
        if (!back.equals(references)) {
            throw new IllegalStateException("page links do not read back as written; nothing was changed");
        }
        return markup;
    }

    /** The page references in a parameter's markup as a page holds it (lenient, see the class comment). */
    static List<PageReference> read(String markup) {
        return read(markup, false);
    }

    /**
     * Reads {@code markup}. Strict: only {@code ac:link} elements without attributes, each holding exactly one
     * self-closing {@code ri:page} with a title and at most a space key, nothing else; anything else throws
     * {@link IllegalArgumentException} naming what and where. Lenient: never throws for content a page may hold.
     */
    static List<PageReference> read(String markup, boolean strict) {
        List<PageReference> found = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int linkChildren = 0;
        int pos = 0;
        int n = markup.length();
        while (pos < n) {
            char c = markup.charAt(pos);
            if (c != '<') {
                int lt = markup.indexOf('<', pos);
                int end = lt < 0 ? n : lt;
                if (strict) {
                    throw refused(pos, "text is not allowed in page-link markup");
                }
                pos = end;
                continue;
            }
            if (markup.startsWith("<!--", pos) || markup.startsWith("<![CDATA[", pos) || markup.startsWith("<?", pos)
                    || markup.startsWith("<!", pos)) {
                if (strict) {
                    throw refused(pos, "comments, CDATA sections, declarations and processing instructions are not allowed"
                            + " in page-link markup");
                }
                String close = markup.startsWith("<!--", pos) ? "-->" : markup.startsWith("<![CDATA[", pos) ? "]]>"
                        : markup.startsWith("<?", pos) ? "?>" : ">";
                int end = markup.indexOf(close, pos + 2);
                pos = end < 0 ? n : end + close.length();
                continue;
            }
            if (markup.startsWith("</", pos)) {
                int gt = markup.indexOf('>', pos);
                if (gt < 0) {
                    if (strict) {
                    throw refused(pos, "end tag is never closed");
                }
                return found;
                }
                String name = markup.substring(pos + 2, gt).strip();
                if (open.isEmpty() || !open.peek().equals(name)) {
                    if (strict) {
                        throw refused(pos, "end tag </" + name + "> does not match");
                    }
                    return found;
                }
                open.pop();
                if (strict && name.equals("ac:link") && linkChildren != 1) {
                    throw refused(pos, "an ac:link must hold exactly one ri:page");
                }
                pos = gt + 1;
                continue;
            }
            Tag tag = Tag.read(markup, pos);
            if (tag == null) {
                if (strict) {
                    throw refused(pos, "malformed start tag");
                }
                return found;
            }
            String parent = open.peek();
            if (strict) {
                if (parent == null) {
                    if (!tag.name.equals("ac:link") || !tag.attributes.isEmpty() || tag.selfClosing) {
                        throw refused(pos, "only <ac:link> elements without attributes are allowed here, not <" + tag.name + ">");
                    }
                    linkChildren = 0;
                } else if (parent.equals("ac:link") && tag.name.equals("ri:page") && tag.selfClosing && linkChildren == 0
                        && STRICT_PAGE_ATTRIBUTES.containsAll(tag.attributes.keySet())
                        && tag.attributes.containsKey("ri:content-title")) {
                    linkChildren++;
                } else {
                    throw refused(pos, "<" + tag.name + "> is not allowed in page-link markup here");
                }
            }
            if ("ac:link".equals(parent) && tag.name.equals("ri:page")) {
                String title = tag.attributes.getOrDefault("ri:content-title", "");
                String space = tag.attributes.get("ri:space-key");
                if (!title.isBlank() && XmlText.isStorable(title) && (space == null || XmlText.isStorable(space))) {
                    found.add(new PageReference(title, space == null || space.isBlank() ? null : space));
                }
            }
            if (!tag.selfClosing) {
                open.push(tag.name);
            }
            pos = tag.end;
        }
        if (!open.isEmpty()) {
            if (strict) {
                    throw refused(n, "<" + open.peek() + "> is never closed");
                }
                return found;
        }
        return found;
    }

    private static IllegalArgumentException refused(int offset, String reason) {
        return new IllegalArgumentException("page-link markup refused at offset " + offset + ": " + reason);
    }

    /** An attribute value that an XML parser reads back exactly: also tab, LF and CR as references (attribute-value normalisation). */
    private static String attribute(String value) {
        String escaped = XmlText.escape(value);
        return escaped.indexOf('\t') < 0 && escaped.indexOf('\n') < 0 ? escaped
                : escaped.replace("\t", "&#9;").replace("\n", "&#10;");
    }

    /** A start tag: name, attributes (values read as an XML parser reads them), whether self-closing, and where it ends. */
    private record Tag(String name, Map<String, String> attributes, boolean selfClosing, int end) {

        static Tag read(String s, int start) {
            int pos = start + 1;
            int nameStart = pos;
            while (pos < s.length() && isNameChar(s.charAt(pos))) {
                pos++;
            }
            if (pos == nameStart) {
                return null;
            }
            String name = s.substring(nameStart, pos);
            Map<String, String> attributes = new LinkedHashMap<>();
            while (true) {
                while (pos < s.length() && isWhitespace(s.charAt(pos))) {
                    pos++;
                }
                if (pos >= s.length()) {
                    return null;
                }
                char c = s.charAt(pos);
                if (c == '>') {
                    return new Tag(name, attributes, false, pos + 1);
                }
                if (c == '/') {
                    return pos + 1 < s.length() && s.charAt(pos + 1) == '>' ? new Tag(name, attributes, true, pos + 2) : null;
                }
                int attributeStart = pos;
                while (pos < s.length() && isNameChar(s.charAt(pos))) {
                    pos++;
                }
                if (pos == attributeStart) {
                    return null;
                }
                String attribute = s.substring(attributeStart, pos);
                while (pos < s.length() && isWhitespace(s.charAt(pos))) {
                    pos++;
                }
                if (pos >= s.length() || s.charAt(pos) != '=') {
                    return null;
                }
                pos++;
                while (pos < s.length() && isWhitespace(s.charAt(pos))) {
                    pos++;
                }
                char quote = pos < s.length() ? s.charAt(pos) : 0;
                if (quote != '"' && quote != '\'') {
                    return null;
                }
                int close = s.indexOf(quote, pos + 1);
                if (close < 0) {
                    return null;
                }
                String raw = s.substring(pos + 1, close);
                if (raw.indexOf('<') >= 0 || attributes.put(attribute, attributeValue(raw)) != null) {
                    return null;
                }
                pos = close + 1;
            }
        }

        /** XML attribute-value normalisation: literal whitespace characters become spaces, then references resolve. */
        private static String attributeValue(String raw) {
            String spaced = raw.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
            return XmlText.decode(spaced);
        }

        private static boolean isWhitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        private static boolean isNameChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':'
                    || c == '-' || c == '.' || c >= 0x80;
        }
    }
}
