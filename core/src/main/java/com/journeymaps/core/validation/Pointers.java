package com.journeymaps.core.validation;

/** Builds JSON Pointers (RFC 6901) segment by segment. */
public final class Pointers {

    private Pointers() {
    }

    /** {@code base} extended by one property name or array index, escaped as RFC 6901 requires. */
    public static String child(String base, Object segment) {
        String s = String.valueOf(segment);
        if (s.indexOf('~') >= 0 || s.indexOf('/') >= 0) {
            s = s.replace("~", "~0").replace("/", "~1");
        }
        return base + "/" + s;
    }

    /**
     * Where a value is, as {@link #child} would build its pointer segment by segment, but written only when
     * {@link #pointer()} is asked for, typically when a problem is reported. A valid map has no problem, and
     * writing a pointer string for every element and field was about a fifth of validating a large map and a
     * share of reading one (JFR, docs/performance.md, sessions 4 and 5).
     */
    public static final class Path {
        /** The document itself: pointer {@code ""}. */
        public static final Path ROOT = new Path(null, null, 0);

        private final Path parent;
        private final String name;
        private final int index;

        private Path(Path parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        public Path child(String property) {
            return new Path(this, property, 0);
        }

        public Path child(int position) {
            return new Path(this, null, position);
        }

        public String pointer() {
            return parent == null ? "" : Pointers.child(parent.pointer(), name != null ? name : (Object) index);
        }
    }
}
