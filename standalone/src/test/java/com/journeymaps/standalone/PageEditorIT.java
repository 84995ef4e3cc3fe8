package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The standalone page editor over HTTP: save, refuse with reasons, keep the text, insert a map. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageEditorIT {

    private StandaloneServer server;
    private String page;

    @BeforeAll
    void start(@TempDir Path data) {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        try {
            page = "pages/" + emma().pageIdTitled(MapApiIT.DEMO_MAP_PAGE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private WikiClient emma() throws Exception {
        WikiClient client = new WikiClient(server.baseUri());
        client.signIn("emma", "Emma-Demo-1");
        return client;
    }

    private static Map<String, String> form(Document editor, String body) {
        return Map.of("csrf", editor.selectFirst("form.jm-editor input[name=csrf]").val(),
                "baseVersion", editor.selectFirst("form.jm-editor input[name=baseVersion]").val(),
                "body", body);
    }

    @Test
    void save_writesTheSourceAsANewVersion() throws Exception {
        WikiClient emma = emma();
        Document editor = Jsoup.parse(emma.get(page + "/edit").body());
        String source = editor.selectFirst("textarea[name=body]").val();

        HttpResponse<String> saved = emma.postForm(page + "/edit", form(editor, "<p>Reviewed in the Q3 workshop.</p>" + source));

        assertThat(saved.statusCode()).isEqualTo(303);
        Document view = Jsoup.parse(emma.get(page).body());
        assertThat(view.select(".jm-page__body > p").first().text()).isEqualTo("Reviewed in the Q3 workshop.");
        assertThat(view.select("[data-jm-map-id=jm-demo-store]")).isNotEmpty();
    }

    @Test
    void save_refusesUnreadableStorageWithWhereAndKeepsTheText() throws Exception {
        WikiClient emma = emma();
        Document editor = Jsoup.parse(emma.get(page + "/edit").body());
        String broken = "<p>unclosed <strong>bold</p>";

        HttpResponse<String> response = emma.postForm(page + "/edit", form(editor, broken));

        assertThat(response.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(response.body());
        assertThat(again.select("[role=alert] li").text()).contains("Line 1");
        assertThat(again.selectFirst("textarea[name=body]").val()).isEqualTo(broken);
    }

    @Test
    void save_refusesAnInvalidMapInTheSource() throws Exception {
        WikiClient emma = emma();
        Document editor = Jsoup.parse(emma.get(page + "/edit").body());
        String source = editor.selectFirst("textarea[name=body]").val().replaceFirst("\"stageId\":\"[^\"]+\"", "\"stageId\":\"st-gone\"");

        HttpResponse<String> response = emma.postForm(page + "/edit", form(editor, source));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("[role=alert] li").text()).contains("jm-demo-store").contains("st-gone");
    }

    @Test
    void save_fromAnOldVersionIsAConflictThatKeepsTheText() throws Exception {
        WikiClient emma = emma();
        Document first = Jsoup.parse(emma.get(page + "/edit").body());
        String source = first.selectFirst("textarea[name=body]").val();
        assertThat(emma.postForm(page + "/edit", form(first, source + "<p>one</p>")).statusCode()).isEqualTo(303);

        HttpResponse<String> stale = emma.postForm(page + "/edit", form(first, source + "<p>two</p>"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.body()).selectFirst("textarea[name=body]").val()).endsWith("<p>two</p>");
    }

    @Test
    void editing_needsEditPermissionAndTheSessionToken() throws Exception {
        WikiClient victor = new WikiClient(server.baseUri());
        victor.signIn("victor", "Victor-Demo-1");
        assertThat(victor.get(page + "/edit").statusCode()).isEqualTo(403);

        WikiClient emma = emma();
        Document editor = Jsoup.parse(emma.get(page + "/edit").body());
        Map<String, String> forged = new java.util.HashMap<>(form(editor, "<p>x</p>"));
        forged.put("csrf", "forged");
        assertThat(emma.postForm(page + "/edit", forged).statusCode()).isEqualTo(403);
        assertThat(emma.get("pages/999/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void history_viewsAnOldVersionComparesItsMapChangesAndRestoresIt() throws Exception {
        WikiClient emma = emma();
        String api = "rest/journeymaps/1.0/" + page + "/maps/jm-demo-store";
        com.fasterxml.jackson.databind.JsonNode read = new com.fasterxml.jackson.databind.ObjectMapper().readTree(emma.get(api).body());
        int before = read.get("pageVersion").asInt();
        String originalObjective = read.at("/map/objective").asText();
        com.fasterxml.jackson.databind.node.ObjectNode map = (com.fasterxml.jackson.databind.node.ObjectNode) read.get("map");
        map.put("objective", "Halve checkout drop-out by spring");
        assertThat(emma.put(api + "?baseVersion=" + before, map.toString()).statusCode()).isEqualTo(200);

        Document history = Jsoup.parse(emma.get(page + "/history").body());
        assertThat(history.select("tr[data-version=" + (before + 1) + "] a[href$=/compare?from=" + before + "&to=" + (before + 1) + "]")).hasSize(1);

        Document old = Jsoup.parse(emma.get(page + "/versions/" + before).body());
        assertThat(old.select(".jm-page__old-version").text()).contains("version " + before);
        assertThat(old.select("script[src]")).as("an old version is read-only").isEmpty();
        assertThat(old.select("link[rel=stylesheet][href^=/static/journeymaps.css?v=]"))
                .as("an old version's map is styled like the current one").hasSize(1);

        Document compare = Jsoup.parse(emma.get(page + "/compare?from=" + before + "&to=" + (before + 1)).body());
        assertThat(compare.select(".jm-compare li").text()).contains("Halve checkout drop-out by spring");

        String csrf = history.selectFirst("form.jm-history__restore input[name=csrf]").val();
        HttpResponse<String> restored = emma.postForm(page + "/restore", Map.of("csrf", csrf, "version", String.valueOf(before)));
        assertThat(restored.statusCode()).isEqualTo(303);
        com.fasterxml.jackson.databind.JsonNode now = new com.fasterxml.jackson.databind.ObjectMapper().readTree(emma.get(api).body());
        assertThat(now.at("/map/objective").asText()).isEqualTo(originalObjective);
        assertThat(now.get("pageVersion").asInt()).isEqualTo(before + 2);

        WikiClient victor = new WikiClient(server.baseUri());
        victor.signIn("victor", "Victor-Demo-1");
        Document victorsHistory = Jsoup.parse(victor.get(page + "/history").body());
        assertThat(victorsHistory.select("form.jm-history__restore")).as("viewers cannot restore").isEmpty();
        assertThat(victor.postForm(page + "/restore", Map.of("csrf", victor.sessionCsrf(), "version", "1")).statusCode()).isEqualTo(403);
    }

    @Test
    void insertMap_addsANewMapFromTheTemplate() throws Exception {
        WikiClient emma = emma();
        Document editor = Jsoup.parse(emma.get(page + "/edit").body());
        int before = Jsoup.parse(emma.get(page).body()).select("[data-jm-map-id]").size();

        HttpResponse<String> response = emma.postForm(page + "/insert-map",
                Map.of("csrf", editor.selectFirst("form.jm-editor__insert input[name=csrf]").val(), "template", "b2b-saas"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(emma.get(page).body()).select("[data-jm-map-id]")).hasSize(before + 1);
    }
}
