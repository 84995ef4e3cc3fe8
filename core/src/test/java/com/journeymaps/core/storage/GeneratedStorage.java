package com.journeymaps.core.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random but realistic storage-format documents from a seed, together with what they must read as:
 * the journey-map and persona macros they contain, in document order. The markup is written here,
 * independently of the codec's writer, with the variations real pages show (quoting, attribute order,
 * indentation, CRLF, self-closing elements, split CDATA, character references).
 */
final class GeneratedStorage {

    /** A macro the generator wrote, as the codec must read it. */
    record Macro(MacroKind kind, String id, Map<String, String> parameters, String body) {
    }

    private static final String[] WORDS = {
        "journey", "touchpoint", "Kunde", "caf\u00e9", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
        "\u65e5\u672c\u8a9e", "\uD83D\uDE00", "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB", "\uD83C\uDDE9\uD83C\uDDEA",
        "\uD834\uDD1E", "a\u2028b", "c\u2029d", "\u200F", "&nbsp;", "&amp;", "&lt;b&gt;", "&#128512;", "&#x1F680;",
        "&quot;", "&eacute;", "&hellip;", "]]>", "]]", "--", "'", "\"", "tab\t", "x>y"};

    private final Random random;
    private final String newline;
    private final List<Macro> macros = new ArrayList<>();
    private int nextId;

    private GeneratedStorage(long seed) {
        this.random = new Random(seed);
        this.newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
    }

    /** A document and its macros for {@code seed}; the same seed always gives the same document. */
    static GeneratedStorage.Document generate(long seed) {
        GeneratedStorage generator = new GeneratedStorage(seed);
        StringBuilder out = new StringBuilder();
        int blocks = 1 + generator.random.nextInt(7);
        for (int i = 0; i < blocks; i++) {
            generator.block(out, 0);
        }
        if (generator.macros.isEmpty()) {
            generator.ourMacro(out);
        }
        return new Document(seed, out.toString(), List.copyOf(generator.macros));
    }

    record Document(long seed, String storage, List<Macro> macros) {
    }

    // ---- blocks ----

