package com.journeymaps.standalone.security;

import com.journeymaps.core.csv.TouchpointCsv;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The generator of hostile and broken input: every call draws one input from the given seeded
 * {@link Random}, so a seed repeats a whole corpus. Inputs are mutations of a valid map document,
 * its page and its CSV export (truncation, wrong types, huge numbers, deep nesting, 10 MB strings,
 * invalid UTF-8, duplicate keys, {@code ]]>}, NUL, BOMs, lone surrogates, control characters, random
 * byte damage) and odd REST requests (bad query values, wrong content types, empty bodies).
 */
final class HostileCorpus {

    private static final String[] NASTY = {
        "]]>", "\u0000", "\uFEFF", "\uD800", "\uDFFF", "\u0007", "\u001B[31m", "<![CDATA[", "</ac:plain-text-body>",
        "<script>window.__xss(1)</script>", "\\u0000", "\\ud800", "&#0;", "&amp;&lt;", "\r\n", "\u2028", "%00", "{{7*7}}",
        "${7*7}", "'\"", "\\", "\uFFFF", "\uD83D\uDE00", "<ac:structured-macro ac:name=\"journey-map\">",
    };
    private static final String[] HUGE_NUMBERS = {
        "1e999999", "-1e999999", "123456789012345678901234567890123456789", "1.0e-99999", "-0", "0x10", "NaN", "Infinity",
        "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(5000), "01", "1.", ".5", "+1",
    };

    private final String validJson;
    private final String validPage;
    private final String validCsv;

    HostileCorpus(long seed, String validJson) {
        this.validJson = validJson;
        this.validPage = "<p>Intro</p>" + new StorageFormatCodec().insert("", 0, MacroSpec.journeyMap("jm-open", validJson))
                + "<p>Outro</p>";
        this.validCsv = TouchpointCsv.export(JourneyMapJson.parse(validJson).mapOrThrow());
    }

    String validJson() {
        return validJson;
    }

