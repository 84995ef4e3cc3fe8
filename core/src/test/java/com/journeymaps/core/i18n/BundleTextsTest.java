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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
