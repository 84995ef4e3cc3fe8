package com.journeymaps.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Texts} from the app's own properties bundle ({@value #BUNDLE}) in one locale. */
public final class BundleTexts implements Texts {

    /** Base name of the bundle shipped in core and declared as the plugin's i18n resource. */
    public static final String BUNDLE = "i18n.journeymaps";

    private final ResourceBundle bundle;
    private final Locale locale;
    /**
     * Parsed patterns by key: a large map's render formats thousands of texts with arguments, and
     * parsing the pattern every time was a tenth of it (JFR, docs/performance.md). Bounded by the
     * bundle's keys.
     */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private BundleTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle for {@code locale}, falling back to English (the base bundle), never the JVM default. */
    public static BundleTexts forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, BundleTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new BundleTexts(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether the bundle (or its English base) defines {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    @Override
    public String getText(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        synchronized (format) { // a MessageFormat (and the number formats in it) is not thread-safe
            return format.format(args);
        }
    }
}
