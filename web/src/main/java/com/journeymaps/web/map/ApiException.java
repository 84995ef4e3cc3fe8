package com.journeymaps.web.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A request the app refuses, for a reason the caller can act on: what went wrong (a stable
 * {@link #code()} and a sentence in the caller's language), the HTTP status that says it, and the
 * details (each with where, when known). Every REST error leaves as one of these, through one
 * exception mapper, as {@code {code, message, details[]}}. Nothing was changed when it is thrown.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<ErrorDetail> details;
    private final transient JsonNode conflicts;

    public ApiException(int status, String code, String message, List<ErrorDetail> details) {
        this(status, code, message, details, null);
    }

    /** With {@code conflicts}: the machine form of merge conflicts (both values of each), for a UI to resolve. */
    public ApiException(int status, String code, String message, List<ErrorDetail> details, JsonNode conflicts) {
        super(message);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.details = List.copyOf(details);
        this.conflicts = conflicts;
    }

    public Optional<JsonNode> conflicts() {
        return Optional.ofNullable(conflicts);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ErrorDetail> details() {
        return details;
    }
}
