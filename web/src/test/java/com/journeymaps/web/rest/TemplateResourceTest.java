package com.journeymaps.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.template.Templates;
import com.journeymaps.web.port.Viewer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link TemplateResource}: every template, worded in the caller's language. */
class TemplateResourceTest {

    private static JsonNode templates(Locale locale) {
        Viewer viewer = mock(Viewer.class);
        when(viewer.texts()).thenReturn(BundleTexts.forLocale(locale));
        return ResourceFixture.json(new TemplateResource(viewer).list()).get("templates");
    }

    @Test
    void listsEveryTemplateWithNameDescriptionAndStages() {
        JsonNode english = templates(Locale.ENGLISH);

        assertThat(english).hasSize(Templates.all().size());
        for (JsonNode template : english) {
            assertThat(template.get("id").asText()).isNotBlank();
            assertThat(template.get("name").asText()).isNotBlank().doesNotContain("journeymaps.");
            assertThat(template.get("description").asText()).isNotBlank().doesNotContain("journeymaps.");
            assertThat(template.get("stages")).isNotEmpty();
            template.get("stages").forEach(stage -> assertThat(stage.asText()).doesNotContain("journeymaps."));
        }
    }

    @Test
    void wordsTemplatesInTheCallersLanguage() {
        JsonNode english = templates(Locale.ENGLISH);
        JsonNode german = templates(Locale.GERMAN);

        assertThat(german).hasSameSizeAs(english);
        assertThat(german.get(0).get("id")).isEqualTo(english.get(0).get("id"));
        assertThat(german.get(0).get("name").asText()).isNotEqualTo(english.get(0).get("name").asText());
    }
}
