package com.journeymaps.web.render.view;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A view-model record whose field names are fixed in advance: a {@link Map} that keeps its values in one
 * array, slot by slot in the order of its {@link Shape}. A large map has thousands of lane entries and cards,
 * each a record of 14 to 18 fields; as hash maps they were a node per field and a fifth of the view model's
 * time, and the templates read every declared field of every entry. Here a record is one small array and a
 * read is a comparison of a few interned names.
 *
 * <p>It behaves as a map of the fields set so far, in shape order (not insertion order); {@code null} is a
 * value like any other. Putting a name that is not in the shape is a programming error and throws. Not
 * thread-safe, as the view model that builds it for one render.
 */
final class FieldMap extends AbstractMap<String, Object> {

    /** The names a kind of record may hold, in the order it iterates them. Shared by every record of that kind. */
    static final class Shape {

        private final String[] names;

        Shape(String... names) {
            if (names.length == 0 || Set.of(names).size() != names.length) {
                throw new IllegalArgumentException("a shape needs distinct field names: " + Arrays.toString(names));
            }
            this.names = names.clone();
        }

        /** The slot of {@code name}, or -1. Names are compile-time constants, so identity almost always decides. */
        int slot(Object name) {
            String[] all = names;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == name) {
                    return i;
                }
            }
            for (int i = 0; i < all.length; i++) {
                if (all[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        List<String> names() {
            return List.of(names);
        }
    }

    /** Marks a slot that holds no field yet (a field may hold {@code null}). */
    private static final Object UNSET = new Object();

    private final Shape shape;
    private final Object[] values;
    private int size;

    FieldMap(Shape shape) {
        this.shape = shape;
        this.values = new Object[shape.names.length];
        Arrays.fill(values, UNSET);
    }

    /**
     * A record of {@code prototype}'s shape holding its fields as they are now: the common start of many records
     * of one render (an array copy instead of a put per field). Later changes to either do not show in the other.
     */
    FieldMap(FieldMap prototype) {
        this.shape = prototype.shape;
        this.values = prototype.values.clone();
        this.size = prototype.size;
    }

    @Override
    public Object get(Object name) {
        int slot = shape.slot(name);
        if (slot < 0) {
            return null;
        }
        Object value = values[slot];
        return value == UNSET ? null : value;
    }

    @Override
    public boolean containsKey(Object name) {
        int slot = shape.slot(name);
        return slot >= 0 && values[slot] != UNSET;
    }

    @Override
    public Object put(String name, Object value) {
        int slot = shape.slot(Objects.requireNonNull(name, "name"));
        if (slot < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a field of this record; its fields are "
                    + shape.names());
        }
        Object previous = values[slot];
        values[slot] = value;
        if (previous == UNSET) {
            size++;
            return null;
        }
        return previous;
    }

    @Override
    public Object remove(Object name) {
        int slot = shape.slot(name);
        if (slot < 0 || values[slot] == UNSET) {
            return null;
        }
        Object previous = values[slot];
        values[slot] = UNSET;
        size--;
        return previous;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);
                    private int last = -1;

                    private int advance(int from) {
                        int slot = from;
                        while (slot < values.length && values[slot] == UNSET) {
                            slot++;
                        }
                        return slot;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        last = next;
                        next = advance(next + 1);
                        int slot = last;
                        return new SimpleEntry<>(shape.names[slot], values[slot]) {
                            @Override
                            public Object setValue(Object value) {
                                values[slot] = value;
                                return super.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last < 0 || values[last] == UNSET) {
                            throw new IllegalStateException();
                        }
                        values[last] = UNSET;
                        size--;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
