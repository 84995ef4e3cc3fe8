package com.atlassian.confluence.api.model.content.id;

/**
 * STUB (compile only). The id of a piece of content in the Java API model. Class.
 *
 * <p>Source: {@code Content.getId().asLong()} in Confluence's own decompiled code. UNCONFIRMED: its own page was not read.
 */
public class ContentId {

    private ContentId() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    /** Source: see type comment. */
    public long asLong() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
