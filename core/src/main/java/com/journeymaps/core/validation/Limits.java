package com.journeymaps.core.validation;

/**
 * The size limits of one map. They keep a page body, a render and a merge bounded no matter what
 * is pasted or posted; each one breached is reported as its own problem, never as a crash.
 */
public final class Limits {

    /** Bytes of UTF-8 JSON per map (1 MiB). */
    public static final int MAX_JSON_BYTES = 1024 * 1024;
    /** Nesting depth of arrays and objects in the JSON. */
    public static final int MAX_DEPTH = 32;
    public static final int MAX_STAGES = 200;
    public static final int MAX_TOUCHPOINTS = 5000;
    /** Bytes of UTF-8 per text field (64 KiB). */
    public static final int MAX_TEXT_BYTES = 64 * 1024;

    private Limits() {
    }
}
