package com.journeymaps.core.validation;

import com.journeymaps.core.i18n.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a journey map document, precise enough for a user to find and fix it.
 *
 * <p>{@code pointer} is a JSON Pointer (RFC 6901) into the document ({@code /touchpoints/3/stageId};
 * the empty string is the whole document). {@code code} names the kind of problem; the sentence is
 * the i18n text {@code journeymaps.validation.<code>} formatted with {@code args}. {@code line} and
 * {@code column} (1-based) locate the problem in the JSON text when the problem was found while
 * parsing text; they are 0 when unknown (for example for a map built in code).
 */
public record Problem(String pointer, String code, List<Object> args, int line, int column) {

    /** Prefix of the i18n keys of problem messages. */
    public static final String KEY_PREFIX = "journeymaps.validation.";

    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static Problem at(String pointer, String code, Object... args) {
        return new Problem(pointer, code, Arrays.asList(args), 0, 0);
    }

    public Problem withLocation(int newLine, int newColumn) {
        return new Problem(pointer, code, args, newLine, newColumn);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** The i18n key of this problem's message. */
    public String key() {
        return KEY_PREFIX + code;
    }

    /** The sentence a user reads: {@code "/touchpoints/3/stageId: no stage with id 'st-9'"}. */
    public String message(Texts texts) {
        String text = texts.getText(key(), args.toArray());
        String where = pointer.isEmpty() ? "" : pointer + ": ";
        if (hasLocation()) {
            return where + text + " " + texts.getText(KEY_PREFIX + "location", String.valueOf(line), String.valueOf(column));
        }
        return where + text;
    }

    @Override
    public String toString() {
        return pointer + " " + code + args + (hasLocation() ? " @" + line + ":" + column : "");
    }
}
