package com.journeymaps.standalone;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a standalone server is started: the port it listens on and the data directory that holds its
 * database. {@code port} 0 picks a free port (tests use it).
 */
public record StandaloneConfig(String host, int port, Path dataDirectory, boolean demoContent) {

    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_DATA_DIRECTORY = "journeymaps-data";
    /** Loopback only by default: nothing is exposed to the network unless asked for with --host. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public StandaloneConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    public static StandaloneConfig defaults() {
        return new StandaloneConfig(DEFAULT_HOST, DEFAULT_PORT, Path.of(DEFAULT_DATA_DIRECTORY), true);
    }

    public StandaloneConfig withPort(int newPort) {
        return new StandaloneConfig(host, newPort, dataDirectory, demoContent);
    }

    public StandaloneConfig withDataDirectory(Path newDataDirectory) {
        return new StandaloneConfig(host, port, newDataDirectory, demoContent);
    }

    public StandaloneConfig withHost(String newHost) {
        return new StandaloneConfig(newHost, port, dataDirectory, demoContent);
    }

    public StandaloneConfig withDemoContent(boolean newDemoContent) {
        return new StandaloneConfig(host, port, dataDirectory, newDemoContent);
    }
}