    /** A broken or hostile map document. */
    String mapDocument(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> validJson.substring(0, random.nextInt(validJson.length()));
            case 1 -> replaceValue(random, validJson, wrongType(random));
            case 2 -> replaceValue(random, validJson, HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)]);
            case 3 -> deep(random);
            case 4 -> random.nextInt(40) == 0 ? validJson.replaceFirst("\"objective\":\"", "\"objective\":\"" + "x".repeat(10 * 1024 * 1024))
                    : validJson.replaceFirst("\"objective\":\"", "\"objective\":\"" + "x".repeat(70_000 + random.nextInt(10_000)));
            case 5 -> validJson.replaceFirst("\\{", "{\"title\":\"first\",\"title\":\"second\",\"stages\":[],");
            case 6 -> insertIntoString(random, validJson, NASTY[random.nextInt(NASTY.length)]);
            case 7 -> "\uFEFF" + validJson;
            case 8 -> damage(random, validJson, 1 + random.nextInt(8));
            case 9 -> List.of("", " ", "null", "[]", "\"map\"", "42", "true", "{}", "{\"schemaVersion\":99}", "{\"schemaVersion\":-1}",
                    "{\"schemaVersion\":\"1\"}", "{\"id\":null}", "[{}]", "{\"stages\":{}}", "{\"touchpoints\":[null]}")
                    .get(random.nextInt(15));
            case 10 -> validJson.replaceFirst("\"stages\":\\[", "\"stages\":[{\"id\":\"dup\",\"name\":\"a\"},{\"id\":\"dup\",\"name\":\"b\"},");
            case 11 -> validJson.replace("\"tp-s1\"", "\"tp-s0\"").replace("\"tp-s2\"", "\"no-such-stage\"");
            case 12 -> validJson + garbage(random);
            default -> insertIntoString(random, validJson, String.valueOf((char) random.nextInt(0x20)));
        };
    }

    /** A map document as bytes, sometimes not UTF-8 at all. */
    byte[] mapBytes(Random random) {
        byte[] bytes = mapDocument(random).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(5) == 0 && bytes.length > 2) {
            int at = random.nextInt(bytes.length);
            byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF8};
            bytes[at] = invalid[random.nextInt(invalid.length)];
        }
        return bytes;
    }

    /** A broken or hostile storage-format page holding the map. */
    String storagePage(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> validPage.substring(0, random.nextInt(validPage.length()));
            case 1 -> validPage.replaceFirst("<!\\[CDATA\\[", "<![CDATA[" + "]]>");
            case 2 -> validPage.replace("</p>", "");
            case 3 -> validPage + validPage;
            case 4 -> insertAnywhere(random, validPage, NASTY[random.nextInt(NASTY.length)]);
            case 5 -> damage(random, validPage, 1 + random.nextInt(6));
            case 6 -> "<p>" + "<b>".repeat(2_000 + random.nextInt(3_000)) + "</p>";
            case 7 -> validPage.replace(validJson, mapDocument(random).replace("]]>", "]]]]><![CDATA[>"));
            default -> "\uFEFF" + validPage.replace("ac:name=\"map-id\"", "ac:name=\"map-id\" ac:name=\"map-id\"");
        };
    }

    /** A broken or hostile CSV file. */
    String csv(Random random) {
        String[] lines = validCsv.split("\r?\n", -1);
        return switch (random.nextInt(10)) {
            case 0 -> validCsv.substring(0, random.nextInt(validCsv.length()));
            case 1 -> validCsv.replaceFirst(",", ",\"unterminated");
            case 2 -> lines[0] + "\n" + lines[Math.min(1, lines.length - 1)] + ",extra,cells,here\n";
            case 3 -> validCsv.replaceFirst("Touchpoint 1", "=HYPERLINK(\"http://evil\")");
            case 4 -> "\uFEFF" + validCsv;
            case 5 -> insertAnywhere(random, validCsv, NASTY[random.nextInt(NASTY.length)]);
            case 6 -> damage(random, validCsv, 1 + random.nextInt(6));
            case 7 -> lines[0] + "\n" + ("x," .repeat(200)) + "\n";
            case 8 -> validCsv.replaceFirst("Touchpoint 2", "y".repeat(70_000));
            default -> List.of("", "\n", ",,,", "name\n", "\"", lines[0] + "\n" + lines[0] + "\n").get(random.nextInt(6));
        };
    }

    /** {method, path, body, content type} of an odd REST request against the map. */
    String[] restOddity(Random random, String mapPath, int version) {
        String[] bad = {"abc", "-1", "0", "99999999999", "1e3", "", "%00", "1;DROP", String.valueOf(version + 1000)};
        String value = bad[random.nextInt(bad.length)];
        return switch (random.nextInt(10)) {
            case 0 -> new String[] {"PUT", mapPath + "?baseVersion=" + value, validJson, "application/json"};
            case 1 -> new String[] {"PUT", mapPath + "?baseVersion=" + version, validJson, "text/plain"};
            case 2 -> new String[] {"PUT", mapPath + "?baseVersion=" + version, "", "application/json"};
            case 3 -> new String[] {"POST", mapPath + "/restore?version=" + value + "&baseVersion=" + version, null, "application/json"};
            case 4 -> new String[] {"GET", mapPath + "/diff?from=" + value + "&to=" + bad[random.nextInt(bad.length)], null, "text/plain"};
            case 5 -> new String[] {"GET", mapPath + "/versions/" + value, null, "text/plain"};
            case 6 -> new String[] {"PUT", mapPath.replace("jm-open", "jm-%00%3Cx%3E") + "?baseVersion=" + version, validJson, "application/json"};
            case 7 -> new String[] {"GET", mapPath + "/html?mode=" + bad[random.nextInt(bad.length)], null, "text/plain"};
            case 8 -> new String[] {"POST", mapPath + "/repair?baseVersion=" + value, null, "application/json"};
            default -> new String[] {"PUT", mapPath + "?baseVersion=" + version, validJson, "application/xml"};
        };
    }

    /**
     * A hostile comment request on {@code itemId}'s map: {method-suffix, body, content type}, where the suffix is
     * "" to add a comment and "edit" to replace the text of an existing one. Texts carry the nasty strings,
     * blank or over-long texts, item ids and parent ids of every wrong kind, wrong JSON types and damaged JSON.
     */
    String[] commentRequest(Random random, String itemId) {
        String nasty = NASTY[random.nextInt(NASTY.length)];
        String text = "A comment " + nasty + " end";
        return switch (random.nextInt(12)) {
            case 0 -> new String[] {"", "{\"itemId\":" + quote(itemId) + ",\"text\":" + quote(text) + "}", "application/json"};
            case 1 -> new String[] {"", "{\"itemId\":" + quote(nasty) + ",\"text\":\"On a nasty item\"}", "application/json"};
            case 2 -> new String[] {"", "{\"itemId\":" + quote(itemId + nasty) + ",\"text\":\"x\"}", "application/json"};
            case 3 -> new String[] {"", "{\"itemId\":" + quote(itemId) + ",\"text\":" + quote(" \t\r\n ") + "}", "application/json"};
            case 4 -> new String[] {"", "{\"itemId\":" + quote(itemId) + ",\"text\":" + quote("x".repeat(10_001)) + "}",
                "application/json"};
            case 5 -> new String[] {"", "{\"itemId\":" + quote(itemId) + ",\"text\":\"reply\",\"parentId\":"
                + HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)] + "}", "application/json"};
            case 6 -> new String[] {"", "{\"itemId\":" + wrongType(random) + ",\"text\":" + wrongType(random) + "}", "application/json"};
            case 7 -> new String[] {"", damage(random, "{\"itemId\":" + quote(itemId) + ",\"text\":" + quote(text) + "}",
                1 + random.nextInt(4)), "application/json"};
            case 8 -> new String[] {"", "{\"itemId\":" + quote(itemId) + ",\"text\":" + quote(text) + "}",
                List.of("text/plain", "application/xml", "text/csv").get(random.nextInt(3))};
            case 9 -> new String[] {"edit", "{\"text\":" + quote(text) + "}", "application/json"};
            case 10 -> new String[] {"edit", "{\"text\":" + wrongType(random) + "}", "application/json"};
            default -> new String[] {"edit", random.nextBoolean() ? wrongType(random) : garbage(random), "application/json"};
        };
    }

    /** {@code text} as a JSON string literal, escaping only what JSON requires (so lone surrogates and controls stay raw). */
    private static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    private static String wrongType(Random random) {
        return List.of("42", "\"text\"", "[]", "{}", "null", "true", "[[]]", "{\"a\":1}", "-1", "0.5").get(random.nextInt(10));
    }

    /** Replaces a random JSON value (a string or number after a colon) with {@code replacement}. */
    private static String replaceValue(Random random, String json, String replacement) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int colon = json.indexOf(':', random.nextInt(json.length()));
            if (colon < 0) {
                continue;
            }
            int start = colon + 1;
            int end = start;
            if (end < json.length() && json.charAt(end) == '"') {
                end = json.indexOf('"', end + 1) + 1;
            } else {
                while (end < json.length() && "-0123456789.eE+truefalsn".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
            }
            if (end > start) {
                return json.substring(0, start) + replacement + json.substring(end);
            }
        }
        return replacement;
    }

    private static String deep(Random random) {
        int depth = 20 + random.nextInt(random.nextBoolean() ? 100 : 20_000);
        boolean arrays = random.nextBoolean();
        StringBuilder s = new StringBuilder("{\"schemaVersion\":1,\"title\":");
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "[" : "{\"a\":");
        }
        s.append("1");
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "]" : "}");
        }
        return s.append('}').toString();
    }

    private static String insertIntoString(Random random, String text, String nasty) {
        int quote = text.indexOf("\":\"", random.nextInt(text.length()));
        if (quote < 0) {
            quote = text.indexOf("\":\"");
        }
        return text.substring(0, quote + 3) + nasty + text.substring(quote + 3);
    }

    private static String insertAnywhere(Random random, String text, String nasty) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + nasty + text.substring(at);
    }

    private static String damage(Random random, String text, int times) {
        StringBuilder s = new StringBuilder(text);
        String syntax = "{}[]\":,\\<>&;/ \u0000\uFFFD";
        for (int i = 0; i < times && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, syntax.charAt(random.nextInt(syntax.length())));
                default -> s.setCharAt(at, syntax.charAt(random.nextInt(syntax.length())));
            }
        }
        return s.toString();
    }

    private static String garbage(Random random) {
        return List.of(",", "}", "]", "{}", " trailing", "\u0000", "/* c */").get(random.nextInt(7));
    }
}
