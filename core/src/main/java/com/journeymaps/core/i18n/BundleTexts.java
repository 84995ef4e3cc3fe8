package com.journeymaps.core.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
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
    private final Map<String, Pattern> formats = new ConcurrentHashMap<>();

    /**
     * A parsed pattern, which of its argument slots have no format of their own, and the number format for
     * those: {@link MessageFormat} itself makes a new {@code NumberFormat.getInstance(locale)} (with its
     * symbols) for every number in such a slot, a third of a small map's text formatting (JFR). Like the
     * pattern's own formats it is not thread-safe; both are used under the pattern's lock only.
     */
    private record Pattern(MessageFormat format, boolean[] plainSlots, NumberFormat plainNumbers) {

        static Pattern of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, locale);
            Format[] slots = format.getFormatsByArgumentIndex();
            boolean[] plain = new boolean[slots.length];
            for (int i = 0; i < slots.length; i++) {
                plain[i] = slots[i] == null;
            }
            return new Pattern(format, plain, NumberFormat.getInstance(locale));
        }

        String format(Object[] args) {
            Object[] values = args;
            for (int i = 0; i < args.length && i < plainSlots.length; i++) {
                // exactly MessageFormat's own choice for a Number in a slot without a format
                if (plainSlots[i] && args[i] instanceof Number number) {
                    if (values == args) {
                        values = args.clone();
                    }
                    values[i] = plainNumbers.format(number);
                }
            }
            return format.format(values);
        }
    }

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
        Pattern format = formats.computeIfAbsent(key, k -> Pattern.of(pattern, locale));
        synchronized (format) { // a MessageFormat (and the number formats in it) is not thread-safe
            return format.format(args);
        }
    }
}
