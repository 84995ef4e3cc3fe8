package com.journeymaps.standalone.store;

import java.sql.SQLException;

/** The database failed in a way the caller cannot repair; the transaction was rolled back. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(SQLException cause) {
        super("database error: " + cause.getMessage(), cause);
    }
}
