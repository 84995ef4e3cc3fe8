package com.journeymaps.core.storage;

import java.util.Objects;

/**
 * One {@code <ac:parameter ac:name="...">value</ac:parameter>} of a macro.
 *
 * @param name  the decoded {@code ac:name}; the empty string for Confluence's unnamed default parameter
 * @param value the decoded text content (entities and character references resolved)
 * @param range the whole {@code ac:parameter} element in the source
 */
public record MacroParameter(String name, String value, SourceRange range) {

    public MacroParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
    }
}
