package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes over the wire: pages, REST answers and the front end's files are sent gzipped to a client that accepts
 * it, and unchanged to one that does not; the front end's files are linked by version and kept by the browser; the
 * CSRF token a page carries is masked afresh on every page; pages and REST answers are kept by no shared cache.
 */
class TransferIT {

    @TempDir
    static Path data;
    private static StandaloneServer server;
    private static WikiClient emma;
    private static long mapPage;

    @BeforeAll
    static void start() throws Exception {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        emma = new WikiClient(server.baseUri());
        emma.signIn("emma", "Emma-Demo-1");
        mapPage = emma.pageIdTitled(MapApiIT.DEMO_MAP_PAGE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMapPage_goesGzippedToAClientThatAcceptsIt_andReadsTheSame() throws Exception {
        HttpResponse<byte[]> gzipped = emma.getBytes("pages/" + mapPage, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = emma.getBytes("pages/" + mapPage);

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        String unzipped = gunzip(gzipped.body());
        String sent = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(gzipped.body().length).as("gzipped bytes against %,d plain", plain.body().length)
                .isLessThan(plain.body().length / 4);
        // the same page, but for the CSRF token, which every page carries masked afresh
        assertThat(withoutTokens(unzipped)).isEqualTo(withoutTokens(sent));
        assertThat(Jsoup.parse(unzipped).select("section.jm-map--interactive[data-jm-read]")).hasSize(1);
    }

    @Test
    void aRestAnswer_goesGzippedToAClientThatAcceptsIt() throws Exception {
        String read = "rest/journeymaps/1.0/pages/" + mapPage + "/maps/jm-demo-store";
        HttpResponse<byte[]> gzipped = emma.getBytes(read, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = emma.getBytes(read);

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aGzippedRequestBody_isNotInflated_butRefusedWithAClearError_andTheMapStaysAsItWas() throws Exception {
        String read = "rest/journeymaps/1.0/pages/" + mapPage + "/maps/jm-demo-store";
        String before = emma.get(read).body();
        JsonNode current = new ObjectMapper().readTree(before);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(body)) {
            gzip.write(current.get("map").toString().getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> put = emma.putBytes(read + "?baseVersion=" + current.get("pageVersion").asInt(),
                body.toByteArray(), "Content-Type", "application/json", "Content-Encoding", "gzip");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(415);
        assertThat(new ObjectMapper().readTree(put.body()).get("code").asText()).isEqualTo("unsupported-encoding");
        assertThat(put.body()).contains("without a Content-Encoding").contains("gzip");
        assertThat(emma.get(read).body()).isEqualTo(before);
    }

    @Test
    void theFrontEndsFiles_areLinkedByVersion_keptForAYear_andAskedForAgainOtherwise() throws Exception {
        Document page = Jsoup.parse(emma.get("pages/" + mapPage).body());
        String script = page.select("script[src]").attr("src");
        assertThat(script).matches("/static/journeymaps\\.js\\?v=[A-Za-z0-9_-]{16}");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).hasSize(2).allSatisfy(href ->
                assertThat(href).matches("/static/(wiki|journeymaps)\\.css\\?v=[A-Za-z0-9_-]{16}"));

        HttpResponse<byte[]> versioned = emma.getBytes(script.substring(1));
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=31536000").contains("immutable").doesNotContain("no-transform"));
        String etag = versioned.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> unversioned = emma.getBytes("static/journeymaps.js");
        assertThat(unversioned.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("no-cache").doesNotContain("immutable"));
        assertThat(unversioned.body()).isEqualTo(versioned.body());
        HttpResponse<byte[]> stale = emma.getBytes("static/journeymaps.js?v=AAAAAAAAAAAAAAAA");
        assertThat(stale.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("no-cache").doesNotContain("immutable"));

        HttpResponse<byte[]> again = emma.getBytes("static/journeymaps.js", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(emma.getBytes("static/journeymaps.js", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> gzipped = emma.getBytes(script.substring(1), "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(new String(versioned.body(), StandardCharsets.UTF_8));
        String gzippedTag = gzipped.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> gzippedAgain = emma.getBytes("static/journeymaps.js", "Accept-Encoding", "gzip",
                "If-None-Match", gzippedTag);
        assertThat(gzippedAgain.statusCode()).as("the gzipped copy's tag (%s) names the same file", gzippedTag)
                .isEqualTo(304);
    }

    @Test
    void pagesAndRestAnswers_areKeptByNoSharedCache_andAskedForAgain_whileFormsKeepNoStore() throws Exception {
        String read = "rest/journeymaps/1.0/pages/" + mapPage + "/maps/jm-demo-store";
        for (String path : new String[] {"", "pages/" + mapPage, "pages/" + mapPage + "/history", read,
                "rest/journeymaps/1.0/pages/" + mapPage + "/maps/no-such-map"}) {
            HttpResponse<byte[]> answer = emma.getBytes(path, "Accept-Encoding", "gzip");
            assertThat(answer.headers().allValues("Cache-Control")).as("/%s (%d)", path, answer.statusCode())
                    .containsExactly("private, no-cache");
        }
        // answers that say how they may be kept keep what they say
        assertThat(emma.getBytes("pages/" + mapPage + "/edit").headers().allValues("Cache-Control"))
                .containsExactly("no-store");
        assertThat(emma.getBytes("static/journeymaps.js").headers().allValues("Cache-Control"))
                .singleElement().asString().doesNotContain("private");
    }

    @Test
    void everyPage_carriesADifferentFormToken_andEachOneIsAccepted() throws Exception {
        WikiClient colin = new WikiClient(server.baseUri());
        colin.signIn("colin", "Colin-Demo-1");
        String first = signOutToken(colin);
        String second = signOutToken(colin);
        assertThat(first).isNotEqualTo(second);
        assertThat(colin.postForm("logout", java.util.Map.of("csrf", first + "x")).statusCode()).isEqualTo(403);
        assertThat(colin.postForm("logout", java.util.Map.of("csrf", first)).statusCode()).as("the older page's token")
                .isEqualTo(303);
        assertThat(colin.get("").body()).doesNotContain("jm-chrome__signout");
    }

    private static String signOutToken(WikiClient client) throws Exception {
        return Jsoup.parse(client.get("").body()).select("form.jm-chrome__signout input[name=csrf]").val();
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("name=\"csrf\" value=\"[A-Za-z0-9_-]+\"", "name=\"csrf\" value=\"…\"");
    }

    private static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }
}
