package com.journeymaps.confluence.descriptor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The module types, attributes and values atlassian-plugin.xml may use, as data written from the Confluence
 * documentation ({@code src/test/resources/confluence-descriptor-rules.json}, each rule with its source).
 */
record DescriptorRules(List<String> about, Map<String, String> forbidden, Map<String, Rule> rules) {

    static final String RESOURCE = "/confluence-descriptor-rules.json";

    record Rule(
            String source,
            List<String> required,
            List<String> optional,
            Map<String, List<String>> values,
            Map<String, String> pattern,
            List<String> children,
            List<String> requiredChildren,
            Boolean text,
            List<String> textValues,
            String textPattern,
            Boolean textPluginPrefixAllowed,
            Map<String, List<String>> textByName) {

        public List<String> required() {
            return required == null ? List.of() : required;
        }

        public List<String> optional() {
            return optional == null ? List.of() : optional;
        }

        public Map<String, List<String>> values() {
            return values == null ? Map.of() : values;
        }

        public Map<String, String> pattern() {
            return pattern == null ? Map.of() : pattern;
        }

        public List<String> children() {
            return children == null ? List.of() : children;
        }

        public List<String> requiredChildren() {
            return requiredChildren == null ? List.of() : requiredChildren;
        }

        boolean allowsText() {
            return Boolean.TRUE.equals(text);
        }
    }

    static DescriptorRules load() {
        try (InputStream in = DescriptorRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, DescriptorRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
