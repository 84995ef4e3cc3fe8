package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's way to run the product: {@code java -jar journeymaps-standalone.jar}. Started as its
 * own process, asked for its health, then stopped with SIGTERM, which must shut it down cleanly.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "journeymaps-standalone.jar");

    @TempDir
    Path data;

    @TempDir
    Path logs;

    @Test
    void jar_startsServesHealthAndStopsCleanlyOnSigterm() throws Exception {
        assertThat(JAR).as("the shaded jar is built in the package phase").exists();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(java.util.jar.JarEntry::getName))
                    .as("no Atlassian class ships in the standalone jar").noneMatch(n -> n.startsWith("com/atlassian/"));
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // Output goes to a file, as it would under a service manager; read once the process has ended.
        Path log = logs.resolve("server.log");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--port", String.valueOf(port),
                "--data", data.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = null;
            for (int attempt = 0; attempt < 120 && health == null; attempt++) {
                try {
                    health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertThat(health).as("server answered within 30 s; output: %s", Files.readString(log)).isNotNull();
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(Files.readString(log)).as("demo accounts are printed once").contains("emma / Emma-Demo-1");

            process.destroy(); // SIGTERM on Linux
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s after SIGTERM").isTrue();
            assertThat(Files.readString(log)).contains("Stopping Journey Maps").contains("Journey Maps stopped");
            // The lock was released: the data directory can be opened again.
            assertThat(Files.exists(data.resolve("journeymaps.mv.db"))).isTrue();
            try (var again = com.journeymaps.standalone.store.DataDirectory.open(data)) {
                assertThat(again.path()).isNotNull();
            }
        } finally {
            process.destroyForcibly();
        }
    }
}
