package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a random loopback port, driven over HTTP. */
class StandaloneServerIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    private StandaloneServer start(boolean demo) {
        StandaloneServer server = new StandaloneServer(new StandaloneConfig("127.0.0.1", 0, data, demo));
        server.start();
        return server;
    }

    private static HttpResponse<String> get(URI base, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_answersUpWithDatabaseStatus() throws Exception {
        try (StandaloneServer target = start(true)) {
            HttpResponse<String> response = get(target.baseUri(), "health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
        }
    }

    @Test
    void landing_listsTheDemoPageWithSecurityHeaders() throws Exception {
        try (StandaloneServer target = start(true)) {
            HttpResponse<String> response = get(target.baseUri(), "");

            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).isEqualTo("Journey Maps");
            assertThat(page.select(".jm-page-list__title").eachText()).containsExactly("Online store: customer journey");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            // A page without a map carries none of our JS or CSS.
            assertThat(page.select("script, link[rel=stylesheet]")).isEmpty();
        }
    }

    @Test
    void landing_speaksGermanWhenAsked() throws Exception {
        try (StandaloneServer target = start(true)) {
            HttpResponse<String> response = get(target.baseUri(), "", "Accept-Language", "de-DE,de;q=0.9");

            assertThat(Jsoup.parse(response.body()).select("main h2").text()).isEqualTo("Seiten");
            assertThat(response.headers().firstValue("Content-Language")).contains("de");
        }
    }

    @Test
    void staticAssets_serveTheFrontEndBundleAndNothingElse() throws Exception {
        try (StandaloneServer target = start(false)) {
            HttpResponse<String> js = get(target.baseUri(), "static/journeymaps.js");
            assertThat(js.statusCode()).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
            assertThat(js.body()).contains("jm-map--interactive");

            assertThat(get(target.baseUri(), "static/journeymaps.css").statusCode()).isEqualTo(200);
            assertThat(get(target.baseUri(), "static/..%2Fui%2Fmacro%2Fmacro.soy").statusCode()).isIn(400, 404);
            assertThat(get(target.baseUri(), "static/nothing.js").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void restart_keepsThePagesAndDoesNotSeedTwice() throws Exception {
        List<String> before;
        try (StandaloneServer first = start(true)) {
            before = Jsoup.parse(get(first.baseUri(), "").body()).select("li[data-page-id]").eachAttr("data-page-id");
        }
        assertThat(before).hasSize(1);

        try (StandaloneServer second = start(true)) {
            List<String> after = Jsoup.parse(get(second.baseUri(), "").body()).select("li[data-page-id]").eachAttr("data-page-id");
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void start_refusesADataDirectoryInUse() {
        try (StandaloneServer first = start(false)) {
            StandaloneServer second = new StandaloneServer(new StandaloneConfig("127.0.0.1", 0, data, false));
            assertThatThrownBy(second::start)
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("in use by another Journey Maps server");
            assertThat(first.baseUri()).isNotNull();
        }
    }

    @Test
    void start_refusesAPortInUseWithAClearMessage() {
        try (StandaloneServer first = start(false)) {
            Path otherData = data.resolve("other");
            StandaloneServer second = new StandaloneServer(
                    new StandaloneConfig("127.0.0.1", first.baseUri().getPort(), otherData, false));
            assertThatThrownBy(second::start)
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("--port");
        }
    }
}
