package com.journeymaps.web.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputModeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "display, INTERACTIVE", "preview, INTERACTIVE", "DISPLAY, INTERACTIVE",
        "pdf, STATIC", "word, STATIC", "html_export, STATIC", "email, STATIC", "feed, STATIC",
        "diff, STATIC", "something-new, STATIC", "NULL, STATIC"})
    void forConfluenceOutputType_isInteractiveOnlyForPageViewAndPreview(String outputType, OutputMode expected) {
        assertThat(OutputMode.forConfluenceOutputType(outputType)).isEqualTo(expected);
    }
}
