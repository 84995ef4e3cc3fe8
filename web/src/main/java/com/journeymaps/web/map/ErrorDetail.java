package com.journeymaps.web.map;

/**
 * One thing wrong with a request: where ({@code pointer}, a JSON Pointer into the submitted
 * document; {@code line}/{@code column} when known, else 0) and what, in the caller's language.
 * {@code code} is machine-readable (an i18n key or a conflict kind).
 */
public record ErrorDetail(String pointer, String code, String message, int line, int column) {

    public static ErrorDetail at(String pointer, String code, String message) {
        return new ErrorDetail(pointer, code, message, 0, 0);
    }
}
