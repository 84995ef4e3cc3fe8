package com.journeymaps.standalone;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a standalone server is started: the address and port it listens on, the data directory that
 * holds its database, whether a fresh one gets demo content, and bcrypt's cost for passwords.
 * {@code port} 0 picks a free port (tests use it). {@code behindHttpsProxy}: the server sits behind a
 * reverse proxy that terminates TLS, so it trusts that proxy's {@code Forwarded} /
 * {@code X-Forwarded-Proto} headers for the scheme and host (cookies then get {@code Secure}); off by
 * default, because a client talking to the server directly could otherwise pretend to be on TLS.
 */
public record StandaloneConfig(String host, int port, Path dataDirectory, boolean demoContent, int passwordCost,
                               boolean behindHttpsProxy) {

    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_DATA_DIRECTORY = "journeymaps-data";
    /** Loopback only by default: nothing is exposed to the network unless asked for with --host. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** Without a TLS-terminating proxy in front. */
    public StandaloneConfig(String host, int port, Path dataDirectory, boolean demoContent, int passwordCost) {
        this(host, port, dataDirectory, demoContent, passwordCost, false);
    }

    public StandaloneConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (passwordCost < 4 || passwordCost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between 4 and 31, was " + passwordCost);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    /** The defaults; bcrypt at {@link com.journeymaps.standalone.auth.Passwords#DEFAULT_COST}. */
    public static StandaloneConfig defaults() {
        return new StandaloneConfig(DEFAULT_HOST, DEFAULT_PORT, Path.of(DEFAULT_DATA_DIRECTORY), true,
                com.journeymaps.standalone.auth.Passwords.DEFAULT_COST);
    }

    public StandaloneConfig withPort(int newPort) {
        return new StandaloneConfig(host, newPort, dataDirectory, demoContent, passwordCost, behindHttpsProxy);
    }

    public StandaloneConfig withDataDirectory(Path newDataDirectory) {
        return new StandaloneConfig(host, port, newDataDirectory, demoContent, passwordCost, behindHttpsProxy);
    }

    public StandaloneConfig withHost(String newHost) {
        return new StandaloneConfig(newHost, port, dataDirectory, demoContent, passwordCost, behindHttpsProxy);
    }

    /** A cheaper bcrypt cost, for tests that create and sign in many accounts. */
    public StandaloneConfig withPasswordCost(int newCost) {
        return new StandaloneConfig(host, port, dataDirectory, demoContent, newCost, behindHttpsProxy);
    }

    public StandaloneConfig withDemoContent(boolean newDemoContent) {
        return new StandaloneConfig(host, port, dataDirectory, newDemoContent, passwordCost, behindHttpsProxy);
    }

    public StandaloneConfig withBehindHttpsProxy(boolean newBehindHttpsProxy) {
        return new StandaloneConfig(host, port, dataDirectory, demoContent, passwordCost, newBehindHttpsProxy);
    }
}
