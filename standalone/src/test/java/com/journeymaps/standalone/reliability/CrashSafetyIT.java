package com.journeymaps.standalone.reliability;

import static com.journeymaps.standalone.reliability.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.standalone.StandaloneConfig;
import com.journeymaps.standalone.StandaloneServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, crash safety: the shaded jar runs as its own process while a client streams map saves;
 * the process is killed with SIGKILL in the middle of the stream (no shutdown hook runs), then
 * started again on the same data directory. The database must open and hold no half-written version;
 * and every save acknowledged with 200 before the kill must be there, at the page version the server
 * answered (today it is not: DEFECT-3, the disabled test).
 *
 * <p>{@code -Djourneymaps.reliability.crashes} (default 3) sets how many kill-and-restart rounds run.
 */
class CrashSafetyIT {

    private static final Path JAR = Path.of("target", "journeymaps-standalone.jar");
    private static final int ROUNDS = Integer.getInteger("journeymaps.reliability.crashes", 3);
    /** Bounds of the save stream per round; the kill comes after a random number of acknowledged saves in between. */
    private static final int MIN_ACKED_BEFORE_KILL = 20;
    private static final int MAX_ACKED_BEFORE_KILL = 80;
    private static final int MAX_SAVES_PER_ROUND = 2_000;
    private static final long MAX_SECONDS_PER_ROUND = 60;

    @TempDir
    Path data;

    @TempDir
    Path logs;

    record Acknowledged(String value, int pageVersion) {
    }

    /** What the restarted server holds after the kill rounds. */
    record AfterCrashes(List<Acknowledged> acknowledged, List<String> lost, int newest) {
    }

    @Test
    void sigkillDuringSaves_restartsWithContiguousVersionsThatAllParse() throws Exception {
        AfterCrashes after = killDuringSavesAndRestart();

        // The database opened and its versions are whole (checked inside); and since DEFECT-3 is fixed, no
        // acknowledged save is lost.
        assertThat(after.newest()).isGreaterThan(1);
        assertThat(after.acknowledged()).hasSizeGreaterThanOrEqualTo(ROUNDS * MIN_ACKED_BEFORE_KILL);
        assertThat(after.lost()).as("acknowledged saves missing after the restart").isEmpty();
        int lastAcknowledged = after.acknowledged().stream().mapToInt(Acknowledged::pageVersion).max().orElseThrow();
        assertThat(after.newest()).as("the newest version is at least the last acknowledged one").isGreaterThanOrEqualTo(lastAcknowledged);
    }

