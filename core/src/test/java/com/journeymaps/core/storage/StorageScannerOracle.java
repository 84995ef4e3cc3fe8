package com.journeymaps.core.storage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The storage scanner as it was before the session-3 rewrite (commit 3ff0833), kept unchanged as the
 * oracle of {@code StorageScannerEquivalenceTest}. One lexical pass over a storage-format string. It knows tags (attributes quoted either way,
 * self-closing), comments, CDATA sections, processing instructions and declarations, and treats
 * entity references as opaque text. It checks that elements nest, and for each of our macros it
 * records where the element, its parameters and its body are. It never builds a tree and never
 * writes: the text outside our macros only has to be skipped correctly.
 */
final class StorageScannerOracle {

    /** Elements that may hold a macro although their names carry a prefix. */
    private static final Set<String> PREFIXED_MACRO_CONTAINERS = Set.of(
            "ac:rich-text-body", "ac:layout-cell", "ac:task-body");

    /** XHTML elements whose content model allows only particular children (rows, cells, items...), never a macro. */
    private static final Set<String> STRUCTURAL_XHTML = Set.of(
            "table", "thead", "tbody", "tfoot", "tr", "colgroup", "col", "ul", "ol", "dl", "select", "optgroup",
            "head", "title", "style", "script");

    private enum Role { OTHER, MACRO, PARAMETER, BODY }

    /** An element whose end tag has not been seen yet. */
    private static final class Open {
        final String name;
        final int start;
        final int contentStart;
        final Role role;
        final MacroBuilder macro;
        final String parameterName;
        final StringBuilder text;

        Open(String name, int start, int contentStart, Role role, MacroBuilder macro, String parameterName) {
            this.name = name;
            this.start = start;
            this.contentStart = contentStart;
            this.role = role;
            this.macro = macro;
            this.parameterName = parameterName;
            this.text = role == Role.PARAMETER || role == Role.BODY ? new StringBuilder() : null;
        }
    }

    private static final class MacroBuilder {
        final MacroKind kind;
        final int start;
        final String macroId;
        final String schemaVersion;
        final List<MacroOccurrence.ParameterSlot> slots = new ArrayList<>();
        final Set<String> parameterNames = new HashSet<>();
        int contentStart = -1;
        int endTagStart = -1;
        int end = -1;
        boolean selfClosing;
        SourceRange bodyRange;
        int bodyContentStart = -1;
        int bodyContentEnd = -1;
        String body = "";

        MacroBuilder(MacroKind kind, int start, String macroId, String schemaVersion) {
            this.kind = kind;
            this.start = start;
            this.macroId = macroId;
            this.schemaVersion = schemaVersion;
        }

        MacroOccurrence build() {
            return new MacroOccurrence(kind, new SourceRange(start, end), contentStart, endTagStart, selfClosing,
                    macroId, schemaVersion, slots, bodyRange, bodyContentStart, bodyContentEnd, body);
        }
    }

    /** What one pass found. */
    record Result(List<MacroOccurrence> macros, List<SourceRange> topLevelElements, Optional<String> probeProblem) {
    }

    private final String s;
    private final int probe;
    private final Deque<Open> stack = new ArrayDeque<>();
    private final List<MacroBuilder> macros = new ArrayList<>();
    private final List<SourceRange> topLevel = new ArrayList<>();
    private boolean probeSeen;
    private String probeProblem;
    private int pos;

    private StorageScannerOracle(String source, int probe) {
        this.s = source;
        this.probe = probe;
    }

    /** Scans {@code source}; throws {@link StorageFormatException} if it cannot be read safely. */
    static Result scan(String source) {
        return new StorageScannerOracle(source, -1).run();
    }

    /**
     * Scans {@code source} and also tells whether a macro could be inserted at {@code offset}: the
     * result's {@code probeProblem} is empty if so, otherwise why not.
     */
    static Result scan(String source, int offset) {
        return new StorageScannerOracle(source, offset).run();
    }