    private void block(StringBuilder out, int depth) {
        int choice = random.nextInt(depth > 2 ? 4 : 13);
        switch (choice) {
            case 0 -> paragraph(out, depth);
            case 1 -> {
                int level = 1 + random.nextInt(6);
                out.append("<h").append(level).append('>').append(text()).append("</h").append(level).append('>');
            }
            case 2 -> ourMacro(out);
            case 3 -> out.append("<!--").append(text().replace("--", "- -")).append("-->");
            case 4 -> table(out, depth);
            case 5 -> layout(out, depth);
            case 6 -> list(out, depth);
            case 7 -> taskList(out);
            case 8 -> codeMacro(out);
            case 9 -> richTextMacro(out, depth);
            case 10 -> out.append("<ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">")
                    .append("<ac:parameter ac:name=\"colour\">Green</ac:parameter>")
                    .append("<ac:parameter ac:name=\"title\">").append(text()).append("</ac:parameter></ac:structured-macro>");
            case 11 -> out.append("<ac:structured-macro ac:name=\"include\"><ac:parameter ac:name=\"\"><ac:link>")
                    .append("<ri:page ri:content-title=\"").append(attributeText()).append("\" /></ac:link></ac:parameter>")
                    .append("</ac:structured-macro>");
            default -> out.append("<ac:image ac:height=\"").append(random.nextInt(400)).append("\"><ri:attachment ri:filename=\"")
                    .append(attributeText()).append(".png\"/></ac:image>");
        }
        if (random.nextBoolean()) {
            out.append(newline);
        }
    }

    private void paragraph(StringBuilder out, int depth) {
        out.append(random.nextInt(5) == 0 ? "<p dir='rtl'>" : "<p>");
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(8)) {
                case 0 -> out.append("<strong>").append(text()).append("</strong>");
                case 1 -> out.append("<ac:link><ri:page ri:content-title='").append(attributeText())
                        .append("' ri:space-key=\"CX\"/><ac:plain-text-link-body><![CDATA[").append(cdataText())
                        .append("]]></ac:plain-text-link-body></ac:link>");
                case 2 -> out.append("<ac:emoticon ac:name=\"smile\" />");
                case 3 -> out.append("<ac:inline-comment-marker ac:ref=\"").append(random.nextInt(1 << 20)).append("\">")
                        .append(text()).append("</ac:inline-comment-marker>");
                case 4 -> out.append("<br/>");
                case 5 -> {
                    if (depth < 3) {
                        ourMacro(out);
                    }
                }
                default -> out.append(text());
            }
        }
        out.append("</p>");
    }

    private void table(StringBuilder out, int depth) {
        out.append("<table data-layout=\"default\"><tbody>").append(newline);
        int rows = 1 + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
            out.append("<tr>");
            int cells = 1 + random.nextInt(3);
            for (int c = 0; c < cells; c++) {
                out.append(r == 0 ? "<th>" : "<td colspan='1'>");
                block(out, depth + 1);
                out.append(r == 0 ? "</th>" : "</td>");
            }
            out.append("</tr>").append(newline);
        }
        out.append("</tbody></table>");
    }

    private void layout(StringBuilder out, int depth) {
        out.append("<ac:layout>");
        int sections = 1 + random.nextInt(2);
        for (int s = 0; s < sections; s++) {
            out.append("<ac:layout-section ac:type=\"two_equal\">");
            for (int c = 0; c < 2; c++) {
                out.append("<ac:layout-cell>");
                block(out, depth + 1);
                out.append("</ac:layout-cell>");
            }
            out.append("</ac:layout-section>");
        }
        out.append("</ac:layout>");
    }

    private void list(StringBuilder out, int depth) {
        String tag = random.nextBoolean() ? "ul" : "ol";
        out.append('<').append(tag).append('>');
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            out.append("<li>");
            if (random.nextBoolean()) {
                block(out, depth + 1);
            } else {
                out.append(text());
            }
            out.append("</li>");
        }
        out.append("</").append(tag).append('>');
    }

    private void taskList(StringBuilder out) {
        out.append("<ac:task-list>").append(newline).append("<ac:task><ac:task-id>").append(random.nextInt(99))
                .append("</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>").append(text())
                .append("</ac:task-body></ac:task>").append(newline).append("</ac:task-list>");
    }

    private void codeMacro(StringBuilder out) {
        out.append("<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">xml</ac:parameter>")
                .append("<ac:plain-text-body><![CDATA[")
                .append("<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">decoy</ac:parameter>")
                .append(cdataText()).append("]]></ac:plain-text-body></ac:structured-macro>");
    }

    private void richTextMacro(StringBuilder out, int depth) {
        String name = new String[] {"info", "expand", "panel", "excerpt"}[random.nextInt(4)];
        out.append("<ac:structured-macro ac:name=\"").append(name).append("\" ac:schema-version=\"1\">");
        if (name.equals("expand")) {
            out.append("<ac:parameter ac:name=\"title\">").append(text()).append("</ac:parameter>");
        }
        out.append("<ac:rich-text-body>");
        int blocks = 1 + random.nextInt(2);
        for (int i = 0; i < blocks; i++) {
            block(out, depth + 1);
        }
        out.append("</ac:rich-text-body></ac:structured-macro>");
    }

    // ---- our macros ----

    private void ourMacro(StringBuilder out) {
        MacroKind kind = random.nextInt(3) == 0 ? MacroKind.JOURNEY_PERSONA : MacroKind.JOURNEY_MAP;
        String id = (kind == MacroKind.JOURNEY_MAP ? "map-" : "persona-") + nextId++;
        char q = random.nextBoolean() ? '"' : '\'';
        String gap = random.nextInt(3) == 0 ? newline + "  " : "";
        List<String> attributes = new ArrayList<>(List.of("ac:name=" + q + kind.macroName() + q));
        if (random.nextBoolean()) {
            attributes.add("ac:schema-version=" + q + "1" + q);
        }
        if (random.nextBoolean()) {
            attributes.add("ac:macro-id=" + q + Long.toHexString(random.nextLong()) + q);
        }
        java.util.Collections.shuffle(attributes, random);
        out.append("<ac:structured-macro ").append(String.join(random.nextBoolean() ? " " : newline + "    ", attributes))
                .append('>');

        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of(kind.keyParameter()));
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            names.add(new String[] {"title", "width", "compact", "persona", "lang"}[random.nextInt(5)]);
        }
        java.util.Collections.shuffle(names, random);
        for (String name : names) {
            if (parameters.containsKey(name)) {
                continue;
            }
            String value = name.equals(kind.keyParameter()) ? id : parameterValue();
            parameters.put(name, value);
            out.append(gap);
            if (value.isEmpty() && random.nextBoolean()) {
                out.append("<ac:parameter ac:name=").append(q).append(name).append(q).append("/>");
            } else {
                out.append("<ac:parameter ac:name=").append(q).append(name).append(q).append('>')
                        .append(escapeParameter(value)).append("</ac:parameter>");
            }
        }
        String body = "";
        if (random.nextInt(8) != 0) {
            body = bodyText();
            out.append(gap).append("<ac:plain-text-body>").append(cdata(body)).append("</ac:plain-text-body>");
        }
        out.append(gap).append("</ac:structured-macro>");
        macros.add(new Macro(kind, id, parameters, body));
    }

    /** A random body: JSON-like, with every kind of character XML allows, including CR and {@code ]]>}. */
    String bodyText() {
        return randomXmlText(random, 40);
    }

    static String randomXmlText(Random random, int maxLength) {
        StringBuilder out = new StringBuilder("{\"v\":\"");
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(12)) {
                case 0 -> out.append("]]>");
                case 1 -> out.append(']');
                case 2 -> out.append(new char[] {'\r', '\n', '\t', '\u2028', '\u2029', '\u0085', '\u007f', '\u009f'}
                        [random.nextInt(8)]);
                case 3 -> out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                case 4 -> out.append("<![CDATA[");
                case 5 -> out.append(new char[] {'&', '<', '>', '"', '\''}[random.nextInt(5)]);
                case 6 -> {
                    int c = 0x20 + random.nextInt(0xD7FF - 0x20);
                    out.append((char) c);
                }
                case 7 -> out.append((char) (0xE000 + random.nextInt(0xFFFD - 0xE000)));
                default -> out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.append("\"}").toString();
    }

    private String parameterValue() {
        if (random.nextInt(5) == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(new char[] {'&', '<', '>', '"', '\'', ' '}[random.nextInt(6)]);
                case 1 -> out.append(WORDS[random.nextInt(7)]);
                case 2 -> out.appendCodePoint(0x1F300 + random.nextInt(200));
                default -> out.append((char) ('A' + random.nextInt(26)));
            }
        }
        return out.toString();
    }

    /** Escapes a parameter value the ways real pages do: named, decimal or hex references. */
    private String escapeParameter(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append(random.nextBoolean() ? "&amp;" : "&#38;");
                case '<' -> out.append(random.nextBoolean() ? "&lt;" : "&#x3C;");
                case '>' -> out.append(random.nextBoolean() ? "&gt;" : ">");
                case '"' -> out.append(random.nextBoolean() ? "&quot;" : "\"");
                case '\'' -> out.append(random.nextBoolean() ? "&apos;" : "&#39;");
                default -> {
                    if (c > 0x7F && random.nextInt(4) == 0) {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** CDATA that reads back as {@code body}: split at {@code ]]>}, CR as a reference between sections. */
    private String cdata(String body) {
        String[] pieces = body.split("\r", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                out.append(random.nextBoolean() ? "&#13;" : "&#xD;");
            }
            out.append("<![CDATA[").append(pieces[i].replace("]]>", "]]]]><![CDATA[>")).append("]]>");
        }
        return out.toString();
    }

    // ---- text outside our macros ----

    private String text() {
        StringBuilder out = new StringBuilder();
        int words = 1 + random.nextInt(5);
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (word.equals("]]>") || word.equals("x>y")) {
                word = "&gt;";
            }
            out.append(word).append(random.nextInt(6) == 0 ? newline : " ");
        }
        return out.toString();
    }

    private String cdataText() {
        return text().replace("&", "&amp;").replace("]]>", "]] >");
    }

    private String attributeText() {
        return text().replace("\"", "&quot;").replace("'", "&#39;").replace(newline, " ");
    }
}
