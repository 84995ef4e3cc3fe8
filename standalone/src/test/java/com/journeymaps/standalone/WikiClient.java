package com.journeymaps.standalone;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A browser-like HTTP client for the standalone server in tests: keeps cookies, fills forms. */
final class WikiClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    WikiClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(getRequest(path, headers), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's bytes as sent (a gzipped answer stays gzipped). */
    HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        return http.send(getRequest(path, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest getRequest(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post whose fields may repeat (checkbox groups), in the order given. */
    HttpResponse<String> postFields(String path, java.util.List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON PUT as the app's front end sends it, with Confluence's XSRF header. */
    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(path, json, true);
    }

    /** A PUT whose body is streamed without a Content-Length (chunked). */
    HttpResponse<String> putStreamed(String path, String json) throws IOException, InterruptedException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putWithoutXsrfHeader(String path, String json) throws IOException, InterruptedException {
        return send(path, json, false);
    }

    private HttpResponse<String> send(String path, String json, boolean xsrfHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (xsrfHeader) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A CSV upload as the front end sends it. */
    HttpResponse<String> postText(String path, String csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("X-Atlassian-Token", "no-check")
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A POST without a body, as the front end sends for actions such as restore. */
    HttpResponse<String> postJson(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("X-Atlassian-Token", "no-check");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Any JSON call ({@code method} POST, PUT, DELETE...; {@code json} null for no body), with or without Confluence's
     * XSRF header.
     */
    HttpResponse<String> json(String method, String path, String json, boolean xsrfHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (xsrfHeader) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A PUT of these bytes as they are, with Confluence's XSRF header and the headers given (a Content-Encoding, say). */
    HttpResponse<String> putBytes(String path, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).header("X-Atlassian-Token", "no-check");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the sign-in form and submits it; returns the response to the submission. */
    /** A client signed in as {@code user}; the test fails unless signing in redirects (303). */
    static WikiClient signedIn(URI base, String user, String password) throws IOException, InterruptedException {
        WikiClient client = new WikiClient(base);
        int status = client.signIn(user, password).statusCode();
        if (status != 303) {
            throw new AssertionError("signing in as " + user + " answered " + status + ", not 303");
        }
        return client;
    }

    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        Element form = Jsoup.parse(get("login").body()).selectFirst("form.jm-signin");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.selectFirst("input[name=csrf]").val());
        fields.put("next", form.selectFirst("input[name=next]").val());
        fields.put("username", username);
        fields.put("password", password);
        return postForm("login", fields);
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

    /** The CSRF token of the signed-in session, read from the sign-out form. */
    String sessionCsrf() throws IOException, InterruptedException {
        return Jsoup.parse(get("").body()).selectFirst("form.jm-chrome__signout input[name=csrf]").val();
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setDomain(base.getHost());
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }
}