    private Result run() {
        int n = s.length();
        while (pos < n) {
            boundary(pos);
            if (s.charAt(pos) != '<') {
                int lt = s.indexOf('<', pos);
                int end = lt < 0 ? n : lt;
                text(pos, end);
                pos = end;
            } else {
                // dispatch on the character after '<' first: most markup is tags, and comparing
                // whole prefixes for every tag was a fifth of the scan (JFR, docs/performance.md)
                char next = pos + 1 < n ? s.charAt(pos + 1) : 0;
                if (next == '/') {
                    endTag();
                } else if (next == '!') {
                    if (s.startsWith("<!--", pos)) {
                        comment();
                    } else if (s.startsWith("<![CDATA[", pos)) {
                        cdata();
                    } else {
                        declaration();
                    }
                } else if (next == '?') {
                    processingInstruction();
                } else {
                    startTag();
                }
            }
        }
        boundary(n);
        if (!stack.isEmpty()) {
            Open open = stack.peek();
            throw error(open.start, "<" + open.name + "> is never closed");
        }
        List<MacroOccurrence> found = macros.stream().map(MacroBuilder::build).toList();
        return new Result(found, List.copyOf(topLevel), Optional.ofNullable(probeProblem));
    }

    // ---- constructs ----

    private void text(int from, int to) {
        if (probe > from && probe < to && !probeSeen) {
            probeSeen = true;
            probeProblem = textProblem(from);
        }
        Open top = stack.peek();
        if (top != null && top.text != null) {
            XmlTextOracle.appendDecoded(s, from, to, top.text);
        }
    }

    private void comment() {
        int close = s.indexOf("-->", pos + 4);
        if (close < 0) {
            throw error(pos, "comment is never closed: no '-->' follows '<!--'");
        }
        inside(pos, close + 3, "inside a comment");
        pos = close + 3;
    }

    private void cdata() {
        int contentStart = pos + "<![CDATA[".length();
        int close = s.indexOf("]]>", contentStart);
        if (close < 0) {
            throw error(pos, "CDATA section is never closed: no ']]>' follows '<![CDATA['");
        }
        inside(pos, close + 3, "inside a CDATA section");
        Open top = stack.peek();
        if (top != null && top.text != null) {
            XmlTextOracle.appendNormalised(s, contentStart, close, top.text);
        }
        pos = close + 3;
    }

    private void processingInstruction() {
        int close = s.indexOf("?>", pos + 2);
        if (close < 0) {
            throw error(pos, "processing instruction is never closed: no '?>' follows '<?'");
        }
        inside(pos, close + 2, "inside a processing instruction");
        pos = close + 2;
    }

