package com.journeymaps.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.standalone.StandaloneServer;
import com.journeymaps.standalone.security.SecurityFixture.Caller;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-site request forgery and sessions over HTTP. An attacker's page can make the victim's
 * browser send a form ({@code application/x-www-form-urlencoded}), a {@code multipart/form-data}
 * form or a {@code text/plain} "form" with the victim's cookies, from another origin, but cannot add
 * custom headers or know the session's CSRF token. Every mutating endpoint (every non-GET operation
 * of the OpenAPI description, and the wiki's forms: sign-in, sign-out, page edit, create, restore, restrictions, space permissions,
 * insert map) must refuse all of them and change nothing. Sessions rotate at sign-in, die
 * server-side at sign-out, and their cookies are HttpOnly, SameSite and Secure over TLS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XsrfSessionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPEC = Path.of("..", "docs", "api", "openapi.json");
    private static final String EVIL = "http://evil.example";

    private SecurityFixture fixture;
    private SecClient admin;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        fixture = SecurityFixture.start(data);
        admin = SecClient.as(fixture.server.baseUri(), Caller.ADMIN);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** The three bodies a cross-site HTML form can send, each as (content type, body). */
    private static List<String[]> forgedBodies(Map<String, String> fields) {
        String boundary = "----evilBoundary7731";
        StringBuilder multipart = new StringBuilder();
        fields.forEach((k, v) -> multipart.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        multipart.append("--").append(boundary).append("--\r\n");
        StringBuilder plain = new StringBuilder();
        fields.forEach((k, v) -> plain.append(k).append('=').append(v).append("\r\n"));
        return List.of(
                new String[] {"application/x-www-form-urlencoded", SecClient.form(fields)},
                new String[] {"multipart/form-data; boundary=" + boundary, multipart.toString()},
                new String[] {"text/plain", plain.toString()});
    }

    @Test
    void forgedPosts_toEveryMutatingEndpoint_areRefused_andChangeNothing() throws Exception {
        long open = fixture.openPage;
        String map = SecClient.REST + "/pages/" + open + "/maps/" + SecurityFixture.OPEN_MAP;
        String csv = admin.get(map + "/export.csv").body();
        String mapJson = JSON.writeValueAsString(JSON.readTree(admin.get(map).body()).get("map"));
        int before = version(map);
        // A comment of the admin's own, so the comment operations ({commentId}) have a real target.
        String item = JSON.readTree(admin.get(map).body()).get("map").get("touchpoints").get(0).get("id").asText();
        HttpResponse<String> own = admin.send("POST", map + "/comments", JSON.createObjectNode().put("itemId", item)
                .put("text", "The admin's comment").toString(), "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        String commentId = JSON.readTree(own.body()).get("id").asText();
        String commentsBefore = admin.get(map + "/comments").body();
        // Fields an attacker would fill in; the session's CSRF token is the one thing they cannot know.
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", "<p>forged</p>");
        fields.put("baseVersion", String.valueOf(before));
        fields.put("version", "1");
        fields.put("title", "Forged page");
        fields.put("blueprint", "blank");
        fields.put("template", "b2c");
        fields.put("json", mapJson);
        fields.put("csv", csv);

        List<String[]> endpoints = new ArrayList<>();
        JsonNode spec = JSON.readTree(Files.readString(SPEC));
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next();
                if (Set.of("put", "post", "delete", "patch").contains(method)) {
                    endpoints.add(new String[] {method.toUpperCase(Locale.ROOT), SecClient.REST
                            + path.getKey().replace("{pageId}", String.valueOf(open)).replace("{mapId}", SecurityFixture.OPEN_MAP)
                            .replace("{version}", "1").replace("{commentId}", commentId) + "?baseVersion=" + before + "&version=1"});
                }
            }
        }
        int restEndpoints = endpoints.size();
        for (String form : List.of("pages/" + open + "/edit", "pages/" + open + "/restore", "pages/" + open + "/insert-map",
                "pages/" + open + "/insert-persona", "pages/" + open + "/restrictions", "spaces/DEMO/create",
                "spaces/DEMO/permissions", "spaces/DEMO/permissions/people", "logout", "login")) {
            endpoints.add(new String[] {"POST", form});
        }

        List<String> failures = new ArrayList<>();
        int attempts = 0;
        Map<String, String> loginFields = new LinkedHashMap<>(fields);
        loginFields.put("username", "emma");
        loginFields.put("password", "Emma-Demo-1");
        for (String[] endpoint : endpoints) {
            boolean login = endpoint[1].equals("login");
            for (String[] body : forgedBodies(login ? loginFields : fields)) {
                for (boolean withOrigin : new boolean[] {true, false}) {
                    List<String> headers = new ArrayList<>(List.of("Content-Type", body[0]));
                    if (withOrigin) {
                        headers.addAll(List.of("Origin", EVIL));
                    }
                    // Sign-in is forged against a visitor who is not signed in (login CSRF); the rest against the admin.
                    SecClient victim = login ? new SecClient(fixture.server.baseUri(), null) : admin;
                    String payload = body[1];
                    HttpResponse<String> response = victim.send(endpoint[0], endpoint[1], payload, headers.toArray(String[]::new));
                    attempts++;
                    String what = endpoint[0] + " " + endpoint[1] + " " + body[0] + (withOrigin ? " from " + EVIL : " without Origin");
                    if (response.statusCode() != 403 && response.statusCode() != 415) {
                        failures.add(what + " answered " + response.statusCode());
                    }
                    if (endpoint[1].equals("login") && response.headers().allValues("Set-Cookie").stream()
                            .anyMatch(c -> c.startsWith("JOURNEYMAPS_SESSION=") && !c.startsWith("JOURNEYMAPS_SESSION=;"))) {
                        failures.add(what + " signed the victim in (login CSRF)");
                    }
                }
            }
        }
        assertThat(version(map)).as("the page is unchanged").isEqualTo(before);
        assertThat(admin.get(map + "/comments").body()).as("the comments are unchanged").isEqualTo(commentsBefore);
        assertThat(admin.get("").body()).as("the admin is still signed in (logout was refused)").contains("jm-chrome__signout");
        assertThat(admin.get("").body()).doesNotContain("Forged page");
        System.out.println("XsrfSessionIT: " + endpoints.size() + " mutating endpoints (" + restEndpoints + " REST, "
                + (endpoints.size() - restEndpoints) + " forms) x 3 body types x with/without Origin = " + attempts
                + " forged requests, " + failures.size() + " accepted");
        assertThat(failures).isEmpty();

        // The real thing still works: same-origin REST call with the header, form with the session's token.
        assertThat(admin.send("PUT", map + "?baseVersion=" + before, mapJson, "Content-Type", "application/json",
                "X-Atlassian-Token", "no-check", "Origin", fixture.server.baseUri().toString().replaceAll("/$", "")).statusCode())
                .isEqualTo(200);
        assertThat(admin.send("POST", "pages/" + open + "/restore", SecClient.form(Map.of("version", "1", "csrf", admin.sessionCsrf())),
                "Content-Type", "application/x-www-form-urlencoded").statusCode()).isEqualTo(303);
    }

    @Test
    void signIn_rotatesTheSession_andAPlantedSessionIdIsWorthless() throws Exception {
        // The attacker's own valid session, planted in the victim's browser before they sign in.
        SecClient attacker = SecClient.as(fixture.server.baseUri(), Caller.VIEWER);
        String planted = attacker.cookie("JOURNEYMAPS_SESSION").orElseThrow().getValue();
        SecClient victim = new SecClient(fixture.server.baseUri(), null);
        java.net.HttpCookie cookie = new java.net.HttpCookie("JOURNEYMAPS_SESSION", planted);
        cookie.setPath("/");
        cookie.setVersion(0);
        victim.cookies.getCookieStore().add(fixture.server.baseUri(), cookie);

        HttpResponse<String> signIn = victim.signIn("emma", "Emma-Demo-1");
        assertThat(signIn.statusCode()).isEqualTo(303);
        String issued = sessionCookie(signIn);
        assertThat(issued).isNotEqualTo(planted).hasSizeGreaterThanOrEqualTo(40);
        // The planted id still belongs to the attacker only: it does not carry the victim's sign-in.
        SecClient replay = withSession(planted);
        assertThat(replay.get("").body()).contains("Victor Viewer").doesNotContain("Emma Editor");

        // Signing in again while signed in rotates again.
        HttpResponse<String> again = victim.signIn("emma", "Emma-Demo-1");
        assertThat(sessionCookie(again)).isNotEqualTo(issued);
    }

    @Test
    void signOut_killsTheSessionOnTheServer() throws Exception {
        SecClient emma = SecClient.as(fixture.server.baseUri(), Caller.EDITOR);
        String session = emma.cookie("JOURNEYMAPS_SESSION").orElseThrow().getValue();
        String mapPath = SecClient.REST + "/pages/" + fixture.openPage + "/maps/" + SecurityFixture.OPEN_MAP;
        assertThat(withSession(session).get(mapPath).statusCode()).isEqualTo(200);

        HttpResponse<String> out = emma.send("POST", "logout", SecClient.form(Map.of("csrf", emma.sessionCsrf())),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(out.statusCode()).isEqualTo(303);

        // A copy of the old cookie (stolen, or kept by a browser that ignored the deletion) signs nobody in.
        SecClient stolen = withSession(session);
        assertThat(stolen.get(mapPath).statusCode()).isEqualTo(404);
        assertThat(stolen.get("pages/" + fixture.openPage).statusCode()).isEqualTo(303);
    }

    @Test
    void cookies_areHttpOnlyAndSameSite_andSecureOnlyOverTls() throws Exception {
        SecClient client = new SecClient(fixture.server.baseUri(), null);
        HttpResponse<String> form = client.get("login");
        assertCookie(form, "JOURNEYMAPS_SIGNIN", false);
        HttpResponse<String> signIn = client.signIn("emma", "Emma-Demo-1");
        assertCookie(signIn, "JOURNEYMAPS_SESSION", false);
    }

    /**
     * Behind a TLS-terminating proxy ({@code --behind-https-proxy}) the server trusts the proxy's
     * {@code X-Forwarded-Proto}/{@code Forwarded} header, so its cookies get {@code Secure}; without
     * the option the same header is ignored (a client cannot make the server believe it is on TLS).
     */
    @Test
    void behindAnHttpsProxy_cookiesAreSecure_andTheHeaderIsIgnoredOtherwise(@TempDir Path data) throws Exception {
        SecClient direct = new SecClient(fixture.server.baseUri(), null);
        HttpResponse<String> ignored = direct.get("login", "X-Forwarded-Proto", "https");
        assertCookie(ignored, "JOURNEYMAPS_SIGNIN", false);

        try (StandaloneServer proxied = new StandaloneServer(SecurityFixture.config(data).withBehindHttpsProxy(true))) {
            proxied.start();
            SecClient client = new SecClient(proxied.baseUri(), null);
            HttpResponse<String> form = client.get("login", "X-Forwarded-Proto", "https");
            assertCookie(form, "JOURNEYMAPS_SIGNIN", true);
            String csrf = org.jsoup.Jsoup.parse(form.body()).selectFirst("input[name=csrf]").val();
            // the client keeps no Secure cookie over plain HTTP, so it is sent by hand: the secret from the cookie,
            // the form's masked copy in the form
            String secret = cookieValue(form, "JOURNEYMAPS_SIGNIN");
            HttpResponse<String> signIn = client.send("POST", "login",
                    SecClient.form(Map.of("csrf", csrf, "next", "/", "username", "emma", "password", "Emma-Demo-1")),
                    "Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-Proto", "https",
                    "Cookie", "JOURNEYMAPS_SIGNIN=" + secret);
            assertThat(signIn.statusCode()).isEqualTo(303);
            assertCookie(signIn, "JOURNEYMAPS_SESSION", true);
            assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isPresent();
        }
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    private static String cookieValue(HttpResponse<String> response, String name) {
        String header = setCookie(response, name);
        int end = header.indexOf(';');
        return header.substring(name.length() + 1, end < 0 ? header.length() : end);
    }

    private static void assertCookie(HttpResponse<String> response, String name, boolean secure) {
        String header = setCookie(response, name);
        String lower = header.toLowerCase(Locale.ROOT);
        assertThat(lower).as(header).contains("httponly").containsPattern("samesite=(lax|strict)");
        if (secure) {
            assertThat(lower).as(header).contains("secure");
        } else {
            assertThat(lower).as(header).doesNotContain("secure");
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JOURNEYMAPS_SESSION="))
                .map(c -> c.substring("JOURNEYMAPS_SESSION=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private SecClient withSession(String value) {
        SecClient client = new SecClient(fixture.server.baseUri(), null);
        java.net.HttpCookie cookie = new java.net.HttpCookie("JOURNEYMAPS_SESSION", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        client.cookies.getCookieStore().add(fixture.server.baseUri(), cookie);
        return client;
    }

    private int version(String map) throws Exception {
        return JSON.readTree(admin.get(map).body()).get("pageVersion").asInt();
    }
}
