package com.journeymaps.standalone.render;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The language of the request being served, as Confluence keeps the current user's locale for its
 * own {@code getText}: set when a request arrives, read while it renders, cleared after. Only the
 * languages we ship are offered; anything else gets English.
 */
public final class RequestTexts implements Supplier<Texts> {

    /** Languages with a bundle, in preference order when a browser accepts several equally. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final ThreadLocal<Locale> current = new ThreadLocal<>();
    private final Map<Locale, BundleTexts> bundles = new ConcurrentHashMap<>();

    /** Picks the best supported language for an {@code Accept-Language} header (null or empty: English). */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    public void set(Locale locale) {
        current.set(locale);
    }

    public void clear() {
        current.remove();
    }

    public Locale locale() {
        Locale locale = current.get();
        return locale == null ? Locale.ENGLISH : locale;
    }

    @Override
    public Texts get() {
        return bundles.computeIfAbsent(locale(), BundleTexts::forLocale);
    }
}
