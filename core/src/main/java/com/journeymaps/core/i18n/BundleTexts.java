package com.journeymaps.core.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
     *
     * <p>Most patterns have only plain slots ("{0}: {1} ({2})"). Those are also kept as their literal pieces
     * and slot numbers, and are filled in directly when every argument is a string, a number or null: what
     * {@code MessageFormat} does for those, without its field positions and buffers (a large map formats a
     * label per point of its emotion curve). Any other argument goes through the {@code MessageFormat}.
     */
    private record Pattern(MessageFormat format, boolean[] plainSlots, NumberFormat plainNumbers,
                           String[] pieces, int[] slotOrder, String[][] smallIntegers) {

        /**
         * Integers below this are formatted once per pattern and kept, in blocks of {@link #BLOCK} made when first
         * needed: a large map's curve formats a label for every point with its touchpoint's number, and the number
         * format was a third of that (JFR).
         */
        static final int SMALL_INTEGERS = 10_240;
        static final int BLOCK = 256;

        /** Marks a slot while the pieces are found: noncharacters, which no bundle text contains. */
        private static final char OPEN = '\uFDD0';
        private static final char CLOSE = '\uFDD1';

        static Pattern of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, locale);
            Format[] slots = format.getFormatsByArgumentIndex();
            boolean[] plain = new boolean[slots.length];
            for (int i = 0; i < slots.length; i++) {
                plain[i] = slots[i] == null;
            }
            String[] pieces = null;
            int[] order = null;
            if (Arrays.stream(format.getFormats()).allMatch(Objects::isNull)
                    && pattern.indexOf(OPEN) < 0 && pattern.indexOf(CLOSE) < 0) {
                Object[] marks = new Object[slots.length];
                for (int i = 0; i < marks.length; i++) {
                    marks[i] = OPEN + Integer.toString(i) + CLOSE;
                }
                String marked = format.format(marks);
                List<String> literal = new ArrayList<>();
                List<Integer> slot = new ArrayList<>();
                int from = 0;
                for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
                    int close = marked.indexOf(CLOSE, open);
                    literal.add(marked.substring(from, open));
                    slot.add(Integer.parseInt(marked.substring(open + 1, close)));
                    from = close + 1;
                }
                literal.add(marked.substring(from));
                pieces = literal.toArray(String[]::new);
                order = slot.stream().mapToInt(Integer::intValue).toArray();
            }
            return new Pattern(format, plain, NumberFormat.getInstance(locale), pieces, order,
                    new String[SMALL_INTEGERS / BLOCK][]);
        }

        String format(Object[] args) {
            if (pieces != null) {
                String filled = fill(args);
                if (filled != null) {
                    return filled;
                }
            }
            Object[] values = args;
            for (int i = 0; i < args.length && i < plainSlots.length; i++) {
                // exactly MessageFormat's own choice for a Number in a slot without a format
                if (plainSlots[i] && args[i] instanceof Number number) {
                    if (values == args) {
                        values = args.clone();
                    }
                    values[i] = plain(number);
                }
            }
            return format.format(values);
        }

        /** {@code number} as the pattern's number format writes it. */
        private String plain(Number number) {
            if (number instanceof Integer integer && integer >= 0 && integer < SMALL_INTEGERS) {
                String[] block = smallIntegers[integer / BLOCK];
                if (block == null) {
                    block = new String[BLOCK];
                    smallIntegers[integer / BLOCK] = block;
                }
                String known = block[integer % BLOCK];
                if (known == null) {
                    known = plainNumbers.format(number);
                    block[integer % BLOCK] = known;
                }
                return known;
            }
            return plainNumbers.format(number);
        }

        /** The pattern filled in as MessageFormat would, or null when an argument needs MessageFormat itself. */
        private String fill(Object[] args) {
            StringBuilder out = new StringBuilder(64);
            out.append(pieces[0]);
            for (int i = 0; i < slotOrder.length; i++) {
                int slot = slotOrder[i];
                if (slot >= args.length) {
                    out.append('{').append(slot).append('}'); // MessageFormat writes a missing argument's slot
                } else {
                    Object value = args[slot];
                    if (value == null || value instanceof String) {
                        out.append((String) value); // "null" for null, as MessageFormat writes
                    } else if (value instanceof Number number) {
                        out.append(plain(number));
                    } else {
                        return null;
                    }
                }
                out.append(pieces[i + 1]);
            }
            return out.toString();
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
