package com.journeymaps.standalone.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One signed-in person talking to the standalone server's REST API, as the app's front end does:
 * its own session cookie, the XSRF header on mutations. Copied in small from the package's
 * {@code WikiClient} so the reliability tests stay in their own package.
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REST = "rest/journeymaps/1.0/";

    private final URI base;
    private final HttpClient http;

    ApiClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static ApiClient signedIn(URI base, String username, String password) throws IOException, InterruptedException {
        ApiClient client = new ApiClient(base);
        Element form = Jsoup.parse(client.get("login").body()).selectFirst("form.jm-signin");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.selectFirst("input[name=csrf]").val());
        fields.put("next", form.selectFirst("input[name=next]").val());
        fields.put("username", username);
        fields.put("password", password);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.http.send(HttpRequest.newBuilder(base.resolve("login"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 303) {
            throw new IllegalStateException("sign-in of " + username + " answered " + response.statusCode());
        }
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON PUT with Confluence's XSRF header, as the front end saves a map. */
    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of the page with this title, as the signed-in person's landing page lists it. */
    long pageIdTitled(String title) throws IOException, InterruptedException {
        for (Element item : Jsoup.parse(get("").body()).select("li[data-page-id]")) {
            if (item.select(".jm-page-list__title").text().equals(title)) {
                return Long.parseLong(item.attr("data-page-id"));
            }
        }
        throw new AssertionError("no page titled " + title + " on the landing page");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
