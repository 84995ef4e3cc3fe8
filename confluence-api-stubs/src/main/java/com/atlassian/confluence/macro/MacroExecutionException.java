package com.atlassian.confluence.macro;

/**
 * STUB (compile only). "Thrown when there is an error executing a macro." A checked exception.
 *
 * <p>Source: https://docs.atlassian.com/atlassian-confluence/5.7.1/com/atlassian/confluence/macro/MacroExecutionException.html
 * ({@code public class MacroExecutionException extends Exception}, four constructors); still thrown by
 * {@code Macro.execute} in https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.1/com/atlassian/confluence/macro/class-use/MacroExecutionException.html.
 */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException() {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    public MacroExecutionException(String message) {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    public MacroExecutionException(String message, Throwable cause) {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }

    public MacroExecutionException(Throwable cause) {
        throw new UnsupportedOperationException("compile-time stub of Confluence's API");
    }
}
