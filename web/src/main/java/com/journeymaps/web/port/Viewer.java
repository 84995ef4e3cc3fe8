package com.journeymaps.web.port;

import com.journeymaps.core.i18n.Texts;
import java.util.Optional;

/**
 * The person the current request is made by, as the host knows them: who they are, what they may
 * do with a page, and the language they read. Hosts answer for the request being served on the
 * calling thread (Confluence's authenticated-user thread local; the standalone server's session),
 * so one instance serves every request.
 */
public interface Viewer {

    /** The signed-in person's username; empty for an anonymous visitor. */
    Optional<String> username();

    /** Whether the current person may do {@code permission} with the page. False for missing pages. */
    boolean can(PagePermission permission, long pageId);

    /** Text in the current person's language. */
    Texts texts();

    /** Whether the host is in read-only mode, when nothing may be changed by anyone. */
    default boolean readOnly() {
        return false;
    }
}
