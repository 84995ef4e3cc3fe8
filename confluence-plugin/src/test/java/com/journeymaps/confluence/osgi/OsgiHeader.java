package com.journeymaps.confluence.osgi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses an OSGi manifest header such as Import-Package into clauses (OSGi Core R8, 3.2.4 Common Header Syntax). */
record OsgiHeader(String name, Map<String, String> attributes, Map<String, String> directives) {

    static List<OsgiHeader> parse(String header) {
        List<OsgiHeader> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive < attribute + 1) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(part.substring(0, attribute).trim(), unquote(part.substring(attribute + 1)));
                } else {
                    names.add(part.trim());
                }
            }
            for (String name : names) {
                clauses.add(new OsgiHeader(name, attributes, directives));
            }
        }
        return clauses;
    }

    boolean optional() {
        return "optional".equals(directives.get("resolution"));
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.startsWith("\"") && trimmed.endsWith("\"") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().trim());
        }
        return parts;
    }
}