    /**
     * Runs the kill rounds, restarts, and checks that the database opens, its versions are 1..N and every
     * one holds a valid map; returns the acknowledged saves and those of them the restarted server lacks.
     */
    private AfterCrashes killDuringSavesAndRestart() throws Exception {
        assertThat(JAR).as("the shaded jar is built in the package phase").exists();
        Random random = new Random(Long.getLong("journeymaps.reliability.seed", System.nanoTime()));
        List<Acknowledged> acknowledged = new ArrayList<>();
        long pageId = -1;
        for (int round = 1; round <= ROUNDS; round++) {
            int killAfter = MIN_ACKED_BEFORE_KILL + random.nextInt(MAX_ACKED_BEFORE_KILL - MIN_ACKED_BEFORE_KILL + 1);
            Path log = logs.resolve("server-" + round + ".log");
            int port = freePort();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toString(), "--port", String.valueOf(port), "--data", data.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                URI base = URI.create("http://127.0.0.1:" + port + "/");
                assertThat(awaitHealth(base)).as("round %d: server answered within 30 s after %s; output: %s", round,
                        round == 1 ? "a fresh start" : "a SIGKILL", Files.readString(log)).isTrue();
                ApiClient emma = ApiClient.signedIn(base, "emma", "Emma-Demo-1");
                pageId = emma.pageIdTitled(ConcurrentEditorsIT.DEMO_MAP_PAGE);
                String mapUrl = mapUrl(pageId);

                ConcurrentLinkedQueue<Acknowledged> acked = new ConcurrentLinkedQueue<>();
                AtomicBoolean serverGone = new AtomicBoolean();
                int thisRound = round;
                Thread stream = new Thread(() -> streamSaves(emma, mapUrl, thisRound, acked, serverGone), "save-stream-" + round);
                stream.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS_PER_ROUND);
                while (acked.size() < killAfter && stream.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(stream.isAlive()).as("round %d: the save stream was still running at the kill", round).isTrue();
                process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean database close
                assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("killed process ended").isTrue();
                stream.join(TimeUnit.SECONDS.toMillis(40));
                assertThat(stream.isAlive()).as("save stream ended after the kill").isFalse();
                acknowledged.addAll(acked);
                System.out.printf("CrashSafetyIT round %d: killed after %d acknowledged saves (target %d), last acknowledged version %d%n",
                        round, acked.size(), killAfter, acked.stream().mapToInt(Acknowledged::pageVersion).max().orElse(-1));
            } finally {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        }

        // Restart on the same data directory, this time in-process, and look at every version.
        try (StandaloneServer server = new StandaloneServer(new StandaloneConfig("127.0.0.1", 0, data, true, 4))) {
            server.start();
            ApiClient emma = ApiClient.signedIn(server.baseUri(), "emma", "Emma-Demo-1");
            assertThat(emma.get("health").body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
            String mapUrl = mapUrl(pageId);
            JsonNode current = json(emma.get(mapUrl));
            int newest = current.get("pageVersion").asInt();
            int lastAcknowledged = acknowledged.stream().mapToInt(Acknowledged::pageVersion).max().orElseThrow();
            System.out.printf("CrashSafetyIT: %d rounds, %d acknowledged saves, newest version after restart %d, last acknowledged %d%n",
                    ROUNDS, acknowledged.size(), newest, lastAcknowledged);

            assertThat(ConcurrentEditorsIT.pageHistoryVersions(emma, pageId)).as("page versions are contiguous 1..N")
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, newest).boxed().toList());
            List<String> broken = new ArrayList<>();
            for (int version = 1; version <= newest; version++) {
                HttpResponse<String> read = emma.get(mapUrl + "/versions/" + version);
                JsonNode body = read.statusCode() == 200 ? json(read) : null;
                if (body == null || !body.get("problems").isEmpty() || body.get("map").isNull()) {
                    broken.add("v" + version + ": " + read.statusCode() + " " + read.body());
                }
            }
            assertThat(broken).as("every version holds a map that parses and validates").isEmpty();
            assertThat(current.get("problems")).isEmpty();
            List<String> lost = new ArrayList<>();
            for (Acknowledged save : acknowledged) {
                HttpResponse<String> atVersion = emma.get(mapUrl + "/versions/" + save.pageVersion());
                String holds = atVersion.statusCode() == 200 ? json(atVersion).at("/map/objective").asText() : "(no such version)";
                if (!holds.equals(save.value())) {
                    lost.add("v" + save.pageVersion() + " acknowledged \"" + save.value() + "\" but holds \"" + holds + "\"");
                }
            }
            System.out.printf("CrashSafetyIT: %d of %d acknowledged saves missing after the restarts: %s%n",
                    lost.size(), acknowledged.size(), lost);
            return new AfterCrashes(acknowledged, lost, newest);
        }
    }

    /** Saves the map objective again and again, each time from the version the last save answered, until the server is gone. */
    private static void streamSaves(ApiClient client, String mapUrl, int round, ConcurrentLinkedQueue<Acknowledged> acked,
                                    AtomicBoolean serverGone) {
        try {
            JsonNode read = json(client.get(mapUrl));
            int base = read.get("pageVersion").asInt();
            ObjectNode map = (ObjectNode) read.get("map");
            for (int i = 0; i < MAX_SAVES_PER_ROUND; i++) {
                String value = "round " + round + " save " + i;
                map.put("objective", value);
                HttpResponse<String> saved = client.put(mapUrl + "?baseVersion=" + base, map.toString());
                if (saved.statusCode() != 200) {
                    throw new AssertionError("save answered " + saved.statusCode() + ": " + saved.body());
                }
                base = json(saved).get("pageVersion").asInt();
                acked.add(new Acknowledged(value, base));
            }
        } catch (IOException e) {
            serverGone.set(true); // the kill: the request in flight has no answer, so it was not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String mapUrl(long pageId) {
        return ApiClient.REST + "pages/" + pageId + "/maps/" + ConcurrentEditorsIT.MAP_ID;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static boolean awaitHealth(URI base) throws InterruptedException {
        ApiClient anonymous = new ApiClient(base);
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                if (anonymous.get("health").statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }
}
