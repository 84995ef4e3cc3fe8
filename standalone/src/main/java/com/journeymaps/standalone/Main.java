package com.journeymaps.standalone;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar journeymaps-standalone.jar [--port 8090] [--data journeymaps-data] [--host 127.0.0.1] [--no-demo] [--behind-https-proxy]}.
 * Starts the server, prints where it listens, and stops cleanly on SIGTERM or Ctrl+C.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StandaloneConfig config;
        try {
            config = parse(List.of(args));
        } catch (UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("journeymaps: " + e.getMessage());
            }
            usage(e.getMessage() == null ? System.out : System.err);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        StandaloneServer server = new StandaloneServer(config);
        try {
            server.start();
        } catch (StartupException e) {
            System.err.println("journeymaps: cannot start: " + e.getMessage());
            server.close();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Journey Maps...");
            server.close();
        }, "journeymaps-shutdown"));
        System.out.println("Journey Maps is running at " + server.baseUri() + " (data in "
                + config.dataDirectory().toAbsolutePath().normalize() + "). Stop it with Ctrl+C.");
        server.join();
    }

    static StandaloneConfig parse(List<String> args) throws UsageException {
        StandaloneConfig config = StandaloneConfig.defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> throw new UsageException(null);
                case "--no-demo" -> config = config.withDemoContent(false);
                case "--port" -> config = config.withPort(port(value(args, ++i, arg)));
                case "--data" -> config = config.withDataDirectory(Path.of(value(args, ++i, arg)));
                case "--host" -> config = config.withHost(value(args, ++i, arg));
                case "--behind-https-proxy" -> config = config.withBehindHttpsProxy(true);
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return config;
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 0 to 65535, was '" + value + "'");
        }
    }

    private static void usage(PrintStream out) {
        out.println("""
                Usage: java -jar journeymaps-standalone.jar [options]
                  --port N      port to listen on (default %d; 0 picks a free port)
                  --host ADDR   address to bind (default %s, loopback only)
                  --data DIR    data directory holding the database (default ./%s)
                  --no-demo     do not create the demo space on first start
                  --behind-https-proxy
                                a reverse proxy in front terminates TLS: trust its Forwarded /
                                X-Forwarded-Proto headers (cookies become Secure, HSTS is sent)
                  --help        show this help"""
                .formatted(StandaloneConfig.DEFAULT_PORT, StandaloneConfig.DEFAULT_HOST,
                        StandaloneConfig.DEFAULT_DATA_DIRECTORY));
    }

    /** A command line we cannot run; a null message means help was asked for. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
