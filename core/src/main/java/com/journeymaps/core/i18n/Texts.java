package com.journeymaps.core.i18n;

/**
 * User-facing text by i18n key. Every word the app shows a person (template names, validation
 * messages, diff summaries, labels) is looked up here, never written in code. The keys read
 * {@code journeymaps.<feature>.<element>} and are the same in Java, Soy and TypeScript.
 *
 * <p>Each host supplies its own: Confluence through its {@code I18nResolver}, the standalone
 * server and the tests through {@link BundleTexts} on the shared bundle {@code i18n/journeymaps}.
 */
@FunctionalInterface
public interface Texts {

    /**
     * The text for {@code key} in the caller's language with {@code {0}}, {@code {1}}… replaced by
     * {@code args}; the key itself when the bundle has no such entry, so a missing translation is
     * visible rather than blank.
     */
    String getText(String key, Object... args);
}
