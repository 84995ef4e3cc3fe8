package com.atlassian.confluence.core;

/**
 * STUB (compile only). The change {@code ContentEntityManager.saveNewVersion} applies to content while it writes a new
 * version. Interface.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/Modification.html
 * ({@code interface Modification<T extends ContentEntityObject>}, {@code void modify(T content)}); notes section 4.
 */
public interface Modification<T extends ContentEntityObject> {

    void modify(T content);
}
