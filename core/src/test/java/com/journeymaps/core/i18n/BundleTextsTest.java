package com.journeymaps.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundleTextsTest {

    @Test
    void getText_formatsArgumentsInTheRequestedLanguage() {
        assertThat(BundleTexts.forLocale(Locale.ENGLISH).getText("journeymaps.standalone.landing.version", "1.2"))
                .isEqualTo("Version 1.2");
        assertThat(BundleTexts.forLocale(Locale.GERMAN).getText("journeymaps.app.name"))
                .isEqualTo("Journey Maps f\u00fcr Confluence");
    }

    @Test
    void getText_fallsBackToEnglishNotToTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(BundleTexts.forLocale(Locale.JAPANESE).getText("journeymaps.app.name"))
                    .isEqualTo("Journey Maps for Confluence");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void getText_returnsTheKeyWhenMissing() {
        assertThat(BundleTexts.forLocale(Locale.ENGLISH).getText("journeymaps.no.such.key"))
                .isEqualTo("journeymaps.no.such.key");
    }

    @Test
    void germanBundle_hasEveryEnglishKey() throws IOException {
        Properties en = load("/i18n/journeymaps.properties");
        Properties de = load("/i18n/journeymaps_de.properties");
        assertThat(de.stringPropertyNames()).containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).containsAll(de.stringPropertyNames());
    }

    /**
     * BundleTexts formats numbers in plain {@code {n}} slots itself (with one cached NumberFormat) instead of
     * letting MessageFormat make a new one per number, and keeps small integers once formatted; the result must be
     * MessageFormat's own, for every key of both bundles and numbers, text and mixed arguments, in English and
     * German.
     */
    @Test
    void getText_formatsEveryKeyExactlyAsMessageFormatDoes() throws IOException {
        Object[][] argumentSets = {
                {1234567, -3, 2.5, 0L, 1},
                {1, 2, 3, 4, 5},
                {0, 255, 256, 10239, 10240}, // integers below 10,240 are formatted once per pattern and kept
                {10239, 256, 255, 0, -1}, // the same again, read back from what was kept
                {"text {0}", 1234, "x", 7, 0.125},
                {12345.678, "<b>", 1, 99999L, "!"},
                {"only one"}, // the other slots are missing: MessageFormat writes "{1}" and so on
                {null, 3, null, "x", null},
                {new java.util.Date(0), "a", java.math.BigDecimal.TEN, true, 'c'}, // left to MessageFormat
                {"'quoted' {1}", "\uFDD0", 1.5f, Short.valueOf((short) 7), new StringBuilder("sb")},
        };
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            BundleTexts texts = BundleTexts.forLocale(locale);
            Properties bundle = load(locale == Locale.ENGLISH ? "/i18n/journeymaps.properties"
                    : "/i18n/journeymaps_de.properties");
            int compared = 0;
            for (String key : bundle.stringPropertyNames()) {
                for (Object[] args : argumentSets) {
                    String expected;
                    try {
                        expected = new java.text.MessageFormat(bundle.getProperty(key), locale).format(args);
                    } catch (IllegalArgumentException e) {
                        expected = "refused";
                    }
                    String actual;
                    try {
                        actual = texts.getText(key, args.clone());
                    } catch (IllegalArgumentException e) {
                        actual = "refused";
                    }
                    assertThat(actual).as("%s %s %s", locale, key, java.util.Arrays.toString(args)).isEqualTo(expected);
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(1000);
            assertThat(texts.getText("journeymaps.diff.summary.more", 1234, 1234))
                    .isEqualTo(locale == Locale.ENGLISH ? "1,234 and 1,234 more changes" : "1.234 und 1.234 weitere Änderungen");
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
