package com.journeymaps.standalone.render;

import com.google.template.soy.data.LoggingAdvisingAppendable;
import com.google.template.soy.data.SoyAbstractValue;
import com.google.template.soy.data.SoyRecord;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.SoyValueConverter;
import com.google.template.soy.data.SoyValueProvider;
import com.google.template.soy.data.internal.ListImpl;
import com.google.template.soy.data.restricted.BooleanData;
import com.google.template.soy.data.restricted.IntegerData;
import com.google.template.soy.data.restricted.StringData;
import java.io.IOException;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view-model map as a Soy record whose fields become Soy values only when a template reads them.
 *
 * <p>Soy's own conversion ({@link SoyValueConverter#newDictFromMap}) copies every map of the data into an
 * immutable hash map of value providers before the first line is rendered: a fifth of a large map's render
 * (JFR, docs/performance.md), for fields most of which a given template never reads (a lane entry carries
 * 18 fields, each lane reads a handful). This record reads the Java map directly instead. The data is the
 * view model built for this one render and not changed while it runs, so reading it late sees what Soy's
 * copy would have seen. Values that are not maps or lists go through Soy's own converter (with our
 * {@link TrustedHtml} hook), so a field reads exactly as it would from Soy's copy.
 */
final class LazyRecord extends SoyAbstractValue implements SoyRecord {

    private final Map<String, ?> fields;
    private final SoyValueConverter converter;
    /** Lists already converted, by field: a template usually tests a list before looping over it. */
    private Map<String, SoyValueProvider> lists;

    private LazyRecord(Map<String, ?> fields, SoyValueConverter converter) {
        this.fields = fields;
        this.converter = converter;
    }

    /** The top-level data of a render: its values as Soy reads them, maps and lists left lazy. */
    static Map<String, SoyValueProvider> data(Map<String, ?> data, SoyValueConverter converter) {
        Map<String, SoyValueProvider> converted = new HashMap<>(Math.max(16, data.size() * 2));
        data.forEach((name, value) -> converted.put(name, convert(value, converter)));
        return converted;
    }

    /**
     * The value as Soy reads it. The common kinds are tested first and by class: an {@code instanceof} test
     * against an interface ({@code Map}, {@code Collection}, Soy's {@code SoyValueProvider}) that fails scans
     * the value's class's interfaces, and Soy's converter makes three such tests for every string, which
     * was most of reading a field (JFR, docs/performance.md). Strings, integers and booleans become what
     * Soy's converter makes of them ({@code convertPrimitive}: {@code StringData.forValue} and so on).
     */
    private static SoyValueProvider convert(Object value, SoyValueConverter converter) {
        if (value instanceof String text) {
            return StringData.forValue(text);
        }
        if (value instanceof Integer number) {
            return IntegerData.forValue(number);
        }
        if (value instanceof Boolean flag) {
            return BooleanData.forValue(flag);
        }
        if (value instanceof AbstractMap<?, ?> || value instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked") // view models are keyed by field name, as Soy's own conversion requires
            Map<String, ?> fields = (Map<String, ?>) value;
            return new LazyRecord(fields, converter);
        }
        if (value instanceof AbstractCollection<?> || value instanceof Collection<?>) {
            Collection<?> items = (Collection<?>) value;
            List<SoyValueProvider> list = new ArrayList<>(items.size());
            for (Object item : items) {
                list.add(convert(item, converter));
            }
            return ListImpl.forProviderList(list);
        }
        return converter.convert(value);
    }

    @Override
    public boolean hasField(String name) {
        return fields.containsKey(name);
    }

    @Override
    public SoyValue getField(String name) {
        SoyValueProvider provider = getFieldProvider(name);
        return provider == null ? null : provider.resolve();
    }

    @Override
    public SoyValueProvider getFieldProvider(String name) {
        Object value = fields.get(name);
        if (value instanceof String text) { // most fields: no further type tests
            return StringData.forValue(text);
        }
        if (value == null && !fields.containsKey(name)) {
            return null;
        }
        if (value instanceof AbstractCollection<?> || value instanceof Collection<?>) {
            if (lists == null) {
                lists = new HashMap<>();
            }
            return lists.computeIfAbsent(name, key -> convert(value, converter));
        }
        return convert(value, converter);
    }

    @Override
    public boolean coerceToBoolean() {
        return true; // a record is truthy, as Soy's own dicts are
    }

    @Override
    public String coerceToString() {
        return fields.toString();
    }

    @Override
    public void render(LoggingAdvisingAppendable appendable) throws IOException {
        appendable.append(coerceToString());
    }

    @Override
    public boolean equals(Object other) {
        return this == other; // identity, as for Soy's own dicts
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
