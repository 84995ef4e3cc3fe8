package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a random loopback port, driven over HTTP like a browser would. */
class StandaloneServerIT {

    @TempDir
    Path data;

    private StandaloneServer start(boolean demo) {
        StandaloneServer server = new StandaloneServer(config(data, demo));
        server.start();
        return server;
    }

    static StandaloneConfig config(Path data, boolean demo) {
        return new StandaloneConfig("127.0.0.1", 0, data, demo, 4);
    }

    @Test
    void health_answersUpWithDatabaseStatus() throws Exception {
        try (StandaloneServer target = start(true)) {
            HttpResponse<String> response = new WikiClient(target.baseUri()).get("health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
        }
    }

    @Test
    void landing_showsAnonymousVisitorsASignInLinkAndNoPages() throws Exception {
        try (StandaloneServer target = start(true)) {
            HttpResponse<String> response = new WikiClient(target.baseUri()).get("");

            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).isEqualTo("Journey Maps");
            assertThat(page.select("a[href=/login]")).isNotEmpty();
            assertThat(page.select(".jm-page-list")).isEmpty();
            assertThat(response.body()).doesNotContain("Online store");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            // A page without a map carries none of the map's JS or CSS (only the wiki's own stylesheet).
            assertThat(page.select("script")).isEmpty();
            assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).singleElement().asString()
                    .matches("/static/wiki\\.css\\?v=[A-Za-z0-9_-]{16}");
        }
    }

    @Test
    void signIn_listsThePagesTheUserMayView() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient emma = new WikiClient(target.baseUri());
            HttpResponse<String> signIn = emma.signIn("emma", "Emma-Demo-1");

            assertThat(signIn.statusCode()).isEqualTo(303);
            assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            Document page = Jsoup.parse(emma.get("").body());
            assertThat(page.select(".jm-page-list__title").eachText()).containsExactlyInAnyOrder("Online store: customer journey",
                    "Persona: Maya, first-time buyer", "Persona: Tom, returning customer");
            assertThat(page.select(".jm-chrome__user").text()).contains("Emma Editor");
        }
    }

    @Test
    void signIn_setsAHardenedSessionCookieAndReplacesAPlantedOne() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient client = new WikiClient(target.baseUri());
            client.setCookie("JOURNEYMAPS_SESSION", "planted-by-an-attacker");

            HttpResponse<String> signIn = client.signIn("victor", "Victor-Demo-1");

            List<String> setCookies = signIn.headers().allValues("Set-Cookie");
            assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("JOURNEYMAPS_SESSION=")
                    .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
            assertThat(client.cookie("JOURNEYMAPS_SESSION")).hasValueSatisfying(c ->
                    assertThat(c.getValue()).isNotEqualTo("planted-by-an-attacker").hasSizeGreaterThan(40));
        }
    }

    @Test
    void signIn_refusesAWrongPasswordWithoutSayingWhichPartWasWrong() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient client = new WikiClient(target.baseUri());

            HttpResponse<String> wrongPassword = client.signIn("emma", "nope");
            HttpResponse<String> noSuchUser = client.signIn("nobody", "nope");

            assertThat(wrongPassword.statusCode()).isEqualTo(401);
            assertThat(noSuchUser.statusCode()).isEqualTo(401);
            assertThat(Jsoup.parse(wrongPassword.body()).select("[role=alert]").text())
                    .isEqualTo(Jsoup.parse(noSuchUser.body()).select("[role=alert]").text())
                    .contains("do not match");
            assertThat(client.cookie("JOURNEYMAPS_SESSION")).isEmpty();
        }
    }

    @Test
    void signIn_refusesAFormPostedWithoutItsToken() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient client = new WikiClient(target.baseUri());

            HttpResponse<String> response = client.postForm("login",
                    Map.of("username", "emma", "password", "Emma-Demo-1", "csrf", "guessed", "next", "/"));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(client.cookie("JOURNEYMAPS_SESSION")).isEmpty();
        }
    }

    @Test
    void signOut_endsTheSessionForGoodAndNeedsTheSessionToken() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient client = new WikiClient(target.baseUri());
            client.signIn("emma", "Emma-Demo-1");
            String sessionCookie = client.cookie("JOURNEYMAPS_SESSION").orElseThrow().getValue();

            assertThat(client.postForm("logout", Map.of("csrf", "wrong")).statusCode()).isEqualTo(403);
            HttpResponse<String> signOut = client.postForm("logout", Map.of("csrf", client.sessionCsrf()));

            assertThat(signOut.statusCode()).isEqualTo(303);
            WikiClient replay = new WikiClient(target.baseUri());
            replay.setCookie("JOURNEYMAPS_SESSION", sessionCookie);
            assertThat(Jsoup.parse(replay.get("").body()).select(".jm-page-list")).as("old cookie signs nobody in").isEmpty();
        }
    }

    @Test
    void stateChangingRequests_fromAnotherOriginOrWithoutTheXsrfHeader_areRefused() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient client = new WikiClient(target.baseUri());
            client.signIn("emma", "Emma-Demo-1");

            HttpResponse<String> crossOrigin = client.postForm("logout", Map.of("csrf", client.sessionCsrf()),
                    "Origin", "https://evil.example");
            HttpResponse<String> restWithoutHeader = client.postForm("rest/journeymaps/1.0/anything", Map.of());

            assertThat(crossOrigin.statusCode()).isEqualTo(403);
            assertThat(crossOrigin.body()).contains("cross-origin");
            assertThat(restWithoutHeader.statusCode()).isEqualTo(403);
            assertThat(restWithoutHeader.body()).contains("X-Atlassian-Token");
        }
    }

    @Test
    void pageView_rendersTheStoredMapThroughTheMacroWithItsScripts() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient emma = new WikiClient(target.baseUri());
            emma.signIn("emma", "Emma-Demo-1");
            long id = emma.pageIdTitled(MapApiIT.DEMO_MAP_PAGE);
            WikiClient anonymous = new WikiClient(target.baseUri());
            HttpResponse<String> redirect = anonymous.get("pages/" + id);
            assertThat(redirect.statusCode()).isEqualTo(303);
            assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?next=/pages/" + id));

            Document page = Jsoup.parse(emma.get("pages/" + id).body());
            assertThat(page.select("h1.jm-page__title").text()).isEqualTo("Online store: customer journey");
            assertThat(page.select("[data-jm-map-id=jm-demo-store]")).isNotEmpty();
            assertThat(page.select("script[src^=/static/journeymaps.js?v=]")).hasSize(1);
            assertThat(page.select("a[href=/pages/" + id + "/edit]")).hasSize(1);

            WikiClient victor = new WikiClient(target.baseUri());
            victor.signIn("victor", "Victor-Demo-1");
            assertThat(Jsoup.parse(victor.get("pages/" + id).body()).select("a[href=/pages/" + id + "/edit]")).as("viewer").isEmpty();
            assertThat(victor.get("pages/999").statusCode()).isEqualTo(404);

            Document history = Jsoup.parse(victor.get("pages/" + id + "/history").body());
            assertThat(history.select("tr[data-version=1] td").eachText()).contains("system", "Demo content");
        }
    }

    @Test
    void landing_speaksGermanWhenAsked() throws Exception {
        try (StandaloneServer target = start(true)) {
            WikiClient client = new WikiClient(target.baseUri());
            client.signIn("emma", "Emma-Demo-1");
            HttpResponse<String> response = client.get("", "Accept-Language", "de-DE,de;q=0.9");

            assertThat(Jsoup.parse(response.body()).select("main h2").text()).isEqualTo("Seiten");
            assertThat(response.headers().firstValue("Content-Language")).contains("de");
        }
    }

    @Test
    void staticAssets_serveTheFrontEndBundleAndNothingElse() throws Exception {
        try (StandaloneServer target = start(false)) {
            WikiClient client = new WikiClient(target.baseUri());
            HttpResponse<String> js = client.get("static/journeymaps.js");
            assertThat(js.statusCode()).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
            assertThat(js.body()).contains("jm-map--interactive");

            assertThat(client.get("static/journeymaps.css").statusCode()).isEqualTo(200);
            assertThat(client.get("static/..%2Fui%2Fmacro%2Fmacro.soy").statusCode()).isIn(400, 404);
            assertThat(client.get("static/nothing.js").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void restart_keepsPagesAccountsAndSessionsAndDoesNotSeedTwice() throws Exception {
        List<String> before;
        String cookie;
        try (StandaloneServer first = start(true)) {
            WikiClient client = new WikiClient(first.baseUri());
            client.signIn("emma", "Emma-Demo-1");
            cookie = client.cookie("JOURNEYMAPS_SESSION").orElseThrow().getValue();
            before = Jsoup.parse(client.get("").body()).select("li[data-page-id]").eachAttr("data-page-id");
        }
        assertThat(before).hasSize(3);

        try (StandaloneServer second = start(true)) {
            WikiClient client = new WikiClient(second.baseUri());
            client.setCookie("JOURNEYMAPS_SESSION", cookie);
            List<String> after = Jsoup.parse(client.get("").body()).select("li[data-page-id]").eachAttr("data-page-id");
            assertThat(after).isEqualTo(before);
            assertThat(new WikiClient(second.baseUri()).signIn("colin", "Colin-Demo-1").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void start_withoutDemoCreatesOnlyAnAdminWithAPrintedPassword() throws Exception {
        try (StandaloneServer target = start(false)) {
            WikiClient client = new WikiClient(target.baseUri());
            assertThat(client.signIn("emma", "Emma-Demo-1").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void start_refusesADataDirectoryInUse() {
        try (StandaloneServer first = start(false)) {
            StandaloneServer second = new StandaloneServer(config(data, false));
            assertThatThrownBy(second::start)
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("in use by another Journey Maps server");
            assertThat(first.baseUri()).isNotNull();
        }
    }

    @Test
    void start_refusesAPortInUseWithAClearMessage() {
        try (StandaloneServer first = start(false)) {
            StandaloneServer second = new StandaloneServer(config(data.resolve("other"), false).withPort(first.baseUri().getPort()));
            assertThatThrownBy(second::start)
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("--port");
        }
    }
}
