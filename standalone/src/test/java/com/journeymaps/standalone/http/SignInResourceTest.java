package com.journeymaps.standalone.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInResourceTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "https://evil.example/, /", "//evil.example/, /", "'/\\evil.example', /", "javascript:alert(1), /",
        "NULL, /", "'', /", "/pages/1, /pages/1", "/?q=1, /?q=1"})
    void safeNext_keepsOnlyPathsOnThisServer(String next, String expected) {
        assertThat(SignInResource.safeNext(next)).isEqualTo(expected);
    }
}
