package com.journeymaps.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.validation.Limits;
import com.journeymaps.standalone.security.SecurityFixture.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size and time limits over HTTP: oversized bodies answer 413 naming the limit, oversized maps 422
 * naming the limit (and change nothing), oversized headers are refused, and slow clients holding
 * many sockets (slowloris: headers or body trickled byte by byte) neither starve other people nor
 * keep their sockets for ever. Every loop is bounded in count and time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REQUEST_LIMIT = 8L * 1024 * 1024;

    private SecurityFixture fixture;
    private SecClient emma;
    private String mapPath;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        fixture = SecurityFixture.start(data);
        emma = SecClient.as(fixture.server.baseUri(), Caller.EDITOR);
        mapPath = SecClient.REST + "/pages/" + fixture.openPage + "/maps/" + SecurityFixture.OPEN_MAP;
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void oversizedBodies_get413NamingTheLimit_declaredOrChunked_andChangeNothing() throws Exception {
        int before = version();
        byte[] big = new byte[(int) REQUEST_LIMIT + 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> declared = emma.sendBytes("PUT", mapPath + "?baseVersion=" + before, big,
                "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
        assertTooLarge(declared, REQUEST_LIMIT);

        HttpResponse<String> form = emma.sendBytes("POST", "pages/" + fixture.openPage + "/edit", big,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).as("a form over the limit").isEqualTo(413);
        assertThat(digits(form.body())).contains(String.valueOf(REQUEST_LIMIT));

        // CSV has its own, smaller limit.
        String csv = "name\n" + "x".repeat(2 * 1024 * 1024 + 10);
        HttpResponse<String> importCsv = emma.send("POST", mapPath + "/import/preview", csv,
                "Content-Type", "text/csv", "X-Atlassian-Token", "no-check");
        assertTooLarge(importCsv, 2 * 1024 * 1024);
        assertThat(version()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void oversizedMaps_get422NamingTheLimitAndWhere_andChangeNothing() throws Exception {
        int before = version();
        JsonNode map = JSON.readTree(emma.get(mapPath).body()).get("map");
        String stage = map.get("stages").get(0).get("id").asText();

        ObjectNode tooMany = map.deepCopy();
        ArrayNode touchpoints = tooMany.putArray("touchpoints");
        for (int i = 0; i <= Limits.MAX_TOUCHPOINTS; i++) {
            touchpoints.addObject().put("id", "t" + i).put("stageId", stage).put("name", "n");
        }
        assertLimit(put(tooMany, before), "/touchpoints", Limits.MAX_TOUCHPOINTS);

        ObjectNode tooLong = map.deepCopy();
        tooLong.put("objective", "o".repeat(Limits.MAX_TEXT_BYTES + 1));
        assertLimit(put(tooLong, before), "/objective", Limits.MAX_TEXT_BYTES);

        ObjectNode tooManyStages = map.deepCopy();
        ArrayNode stages = tooManyStages.putArray("stages");
        for (int i = 0; i <= Limits.MAX_STAGES; i++) {
            stages.addObject().put("id", "s" + i).put("name", "s");
        }
        tooManyStages.putArray("touchpoints");
        assertLimit(put(tooManyStages, before), "/stages", Limits.MAX_STAGES);

        ObjectNode tooBig = map.deepCopy();
        ArrayNode lanes = tooBig.withArray("/extraPadding");
        for (int i = 0; i < 40; i++) {
            lanes.add("p".repeat(30_000));
        }
        assertLimit(put(tooBig, before), "", Limits.MAX_JSON_BYTES);
        assertThat(version()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void oversizedHeaders_areRefused_andTheServerStaysUp() throws Exception {
        HttpResponse<String> response = emma.get("health", "X-Padding", "h".repeat(64 * 1024));
        assertThat(response.statusCode()).isEqualTo(431);
        assertThat(emma.get("health", "X-Padding", "h".repeat(12 * 1024)).statusCode()).as("12 KiB of headers are fine").isEqualTo(200);
        assertThat(emma.get("health").statusCode()).isEqualTo(200);
    }

    /**
     * Slowloris on loopback: {@value #SLOW_SOCKETS} sockets send their request headers one line per
     * second and never finish, while as many again send a body one byte per second to an endpoint
     * that reads it (more than the server's 64 request threads). Meanwhile people must still be served
     * every round, and the server must close every slow socket by itself: a request must arrive at
     * 500 bytes a second after its first 10 seconds (SlowRequestGuard), although each of these sockets
     * sends something every second, so the idle timeout alone would never close them.
     */
    @Test
    void slowClients_doNotStarveOthers_andLoseTheirSockets() throws Exception {
        int port = fixture.server.baseUri().getPort();
        List<Socket> slowHeaders = new ArrayList<>();
        List<Socket> slowBodies = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_SOCKETS; i++) {
                slowHeaders.add(open(port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
                slowBodies.add(open(port, "PUT /" + mapPath + "?baseVersion=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nX-Atlassian-Token: no-check\r\nContent-Length: 100000\r\n\r\n{"));
            }
            int served = 0;
            int refused = 0;
            // Bounded: at most 30 rounds of about a second, or 45 s; the guard needs 10 s plus one sweep.
            long deadline = System.nanoTime() + 45_000_000_000L;
            int rounds = 0;
            int openHeaders = SLOW_SOCKETS;
            int openBodies = SLOW_SOCKETS;
            long slowestHealthMs = 0;
            long began = System.nanoTime();
            long allClosedAfterMs = -1;
            while (rounds < 30 && System.nanoTime() < deadline && allClosedAfterMs < 0) {
                rounds++;
                for (Socket socket : slowHeaders) {
                    trickle(socket, "X-Slow-" + rounds + ": 1\r\n");
                }
                for (Socket socket : slowBodies) {
                    trickle(socket, " ");
                }
                SecClient person = new SecClient(fixture.server.baseUri(), null);
                long asked = System.nanoTime();
                try {
                    HttpResponse<String> health = person.get("health");
                    if (health.statusCode() == 200) {
                        served++;
                    } else {
                        refused++;
                    }
                } catch (IOException e) {
                    refused++;
                }
                slowestHealthMs = Math.max(slowestHealthMs, (System.nanoTime() - asked) / 1_000_000);
                openHeaders = countOpen(slowHeaders);
                openBodies = countOpen(slowBodies);
                if (openHeaders + openBodies == 0) {
                    allClosedAfterMs = (System.nanoTime() - began) / 1_000_000;
                } else {
                    Thread.sleep(1_000);
                }
            }
            System.out.println("LimitsIT slowloris: " + (2 * SLOW_SOCKETS) + " slow sockets, " + rounds + " rounds, "
                    + served + " health checks served (slowest " + slowestHealthMs + " ms), " + refused + " refused; "
                    + (allClosedAfterMs >= 0 ? "all closed by the server after " + allClosedAfterMs + " ms"
                            : (openHeaders + openBodies) + " still open after " + (System.nanoTime() - began) / 1_000_000 + " ms")
                    + " (" + openHeaders + " sending headers, " + openBodies + " sending bodies open)");
            assertThat(refused).as("health checks refused or failed while slow clients held sockets").isZero();
            assertThat(served).isEqualTo(rounds);
            assertThat(openHeaders).as("sockets trickling headers the server still holds").isZero();
            assertThat(openBodies).as("sockets trickling a body the server still holds").isZero();
        } finally {
            for (Socket socket : slowHeaders) {
                socket.close();
            }
            for (Socket socket : slowBodies) {
                socket.close();
            }
        }
    }

    /**
     * The other side of the slowloris rule: a client on a slow line that sends its body steadily
     * (here about 2 KB a second, for about 14 s, longer than the guard's first 10 s) keeps its
     * connection and gets its answer.
     */
    @Test
    void aSlowButSteadyUpload_isServed() throws Exception {
        JsonNode read = JSON.readTree(emma.get(mapPath).body());
        int base = read.get("pageVersion").asInt();
        ObjectNode map = read.get("map").deepCopy();
        map.put("objective", "Saved over a slow line " + base);
        byte[] json = JSON.writeValueAsBytes(map);
        int chunk = 400;
        int chunks = 70;
        byte[] body = new byte[json.length + chunk * chunks];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, 0, json.length);
        String session = emma.cookie("JOURNEYMAPS_SESSION").orElseThrow().getValue();
        long began = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", fixture.server.baseUri().getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /" + mapPath + "?baseVersion=" + base + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nX-Atlassian-Token: no-check\r\nConnection: close\r\n"
                    + "Cookie: JOURNEYMAPS_SESSION=" + session + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, json.length);
            out.flush();
            for (int i = 0; i < chunks; i++) {
                Thread.sleep(200);
                out.write(body, json.length + i * chunk, chunk);
                out.flush();
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println("LimitsIT steady upload: " + body.length + " bytes over "
                    + (System.nanoTime() - began) / 1_000_000 + " ms: " + answer.lines().findFirst().orElse("(nothing)"));
            assertThat(answer).as("the answer to a slow but steady upload").startsWith("HTTP/1.1 200");
        }
        assertThat(version()).as("the save went through").isGreaterThan(base);
    }

    private static final int SLOW_SOCKETS = 80;

    private static Socket open(int port, String start) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(1);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static void trickle(Socket socket, String text) {
        if (socket.isClosed()) {
            return;
        }
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            closeQuietly(socket);
        }
    }

    /** Sockets the server has not closed (or answered and closed): a read that times out means still open. */
    private static int countOpen(List<Socket> sockets) {
        int open = 0;
        for (Socket socket : sockets) {
            if (socket.isClosed()) {
                continue;
            }
            try {
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[4096];
                int n = in.read(buffer);
                if (n < 0) {
                    closeQuietly(socket);
                } else {
                    // The server answered (e.g. 408); drain and consider it handled once it closes.
                    open++;
                }
            } catch (SocketTimeoutException e) {
                open++;
            } catch (IOException e) {
                closeQuietly(socket);
            }
        }
        return open;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private HttpResponse<String> put(JsonNode map, int base) throws Exception {
        return emma.send("PUT", mapPath + "?baseVersion=" + base, JSON.writeValueAsString(map),
                "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
    }

    private int version() throws Exception {
        return JSON.readTree(emma.get(mapPath).body()).get("pageVersion").asInt();
    }

    private static void assertTooLarge(HttpResponse<String> response, long limit) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("code").asText()).isEqualTo("too-large");
        assertThat(digits(body.get("message").asText())).contains(String.valueOf(limit));
    }

    private static void assertLimit(HttpResponse<String> response, String pointer, int limit) throws Exception {
        assertThat(response.statusCode()).as(abbreviate(response.body())).isEqualTo(422);
        JsonNode body = JSON.readTree(response.body());
        boolean named = false;
        for (JsonNode detail : body.get("details")) {
            if (detail.path("pointer").asText().equals(pointer) && digits(detail.path("message").asText()).contains(String.valueOf(limit))) {
                named = true;
            }
        }
        assertThat(named).as("a detail at '" + pointer + "' naming the limit " + limit + " in " + abbreviate(response.body())).isTrue();
    }

    /** The text with digit-group separators removed, so "1,048,576" reads as 1048576. */
    private static String digits(String text) {
        return text.replaceAll("(?<=\\d)[,.\\u00a0\\u202f'](?=\\d{3})", "");
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
