package com.journeymaps.standalone.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The form of a CSRF token that goes into a page: the secret XOR-ed with fresh random bytes, which are sent with it.
 * Every page therefore carries a different text for the same secret. Pages are sent compressed, and a page that
 * carries both a secret and text an attacker chose (a page's content, a {@code next} link) would otherwise let the
 * attacker guess the secret from the compressed length, one character at a time, over many requests (BREACH). A
 * masked token gives such guesses nothing to match.
 */
public final class CsrfTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Far longer than any masked token of ours (115 characters for a 43-character secret); longer texts are not decoded. */
    private static final int MAX_MASKED_LENGTH = 256;

    private CsrfTokens() {
    }

    /** The secret as a page should carry it: different every time, {@link #matches matching} the secret always. */
    public static String mask(String secret) {
        byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[plain.length * 2];
        byte[] pad = new byte[plain.length];
        RANDOM.nextBytes(pad);
        for (int i = 0; i < plain.length; i++) {
            masked[i] = pad[i];
            masked[plain.length + i] = (byte) (plain[i] ^ pad[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(masked);
    }

    /**
     * Whether {@code masked}, as a form sent it back, is a {@link #mask masked} form of {@code secret}. Compares in
     * time independent of where the texts differ; anything that is not a masked token (the secret itself included,
     * which no page carries) does not match.
     */
    public static boolean matches(String secret, String masked) {
        if (secret == null || masked == null || masked.isEmpty() || masked.length() > MAX_MASKED_LENGTH) {
            return false;
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(masked);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
        if (plain.length == 0 || raw.length != plain.length * 2) {
            return false;
        }
        byte[] unmasked = new byte[plain.length];
        for (int i = 0; i < plain.length; i++) {
            unmasked[i] = (byte) (raw[i] ^ raw[plain.length + i]);
        }
        return MessageDigest.isEqual(plain, unmasked);
    }
}
