package com.journeymaps.standalone.security;

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

/**
 * One person (or an anonymous visitor) talking to the standalone server over HTTP, with their own
 * cookie jar. Sends exactly what it is told: no XSRF header unless a caller adds it, so the security
 * tests can send what an attacker's page could.
 */
final class SecClient {

    static final String REST = "rest/journeymaps/1.0";

    final URI base;
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    final String username;

    SecClient(URI base, String username) {
        this.base = base;
        this.username = username;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static SecClient as(URI base, SecurityFixture.Caller caller) throws IOException, InterruptedException {
        SecClient client = new SecClient(base, caller.username);
        if (caller.username != null) {
            HttpResponse<String> response = client.signIn(caller.username, caller.password);
            if (response.statusCode() != 303) {
                throw new IllegalStateException("sign-in of " + caller.username + " answered " + response.statusCode());
            }
        }
        return client;
    }

    HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        Element form = Jsoup.parse(get("login").body()).selectFirst("form.jm-signin");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.selectFirst("input[name=csrf]").val());
        fields.put("next", form.selectFirst("input[name=next]").val());
        fields.put("username", user);
        fields.put("password", password);
        return send("POST", "login", form(fields), "Content-Type", "application/x-www-form-urlencoded");
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    /** Any method with any body and headers (name, value pairs). */
    HttpResponse<String> send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> sendBytes(String method, String path, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSRF token of the signed-in session, read from the sign-out form of the landing page. */
    String sessionCsrf() throws IOException, InterruptedException {
        Element input = Jsoup.parse(get("").body()).selectFirst("form.jm-chrome__signout input[name=csrf]");
        return input == null ? "" : input.val();
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
