package com.journeymaps.standalone.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private static final String SECRET = "q3Zb1sXy0m9V2c8kP4rT7uWwA5dE6fGhJiKlMnOpQrS"; // 43 characters, as randomToken()

    @Test
    void aMaskedToken_matchesItsSecret_andIsDifferentEveryTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String masked = CsrfTokens.mask(SECRET);
            assertThat(CsrfTokens.matches(SECRET, masked)).as(masked).isTrue();
            assertThat(masked).doesNotContain(SECRET).matches("[A-Za-z0-9_-]{115}");
            seen.add(masked);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void aMaskedToken_doesNotMatchAnotherSecret() {
        String masked = CsrfTokens.mask(SECRET);
        assertThat(CsrfTokens.matches(SECRET.replace('q', 'r'), masked)).isFalse();
        assertThat(CsrfTokens.matches(SECRET + "x", masked)).isFalse();
        assertThat(CsrfTokens.matches(SECRET.substring(1), masked)).isFalse();
    }

    @Test
    void anyChangedByte_failsTheMatch() {
        byte[] raw = Base64.getUrlDecoder().decode(CsrfTokens.mask(SECRET));
        for (int i = 0; i < raw.length; i++) {
            byte[] changed = raw.clone();
            changed[i] ^= 0x01;
            String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
            assertThat(CsrfTokens.matches(SECRET, tampered)).as("byte " + i).isFalse();
        }
    }

    @Test
    void whatIsNotAMaskedToken_neverMatches() {
        String masked = CsrfTokens.mask(SECRET);
        assertThat(CsrfTokens.matches(SECRET, SECRET)).as("the secret itself, which no page carries").isFalse();
        assertThat(CsrfTokens.matches(SECRET, null)).isFalse();
        assertThat(CsrfTokens.matches(null, masked)).isFalse();
        assertThat(CsrfTokens.matches(SECRET, "")).isFalse();
        assertThat(CsrfTokens.matches("", CsrfTokens.mask(""))).as("an empty secret").isFalse();
        assertThat(CsrfTokens.matches(SECRET, "not base64 at all!")).isFalse();
        assertThat(CsrfTokens.matches(SECRET, masked.substring(1))).as("cut").isFalse();
        assertThat(CsrfTokens.matches(SECRET, masked + "AAAA")).as("longer").isFalse();
        assertThat(CsrfTokens.matches(SECRET, "A".repeat(10_000))).as("far too long").isFalse();
    }
}
