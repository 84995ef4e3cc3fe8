package com.journeymaps.core.model;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Makes the stable ids every element of a journey map carries: a prefix naming the kind of element
 * and eight random hex digits ({@code st-0c41e9a2}). An id is given once, when the element is
 * created, and never changes afterwards: not when the element is renamed, moved to another stage or
 * reordered, and not when the map is copied with its page. Diff, merge, comments and CSV import all
 * rely on that. Order is never derived from ids.
 *
 * <p>Ids only need to be unique within one map (validation checks that); 32 random bits make a
 * clash within a map of a few thousand elements unlikely, and {@link #next} is told nothing about
 * the map, so callers that must be certain check {@code JourneyMap.allIds()}.
 */
public final class Ids {

    /** What any id in a stored map must look like: short, URL- and CSV-safe. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final LongSupplier random;

    private Ids(LongSupplier random) {
        this.random = random;
    }

    /** Ids from a secure random source, for production use. */
    public static Ids random() {
        SecureRandom random = new SecureRandom();
        return new Ids(random::nextLong);
    }

    /** A repeatable sequence of ids, for tests and for deterministic fixtures. */
    public static Ids seeded(long seed) {
        Random random = new Random(seed);
        return new Ids(random::nextLong);
    }

    public String next(ElementKind kind) {
        Objects.requireNonNull(kind, "kind");
        return kind.prefix() + "-" + String.format("%08x", random.getAsLong() & 0xffffffffL);
    }

    /** Whether {@code id} matches {@link #PATTERN} (checked by hand: validation asks for every element). */
    public static boolean isWellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > 64 || !isAsciiAlphanumeric(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isAsciiAlphanumeric(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
