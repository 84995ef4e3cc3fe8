package com.journeymaps.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts must read the same whether or not a host runs them through {@link MessageFormat}:
 * {@link BundleTexts} formats only when there are arguments, other hosts may always format. So a
 * text without placeholders contains no apostrophe or brace, and a text with placeholders writes
 * apostrophes doubled and is a valid pattern.
 */
class BundleMessageFormatTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"/i18n/journeymaps.properties", "/i18n/journeymaps_de.properties"})
    void everyText_readsTheSameFormattedOrNot(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            texts.load(in);
        }
        List<String> offending = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (!PLACEHOLDER.matcher(text).find()) {
                if (text.contains("'") || text.contains("{") || text.contains("}")) {
                    offending.add(key);
                }
            } else {
                try {
                    new MessageFormat(text);
                } catch (IllegalArgumentException e) {
                    offending.add(key);
                }
                if (SINGLE_APOSTROPHE.matcher(text).find()) {
                    offending.add(key);
                }
            }
        }
        assertThat(offending).as(resource).isEmpty();
    }
}
