package com.journeymaps.core.storage;

/** No journey-map or persona macro on the page carries the requested id. */
public class MacroNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;

    MacroNotFoundException(String id) {
        super("no journey-map or journey-persona macro with id '" + id + "' on this page");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