    /** {@code <!DOCTYPE ...>} and the like, with an optional internal subset in brackets. */
    private void declaration() {
        int depth = 0;
        char quote = 0;
        for (int i = pos + 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                inside(pos, i + 1, "inside a declaration");
                pos = i + 1;
                return;
            }
        }
        throw error(pos, "declaration is never closed: no '>' follows '<!'");
    }

    private void endTag() {
        int start = pos;
        pos += 2;
        int nameStart = pos;
        if (!skipName()) {
            throw error(pos, "expected an element name after '</'");
        }
        int nameEnd = pos;
        Open open = stack.peek();
        // the name is only copied out of the text when a message needs it
        String name = open != null && open.name.length() == nameEnd - nameStart
                && s.startsWith(open.name, nameStart) ? open.name : s.substring(nameStart, nameEnd);
        skipWhitespace();
        if (pos >= s.length()) {
            throw error(start, "end tag </" + name + " is never closed with '>'");
        }
        if (s.charAt(pos) != '>') {
            throw error(pos, "unexpected " + describe(pos) + " in end tag </" + name + ">");
        }
        pos++;
        inside(start, pos, "inside a tag");
        if (open == null) {
            throw error(start, "end tag </" + name + "> has no matching start tag");
        }
        if (open.name != name && !open.name.equals(name)) {
            throw error(start, "end tag </" + name + "> does not match <" + open.name + "> opened at "
                    + SourcePosition.of(s, open.start));
        }
        stack.pop();
        close(open, start, pos);
        if (stack.isEmpty()) {
            topLevel.add(new SourceRange(open.start, pos));
        }
    }

    private void startTag() {
        int start = pos;
        pos++;
        String name = name();
        if (name == null) {
            throw error(start, "'<' that starts no tag (write &lt; for a literal '<')");
        }
        Map<String, String> attributes = Map.of();
        boolean keepValues = name.equals("ac:structured-macro") || name.equals("ac:parameter");
        boolean selfClosing;
        while (true) {
            boolean spaced = skipWhitespace();
            if (pos >= s.length()) {
                throw error(start, "tag <" + name + " is never closed with '>'");
            }
            char c = s.charAt(pos);
            if (c == '>') {
                pos++;
                selfClosing = false;
                break;
            }
            if (c == '/') {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == '>') {
                    pos += 2;
                    selfClosing = true;
                    break;
                }
                throw error(pos, "'/' in tag <" + name + "> not followed by '>'");
            }
            if (!spaced) {
                throw error(pos, "unexpected " + describe(pos) + " in tag <" + name + ">");
            }
            if (attributes.isEmpty()) {
                attributes = new LinkedHashMap<>();
            }
            attribute(name, attributes, keepValues);
        }
        inside(start, pos, "inside a tag");
        open(name, start, pos, attributes, selfClosing);
    }

    /**
     * Reads one attribute into {@code attributes}. Only the elements whose attributes {@link #open}
     * reads ({@code keepValues}) get decoded values; for the others the value is checked the same way
     * but recorded as empty, which saves decoding every attribute of every element on the page.
     */
    private void attribute(String element, Map<String, String> attributes, boolean keepValues) {
        int attributeStart = pos;
        String attribute = name();
        if (attribute == null) {
            throw error(pos, "unexpected " + describe(pos) + " in tag <" + element + ">");
        }
        skipWhitespace();
        if (pos >= s.length() || s.charAt(pos) != '=') {
            throw error(pos, "attribute " + attribute + " of <" + element + "> has no value (expected '=')");
        }
        pos++;
        skipWhitespace();
        char quote = pos < s.length() ? s.charAt(pos) : 0;
        if (quote != '"' && quote != '\'') {
            throw error(pos, "value of attribute " + attribute + " of <" + element + "> is not quoted");
        }
        int valueStart = pos + 1;
        int close = s.indexOf(quote, valueStart);
        if (close < 0) {
            throw error(valueStart - 1, "value of attribute " + attribute + " of <" + element + "> is never closed");
        }
        int lt = s.indexOf('<', valueStart);
        if (lt >= 0 && lt < close) {
            throw error(lt, "'<' inside the value of attribute " + attribute + " (write &lt;)");
        }
        String value = keepValues ? XmlTextOracle.decode(s.substring(valueStart, close)) : "";
        if (attributes.put(attribute, value) != null) {
            throw error(attributeStart, "attribute " + attribute + " appears twice in <" + element + ">");
        }
        pos = close + 1;
    }

    // ---- elements and our macros ----

    private void open(String name, int start, int contentStart, Map<String, String> attributes, boolean selfClosing) {
        Open parent = stack.peek();
        Role role = Role.OTHER;
        MacroBuilder macro = null;
        String parameterName = null;
        if (name.equals("ac:structured-macro")) {
            Optional<MacroKind> kind = MacroKind.ofMacroName(attributes.getOrDefault("ac:name", ""));
            if (kind.isPresent()) {
                role = Role.MACRO;
                macro = new MacroBuilder(kind.get(), start, attributes.get("ac:macro-id"),
                        attributes.get("ac:schema-version"));
                macro.contentStart = contentStart;
                macros.add(macro);
            }
        } else if (parent != null && parent.role == Role.MACRO && name.equals("ac:parameter")) {
            role = Role.PARAMETER;
            macro = parent.macro;
            parameterName = attributes.getOrDefault("ac:name", "");
            if (!macro.parameterNames.add(parameterName)) {
                throw error(start, "parameter '" + parameterName + "' appears twice in one "
                        + macro.kind.macroName() + " macro");
            }
        } else if (parent != null && parent.role == Role.MACRO && name.equals("ac:plain-text-body")) {
            role = Role.BODY;
            macro = parent.macro;
            if (macro.bodyRange != null) {
                throw error(start, "a " + macro.kind.macroName() + " macro has a second ac:plain-text-body");
            }
        }
        Open open = new Open(name, start, contentStart, role, macro, parameterName);
        if (selfClosing) {
            close(open, -1, contentStart);
            if (stack.isEmpty()) {
                topLevel.add(new SourceRange(start, contentStart));
            }
        } else {
            stack.push(open);
        }
    }

    /** Finishes an element; {@code endTagStart} is -1 for a self-closing one. */
    private void close(Open open, int endTagStart, int end) {
        switch (open.role) {
            case MACRO -> {
                open.macro.endTagStart = endTagStart;
                open.macro.end = end;
                open.macro.selfClosing = endTagStart < 0;
            }
            case PARAMETER -> {
                MacroParameter parameter = new MacroParameter(open.parameterName, open.text.toString(),
                        new SourceRange(open.start, end));
                int contentStart = endTagStart < 0 ? -1 : open.contentStart;
                open.macro.slots.add(new MacroOccurrence.ParameterSlot(parameter, contentStart, endTagStart));
            }
            case BODY -> {
                open.macro.bodyRange = new SourceRange(open.start, end);
                open.macro.bodyContentStart = endTagStart < 0 ? -1 : open.contentStart;
                open.macro.bodyContentEnd = endTagStart;
                open.macro.body = open.text.toString();
            }
            case OTHER -> {
                // nothing to remember
            }
        }
    }

    // ---- insertion probe ----

    private void boundary(int at) {
        if (at == probe && !probeSeen) {
            probeSeen = true;
            probeProblem = contextProblem();
        }
    }

    private void inside(int start, int end, String where) {
        if (probe > start && probe < end && !probeSeen) {
            probeSeen = true;
            probeProblem = where;
        }
    }

    private String textProblem(int textStart) {
        if (Character.isHighSurrogate(s.charAt(probe - 1)) && Character.isLowSurrogate(s.charAt(probe))) {
            return "between the two halves of a surrogate pair";
        }
        int amp = s.lastIndexOf('&', probe - 1);
        if (amp >= textStart && XmlTextOracle.referenceEnd(s, amp, s.length()) > probe) {
            return "inside an entity or character reference";
        }
        return contextProblem();
    }

    private String contextProblem() {
        Open top = stack.peek();
        if (top == null || PREFIXED_MACRO_CONTAINERS.contains(top.name)
                || (top.name.indexOf(':') < 0 && !STRUCTURAL_XHTML.contains(top.name))) {
            return null;
        }
        return "inside <" + top.name + ">, which cannot hold a macro";
    }

    // ---- lexing helpers ----

    private String name() {
        int start = pos;
        return skipName() ? s.substring(start, pos) : null;
    }

    /** Moves past a name at {@code pos}; false (and not moved) if none starts there. */
    private boolean skipName() {
        int n = s.length();
        if (pos < n && isNameStart(s.charAt(pos))) {
            pos++;
            while (pos < n && isNameChar(s.charAt(pos))) {
                pos++;
            }
            return true;
        }
        return false;
    }

    private boolean skipWhitespace() {
        int start = pos;
        while (pos < s.length() && isWhitespace(s.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private String describe(int at) {
        return at >= s.length() ? "end of text" : "'" + new String(Character.toChars(s.codePointAt(at))) + "'";
    }

    private StorageFormatException error(int offset, String reason) {
        return new StorageFormatException(s, offset, reason);
    }
}
