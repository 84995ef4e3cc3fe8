package com.journeymaps.bench;

import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.standalone.StandaloneConfig;
import com.journeymaps.standalone.StandaloneServer;
import com.journeymaps.standalone.store.DataDirectory;
import com.journeymaps.standalone.store.Database;
import com.journeymaps.standalone.store.PageStore;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The standalone server for the drivers in this module, in-process on a loopback port the system
 * picks, on a fresh data directory under the system temp folder (deleted on {@link #close}), with the
 * demo accounts and whatever pages {@code pages} adds to the DEMO space before the server starts.
 */
final class BenchServer implements AutoCloseable {

    static final String REST = "rest/journeymaps/1.0/";

    private final Path data;
    private final StandaloneServer server;

    private BenchServer(Path data, StandaloneServer server) {
        this.data = data;
        this.server = server;
    }

    /**
     * Starts the server once to create the demo space and accounts, stops it, adds the pages
     * ({@code pages} gets the store and the DEMO space), and starts it again.
     */
    static BenchServer start(Consumer<PageAdder> pages) throws IOException {
        Path data = Files.createTempDirectory("journeymaps-bench-");
        StandaloneConfig config = new StandaloneConfig("127.0.0.1", 0, data, true, 4);
        try (StandaloneServer first = new StandaloneServer(config)) {
            first.start();
        }
        try (DataDirectory directory = DataDirectory.open(data); Database database = Database.open(directory)) {
            PageStore store = new PageStore(database, Clock.systemUTC());
            PageStore.Space demo = store.space("DEMO").orElseThrow();
            pages.accept((title, body) -> store.createPage(demo, title, body, "admin", "benchmark page"));
        }
        StandaloneServer server = new StandaloneServer(config);
        server.start();
        return new BenchServer(data, server);
    }

    /** Adds a page to the DEMO space; returns its id. */
    @FunctionalInterface
    interface PageAdder {
        long add(String title, String storage);
    }

    /** A page body holding one journey map with {@code mapJson}, between two paragraphs. */
    static String mapPage(String mapId, String mapJson) {
        String around = "<p>Before the map.</p><p>After the map.</p>";
        return new StorageFormatCodec().insert(around, "<p>Before the map.</p>".length(),
                MacroSpec.journeyMap(mapId, mapJson));
    }

    static String json(com.journeymaps.core.model.JourneyMap map) {
        return JourneyMapJson.write(map);
    }

    URI baseUri() {
        return server.baseUri();
    }

    /** A client signed in as {@code username} (a demo account), with its own session cookie. */
    Client signIn(String username, String password) throws IOException, InterruptedException {
        Client client = new Client(server.baseUri());
        Element form = Jsoup.parse(client.get("login").body()).selectFirst("form.jm-signin");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.selectFirst("input[name=csrf]").val());
        fields.put("next", form.selectFirst("input[name=next]").val());
        fields.put("username", username);
        fields.put("password", password);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.http.send(HttpRequest.newBuilder(server.baseUri().resolve("login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 303) {
            throw new IllegalStateException("sign-in of " + username + " answered " + response.statusCode());
        }
        return client;
    }

    /** An HTTP/1.1 client with its own cookies. */
    static final class Client {
        private final URI base;
        private final HttpClient http;

        Client(URI base) {
            this.base = base;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The answer's bytes as sent: with {@code "Accept-Encoding", "gzip"} among the headers, gzipped. */
        HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        /** A JSON PUT with Confluence's XSRF header, as the front end saves a map. */
        HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
