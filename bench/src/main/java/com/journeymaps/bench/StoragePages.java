package com.journeymaps.bench;

import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import java.util.Random;

/**
 * Deterministic storage-format pages for benchmarks: realistic Confluence content (headings,
 * paragraphs with entities, tables, info and code macros, links) around one journey-map macro in
 * the middle, grown to a requested size. Same seed, same page.
 */
public final class StoragePages {

    public static final String MAP_ID = "jm-bench";

    private StoragePages() {
    }

    /** A page of at least {@code targetChars} characters whose journey-map macro body is {@code mapJson}. */
    public static String page(long seed, int targetChars, String mapJson) {
        Random random = new Random(seed);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        int half = Math.max(0, (targetChars - mapJson.length()) / 2);
        int section = 0;
        while (before.length() < half) {
            section(before, random, section++);
        }
        while (after.length() < half) {
            section(after, random, section++);
        }
        String withoutMap = before + "<p>The map:</p>" + after;
        int at = before.length() + "<p>The map:</p>".length();
        return new StorageFormatCodec().insert(withoutMap, at, MacroSpec.journeyMap(MAP_ID, mapJson));
    }

    private static void section(StringBuilder out, Random random, int n) {
        out.append("<h2>Section ").append(n).append(" &amp; notes</h2>");
        out.append("<p>Customers in segment ").append(random.nextInt(100))
                .append(" said&nbsp;the checkout was <strong>slow</strong> \u2014 see ")
                .append("<ac:link><ri:page ri:content-title=\"Research ").append(n).append("\" /></ac:link>.</p>");
        out.append("<table><tbody>");
        for (int row = 0; row < 4; row++) {
            out.append("<tr><td>").append(random.nextInt(1000)).append("</td><td>Q").append(row + 1)
                    .append(" \u00fcbersicht \uD83D\uDE00</td></tr>");
        }
        out.append("</tbody></table>");
        if (n % 3 == 0) {
            out.append("<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>Remember ")
                    .append(n).append("</p></ac:rich-text-body></ac:structured-macro>");
        } else if (n % 3 == 1) {
            out.append("<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">json</ac:parameter>")
                    .append("<ac:plain-text-body><![CDATA[{\"n\": ").append(n).append("}]]></ac:plain-text-body></ac:structured-macro>");
        } else {
            out.append("<!-- reviewed ").append(n).append(" -->");
        }
    }
}
