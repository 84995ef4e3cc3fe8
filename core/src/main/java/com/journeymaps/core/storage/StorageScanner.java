package com.journeymaps.core.storage;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One lexical pass over a storage-format string. It knows tags (attributes quoted either way,
 * self-closing), comments, CDATA sections, processing instructions and declarations, and treats
 * entity references as opaque text. It checks that elements nest, and for each of our macros it
 * records where the element, its parameters and its body are. It never builds a tree and never
 * writes: the text outside our macros only has to be skipped correctly.
 *
 * <p>Built for speed (docs/performance.md, session 3): text, attribute values, comments and CDATA
 * are skipped with {@link String#indexOf}, which the JIT turns into vector instructions; the open
 * elements are a stack of name offsets in {@code int} arrays, so an ordinary element costs no object
 * at all, and names are copied out of the text only for an error message. Only the elements that
 * make up our macros ({@code ac:structured-macro}, {@code ac:parameter}, {@code ac:plain-text-body})
 * get an object. Every check and every error message is the same as the scanner's before
 * (StorageScannerEquivalenceTest compares both on generated and mutated pages).
 */
final class StorageScanner {

    /** Elements that may hold a macro although their names carry a prefix. */
    private static final Set<String> PREFIXED_MACRO_CONTAINERS = Set.of(
            "ac:rich-text-body", "ac:layout-cell", "ac:task-body");

    /** XHTML elements whose content model allows only particular children (rows, cells, items...), never a macro. */
    private static final Set<String> STRUCTURAL_XHTML = Set.of(
            "table", "thead", "tbody", "tfoot", "tr", "colgroup", "col", "ul", "ol", "dl", "select", "optgroup",
            "head", "title", "style", "script");

    private static final String MACRO = "ac:structured-macro";
    private static final String PARAMETER = "ac:parameter";
    private static final String BODY = "ac:plain-text-body";

    private enum Role { MACRO, PARAMETER, BODY }

    /** One of the elements that make up our macros, while its end tag has not been seen. */
    private static final class Special {
        final Role role;
        final int start;
        final int contentStart;
        final MacroBuilder macro;
        final String parameterName;
        final Text text;

        Special(Role role, int start, int contentStart, MacroBuilder macro, String parameterName) {
            this.role = role;
            this.start = start;
            this.contentStart = contentStart;
            this.macro = macro;
            this.parameterName = parameterName;
            this.text = role == Role.PARAMETER || role == Role.BODY ? new Text() : null;
        }
    }

    /** The decoded text of a parameter or body: usually one piece (one CDATA section), kept without copying twice. */
    private static final class Text {
        private String single;
        private StringBuilder many;

        StringBuilder builder() {
            if (many == null) {
                many = new StringBuilder(single == null ? 16 : single.length() + 16);
                if (single != null) {
                    many.append(single);
                    single = null;
                }
            }
            return many;
        }

        void add(String piece) {
            if (many == null && single == null) {
                single = piece;
            } else {
                builder().append(piece);
            }
        }

        String value() {
            return many != null ? many.toString() : single != null ? single : "";
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
    static final class Result {
        private final List<MacroOccurrence> macros;
        private final int[] topLevel;
        private final int topLevelCount;
        private final Optional<String> probeProblem;

        Result(List<MacroOccurrence> macros, int[] topLevel, int topLevelCount, Optional<String> probeProblem) {
            this.macros = macros;
            this.topLevel = topLevel;
            this.topLevelCount = topLevelCount;
            this.probeProblem = probeProblem;
        }

        List<MacroOccurrence> macros() {
            return macros;
        }

        /** The top-level elements in order; the ranges are made on demand (a page has thousands, few callers want them). */
        List<SourceRange> topLevelElements() {
            int[] ranges = topLevel;
            int count = topLevelCount;
            return new AbstractList<>() {
                @Override
                public SourceRange get(int index) {
                    if (index < 0 || index >= count) {
                        throw new IndexOutOfBoundsException(index);
                    }
                    return new SourceRange(ranges[2 * index], ranges[2 * index + 1]);
                }

                @Override
                public int size() {
                    return count;
                }
            };
        }

        Optional<String> probeProblem() {
            return probeProblem;
        }
    }

    private final String s;
    private final int n;
    private final int probe;

    // the open elements, innermost at depth - 1
    private int depth;
    private int[] openStart = new int[16];
    private int[] openNameStart = new int[16];
    private int[] openNameLength = new int[16];
    private Special[] openSpecial = new Special[16];

    // the attributes of the tag being read: names for the duplicate check, values for the few elements whose
    // attributes open() reads (decoded only then)
    private int[] attributeNameStarts = new int[8];
    private int[] attributeNameLengths = new int[8];
    private int[] attributeValueStarts = new int[8];
    private int[] attributeValueEnds = new int[8];

    private final List<MacroBuilder> macros = new ArrayList<>();
    private int[] topLevel = new int[32];
    private int topLevelCount;
    private boolean probeSeen;
    private String probeProblem;
    private int pos;

    /** The first '<' at or after the offset it was last looked up from (n if none); -1 before the first look-up. */
    private int nextLt = -1;
    /** The first '\r' at or after the offset it was last looked up from (n if none); -1 before the first look-up. */
    private int nextCr = -1;

    private StorageScanner(String source, int probe) {
        this.s = source;
        this.n = source.length();
        this.probe = probe;
    }

    /** Scans {@code source}; throws {@link StorageFormatException} if it cannot be read safely. */
    static Result scan(String source) {
        return new StorageScanner(source, -1).run();
    }

    /**
     * Scans {@code source} and also tells whether a macro could be inserted at {@code offset}: the
     * result's {@code probeProblem} is empty if so, otherwise why not.
     */
    static Result scan(String source, int offset) {
        return new StorageScanner(source, offset).run();
    }

    private Result run() {
        while (pos < n) {
            boundary(pos);
            if (s.charAt(pos) != '<') {
                int end = lessThanFrom(pos);
                text(pos, end);
                pos = end;
            } else {
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
        if (depth > 0) {
            int top = depth - 1;
            throw error(openStart[top], "<" + openName(top) + "> is never closed");
        }
        List<MacroOccurrence> found = new ArrayList<>(macros.size());
        for (MacroBuilder macro : macros) {
            found.add(macro.build());
        }
        return new Result(List.copyOf(found), topLevel, topLevelCount, Optional.ofNullable(probeProblem));
    }

    /** The first '<' at or after {@code from}, or n. Offsets asked for never decrease, so one look-up serves many asks. */
    private int lessThanFrom(int from) {
        if (nextLt < from) {
            int lt = s.indexOf('<', from);
            nextLt = lt < 0 ? n : lt;
        }
        return nextLt;
    }

    /** Whether {@code s[from, to)} holds a '\r'; {@code from} never decreases between calls. */
    private boolean hasCarriageReturn(int from, int to) {
        if (nextCr < from) {
            int cr = s.indexOf('\r', from);
            nextCr = cr < 0 ? n : cr;
        }
        return nextCr < to;
    }

    // ---- constructs ----

    private void text(int from, int to) {
        if (probe > from && probe < to && !probeSeen) {
            probeSeen = true;
            probeProblem = textProblem(from);
        }
        Text text = topText();
        if (text != null) {
            XmlText.appendDecoded(s, from, to, text.builder());
        }
    }

    private Text topText() {
        if (depth == 0) {
            return null;
        }
        Special top = openSpecial[depth - 1];
        return top == null ? null : top.text;
    }

    private void comment() {
        int close = closer(s, '-', pos + 4);
        if (close < 0) {
            throw error(pos, "comment is never closed: no '-->' follows '<!--'");
        }
        inside(pos, close + 3, "inside a comment");
        pos = close + 3;
    }

    private void cdata() {
        int contentStart = pos + "<![CDATA[".length();
        int close = closer(s, ']', contentStart);
        if (close < 0) {
            throw error(pos, "CDATA section is never closed: no ']]>' follows '<![CDATA['");
        }
        inside(pos, close + 3, "inside a CDATA section");
        Text text = topText();
        if (text != null) {
            if (hasCarriageReturn(contentStart, close)) {
                XmlText.appendNormalised(s, contentStart, close, text.builder());
            } else {
                text.add(s.substring(contentStart, close));
            }
        }
        pos = close + 3;
    }

    private void processingInstruction() {
        int close = closer(s, '?', pos + 2);
        if (close < 0) {
            throw error(pos, "processing instruction is never closed: no '?>' follows '<?'");
        }
        inside(pos, close + 2, "inside a processing instruction");
        pos = close + 2;
    }

    /** {@code <!DOCTYPE ...>} and the like, with an optional internal subset in brackets. */
    private void declaration() {
        int depthOfBrackets = 0;
        char quote = 0;
        for (int i = pos + 2; i < n; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depthOfBrackets++;
            } else if (c == ']') {
                depthOfBrackets--;
            } else if (c == '>' && depthOfBrackets <= 0) {
                inside(pos, i + 1, "inside a declaration");
                pos = i + 1;
                return;
            }
        }
        throw error(pos, "declaration is never closed: no '>' follows '<!'");
    }

    private void endTag() {
        int start = pos;
        int top = depth - 1;
        if (top >= 0) {
            // the usual case, "</name>" closing the innermost element, without scanning the name
            int length = openNameLength[top];
            int after = start + 2 + length;
            if (after < n && s.charAt(after) == '>' && sameChars(start + 2, openNameStart[top], length)) {
                pos = after + 1;
                inside(start, pos, "inside a tag");
                closeTop(top, start);
                return;
            }
        }
        pos += 2;
        int nameStart = pos;
        if (!skipName()) {
            throw error(pos, "expected an element name after '</'");
        }
        int nameEnd = pos;
        int length = nameEnd - nameStart;
        boolean matches = top >= 0 && openNameLength[top] == length
                && s.regionMatches(openNameStart[top], s, nameStart, length);
        skipWhitespace();
        if (pos >= n) {
            throw error(start, "end tag </" + s.substring(nameStart, nameEnd) + " is never closed with '>'");
        }
        if (s.charAt(pos) != '>') {
            throw error(pos, "unexpected " + describe(pos) + " in end tag </" + s.substring(nameStart, nameEnd) + ">");
        }
        pos++;
        inside(start, pos, "inside a tag");
        if (top < 0) {
            throw error(start, "end tag </" + s.substring(nameStart, nameEnd) + "> has no matching start tag");
        }
        if (!matches) {
            throw error(start, "end tag </" + s.substring(nameStart, nameEnd) + "> does not match <" + openName(top)
                    + "> opened at " + SourcePosition.of(s, openStart[top]));
        }
        closeTop(top, start);
    }

    /** Pops the innermost element, whose end tag starts at {@code endTagStart} and ends at {@code pos}. */
    private void closeTop(int top, int endTagStart) {
        depth = top;
        Special special = openSpecial[top];
        if (special != null) {
            openSpecial[top] = null;
            close(special, endTagStart, pos);
        }
        if (top == 0) {
            addTopLevel(openStart[0], pos);
        }
    }

    private void startTag() {
        int start = pos;
        pos++;
        int nameStart = pos;
        if (!skipName()) {
            throw error(start, "'<' that starts no tag (write &lt; for a literal '<')");
        }
        int nameEnd = pos;
        boolean isMacro = isName(nameStart, nameEnd, MACRO);
        int attributeCount = 0;
        boolean selfClosing;
        while (true) {
            boolean spaced = skipWhitespace();
            if (pos >= n) {
                throw error(start, "tag <" + s.substring(nameStart, nameEnd) + " is never closed with '>'");
            }
            char c = s.charAt(pos);
            if (c == '>') {
                pos++;
                selfClosing = false;
                break;
            }
            if (c == '/') {
                if (pos + 1 < n && s.charAt(pos + 1) == '>') {
                    pos += 2;
                    selfClosing = true;
                    break;
                }
                throw error(pos, "'/' in tag <" + s.substring(nameStart, nameEnd) + "> not followed by '>'");
            }
            if (!spaced) {
                throw error(pos, "unexpected " + describe(pos) + " in tag <" + s.substring(nameStart, nameEnd) + ">");
            }
            attribute(nameStart, nameEnd, attributeCount++);
        }
        inside(start, pos, "inside a tag");
        open(nameStart, nameEnd, start, pos, isMacro, attributeCount, selfClosing);
    }

    private boolean isName(int nameStart, int nameEnd, String name) {
        return nameEnd - nameStart == name.length() && s.startsWith(name, nameStart);
    }

    /**
     * Reads one attribute, the {@code index}th of its tag, and records where its name and value are:
     * duplicates are found by comparing the names in place, and a value is decoded only when
     * {@link #open} asks for it ({@link #attributeValue}), which it does for our macros' elements alone.
     * (Decoding every attribute of every {@code ac:structured-macro} and {@code ac:parameter} into a map
     * was a tenth of a scan: JFR, docs/performance.md, session 4.)
     */
    private void attribute(int elementStart, int elementEnd, int index) {
        int attributeStart = pos;
        if (!skipName()) {
            throw error(pos, "unexpected " + describe(pos) + " in tag <" + s.substring(elementStart, elementEnd) + ">");
        }
        int attributeEnd = pos;
        skipWhitespace();
        if (pos >= n || s.charAt(pos) != '=') {
            throw error(pos, "attribute " + s.substring(attributeStart, attributeEnd) + " of <"
                    + s.substring(elementStart, elementEnd) + "> has no value (expected '=')");
        }
        pos++;
        skipWhitespace();
        char quote = pos < n ? s.charAt(pos) : 0;
        if (quote != '"' && quote != '\'') {
            throw error(pos, "value of attribute " + s.substring(attributeStart, attributeEnd) + " of <"
                    + s.substring(elementStart, elementEnd) + "> is not quoted");
        }
        int valueStart = pos + 1;
        int close = s.indexOf(quote, valueStart);
        if (close < 0) {
            throw error(valueStart - 1, "value of attribute " + s.substring(attributeStart, attributeEnd) + " of <"
                    + s.substring(elementStart, elementEnd) + "> is never closed");
        }
        int lt = lessThanFrom(valueStart);
        if (lt < close) {
            throw error(lt, "'<' inside the value of attribute " + s.substring(attributeStart, attributeEnd)
                    + " (write &lt;)");
        }
        int length = attributeEnd - attributeStart;
        boolean duplicate = false;
        for (int i = 0; i < index && !duplicate; i++) {
            duplicate = attributeNameLengths[i] == length
                    && s.regionMatches(attributeNameStarts[i], s, attributeStart, length);
        }
        if (index == attributeNameStarts.length) {
            attributeNameStarts = Arrays.copyOf(attributeNameStarts, index * 2);
            attributeNameLengths = Arrays.copyOf(attributeNameLengths, index * 2);
            attributeValueStarts = Arrays.copyOf(attributeValueStarts, index * 2);
            attributeValueEnds = Arrays.copyOf(attributeValueEnds, index * 2);
        }
        attributeNameStarts[index] = attributeStart;
        attributeNameLengths[index] = length;
        attributeValueStarts[index] = valueStart;
        attributeValueEnds[index] = close;
        if (duplicate) {
            throw error(attributeStart, "attribute " + s.substring(attributeStart, attributeEnd) + " appears twice in <"
                    + s.substring(elementStart, elementEnd) + ">");
        }
        pos = close + 1;
    }

    // ---- elements and our macros ----

    /**
     * The decoded value of the attribute called {@code name} among the {@code count} attributes of the tag
     * just read, or null if it has none. A value without {@code &} or {@code \r} reads as itself.
     */
    private String attributeValue(String name, int count) {
        for (int i = 0; i < count; i++) {
            if (attributeNameLengths[i] == name.length() && s.startsWith(name, attributeNameStarts[i])) {
                int from = attributeValueStarts[i];
                int to = attributeValueEnds[i];
                for (int j = from; j < to; j++) {
                    char c = s.charAt(j);
                    if (c == '&' || c == '\r') {
                        return XmlText.decode(s.substring(from, to));
                    }
                }
                return s.substring(from, to);
            }
        }
        return null;
    }

    private String attributeValueOrEmpty(String name, int count) {
        String value = attributeValue(name, count);
        return value == null ? "" : value;
    }

    private void open(int nameStart, int nameEnd, int start, int contentStart, boolean isMacro,
            int attributeCount, boolean selfClosing) {
        Special parent = depth == 0 ? null : openSpecial[depth - 1];
        boolean inMacro = parent != null && parent.role == Role.MACRO;
        Special special = null;
        if (isMacro) {
            Optional<MacroKind> kind = MacroKind.ofMacroName(attributeValueOrEmpty("ac:name", attributeCount));
            if (kind.isPresent()) {
                MacroBuilder macro = new MacroBuilder(kind.get(), start, attributeValue("ac:macro-id", attributeCount),
                        attributeValue("ac:schema-version", attributeCount));
                macro.contentStart = contentStart;
                macros.add(macro);
                special = new Special(Role.MACRO, start, contentStart, macro, null);
            }
        } else if (inMacro && isName(nameStart, nameEnd, PARAMETER)) {
            MacroBuilder macro = parent.macro;
            String parameterName = attributeValueOrEmpty("ac:name", attributeCount);
            if (!macro.parameterNames.add(parameterName)) {
                throw error(start, "parameter '" + parameterName + "' appears twice in one "
                        + macro.kind.macroName() + " macro");
            }
            special = new Special(Role.PARAMETER, start, contentStart, macro, parameterName);
        } else if (inMacro && isName(nameStart, nameEnd, BODY)) {
            MacroBuilder macro = parent.macro;
            if (macro.bodyRange != null) {
                throw error(start, "a " + macro.kind.macroName() + " macro has a second ac:plain-text-body");
            }
            special = new Special(Role.BODY, start, contentStart, macro, null);
        }
        if (selfClosing) {
            if (special != null) {
                close(special, -1, contentStart);
            }
            if (depth == 0) {
                addTopLevel(start, contentStart);
            }
        } else {
            push(start, nameStart, nameEnd - nameStart, special);
        }
    }

    private void push(int start, int nameStart, int nameLength, Special special) {
        if (depth == openStart.length) {
            int size = depth * 2;
            openStart = Arrays.copyOf(openStart, size);
            openNameStart = Arrays.copyOf(openNameStart, size);
            openNameLength = Arrays.copyOf(openNameLength, size);
            openSpecial = Arrays.copyOf(openSpecial, size);
        }
        openStart[depth] = start;
        openNameStart[depth] = nameStart;
        openNameLength[depth] = nameLength;
        openSpecial[depth] = special;
        depth++;
    }

    private void addTopLevel(int start, int end) {
        if (2 * topLevelCount == topLevel.length) {
            topLevel = Arrays.copyOf(topLevel, topLevel.length * 2);
        }
        topLevel[2 * topLevelCount] = start;
        topLevel[2 * topLevelCount + 1] = end;
        topLevelCount++;
    }

    private String openName(int index) {
        return s.substring(openNameStart[index], openNameStart[index] + openNameLength[index]);
    }

    /** Finishes one of our elements; {@code endTagStart} is -1 for a self-closing one. */
    private void close(Special open, int endTagStart, int end) {
        switch (open.role) {
            case MACRO -> {
                open.macro.endTagStart = endTagStart;
                open.macro.end = end;
                open.macro.selfClosing = endTagStart < 0;
            }
            case PARAMETER -> {
                MacroParameter parameter = new MacroParameter(open.parameterName, open.text.value(),
                        new SourceRange(open.start, end));
                int contentStart = endTagStart < 0 ? -1 : open.contentStart;
                open.macro.slots.add(new MacroOccurrence.ParameterSlot(parameter, contentStart, endTagStart));
            }
            case BODY -> {
                open.macro.bodyRange = new SourceRange(open.start, end);
                open.macro.bodyContentStart = endTagStart < 0 ? -1 : open.contentStart;
                open.macro.bodyContentEnd = endTagStart;
                open.macro.body = open.text.value();
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
        if (amp >= textStart && XmlText.referenceEnd(s, amp, s.length()) > probe) {
            return "inside an entity or character reference";
        }
        return contextProblem();
    }

    private String contextProblem() {
        if (depth == 0) {
            return null;
        }
        String top = openName(depth - 1);
        if (PREFIXED_MACRO_CONTAINERS.contains(top) || (top.indexOf(':') < 0 && !STRUCTURAL_XHTML.contains(top))) {
            return null;
        }
        return "inside <" + top + ">, which cannot hold a macro";
    }

    // ---- lexing helpers ----

    /**
     * Where {@code "-->"}, {@code "]]>"} ({@code c} twice, then '>') or {@code "?>"} ({@code c} = '?',
     * once) first starts at or after {@code from}, or -1: the same as {@code s.indexOf("]]>", from)},
     * but it jumps from '>' to '>' with {@link String#indexOf(int, int)}, which the JIT vectorises,
     * where {@code indexOf(String)} compared more slowly (JFR, docs/performance.md).
     */
    static int closer(String s, char c, int from) {
        int before = c == '?' ? 1 : 2;
        for (int gt = s.indexOf('>', from + before); gt >= 0; gt = s.indexOf('>', gt + 1)) {
            if (s.charAt(gt - 1) == c && (before == 1 || s.charAt(gt - 2) == c)) {
                return gt - before;
            }
        }
        return -1;
    }

    /** Whether {@code s[a, a + length)} and {@code s[b, b + length)} are equal; a loop, as names are a few characters. */
    private boolean sameChars(int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (s.charAt(a + i) != s.charAt(b + i)) {
                return false;
            }
        }
        return true;
    }

    /** Moves past a name at {@code pos}; false (and not moved) if none starts there. */
    private boolean skipName() {
        int i = pos;
        if (i < n && isNameStart(s.charAt(i))) {
            i++;
            while (i < n && isNameChar(s.charAt(i))) {
                i++;
            }
            pos = i;
            return true;
        }
        return false;
    }

    private boolean skipWhitespace() {
        int start = pos;
        int i = start;
        while (i < n && isWhitespace(s.charAt(i))) {
            i++;
        }
        pos = i;
        return i > start;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** For each ASCII character: 1 if it may start a name, 2 if it may only continue one, 0 if neither. */
    private static final byte[] ASCII_NAME = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
            boolean part = (c >= '0' && c <= '9') || c == '-' || c == '.';
            ASCII_NAME[c] = (byte) (start ? 1 : part ? 2 : 0);
        }
    }

    private static boolean isNameStart(char c) {
        return c >= 0x80 || ASCII_NAME[c] == 1;
    }

    private static boolean isNameChar(char c) {
        return c >= 0x80 || ASCII_NAME[c] != 0;
    }

    private String describe(int at) {
        return at >= n ? "end of text" : "'" + new String(Character.toChars(s.codePointAt(at))) + "'";
    }

    private StorageFormatException error(int offset, String reason) {
        return new StorageFormatException(s, offset, reason);
    }
}
