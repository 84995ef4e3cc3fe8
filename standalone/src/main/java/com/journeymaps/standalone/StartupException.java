package com.journeymaps.standalone;

/** The server cannot start, for a reason a person can act on (the message says which and where). */
public class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
