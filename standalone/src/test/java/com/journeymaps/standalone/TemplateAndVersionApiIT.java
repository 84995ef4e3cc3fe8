package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import java.io.IOException;
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

/**
 * The REST calls behind the history's read-only view and the template picker, over HTTP against a
 * real server: {@code GET …/html?version=N} and {@code POST …/from-template}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateAndVersionApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "rest/journeymaps/1.0/pages/";

    private StandaloneServer server;
    private long pageId;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        pageId = signedIn("victor", "Victor-Demo-1").pageIdTitled(MapApiIT.DEMO_MAP_PAGE);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private WikiClient signedIn(String user, String password) throws Exception {
        return WikiClient.signedIn(server.baseUri(), user, password);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Adds an empty journey-map macro with this id to the demo page through the page editor. */
    private void addEmptyMap(WikiClient editor, String mapId) throws Exception {
        Document form = Jsoup.parse(editor.get("pages/" + pageId + "/edit").body());
        String source = form.selectFirst("textarea[name=body]").val();
        String withEmpty = new StorageFormatCodec().insert(source, source.length(), MacroSpec.journeyMap(mapId, ""));
        HttpResponse<String> saved = editor.postForm("pages/" + pageId + "/edit", Map.of(
                "csrf", form.selectFirst("form.jm-editor input[name=csrf]").val(),
                "baseVersion", form.selectFirst("form.jm-editor input[name=baseVersion]").val(),
                "body", withEmpty));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    }

    @Test
    void fromTemplate_fillsOnlyAnEmptyMapInTheCallersLanguageAndRefusesEverythingElseWithoutWriting() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        addEmptyMap(emma, "jm-fresh");
        String mapUrl = REST + pageId + "/maps/jm-fresh";
        JsonNode before = json(emma.get(mapUrl));
        assertThat(before.get("empty").asBoolean()).isTrue();
        int base = before.get("pageVersion").asInt();

        HttpResponse<String> viewer = signedIn("victor", "Victor-Demo-1").postJson(mapUrl + "/from-template?template=b2c&baseVersion=" + base);
        assertThat(viewer.statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = emma.postJson(mapUrl + "/from-template?template=nope&baseVersion=" + base);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("code").asText()).isEqualTo("unknown-template");
        assertThat(json(unknown).get("message").asText()).contains("nope");
        HttpResponse<String> noBase = emma.postJson(mapUrl + "/from-template?template=b2c");
        assertThat(noBase.statusCode()).isEqualTo(400);
        assertThat(json(noBase).get("code").asText()).isEqualTo("missing-base-version");
        assertThat(json(emma.get(mapUrl)).get("pageVersion").asInt()).as("nothing written").isEqualTo(base);

        HttpResponse<String> created = emma.postJson(mapUrl + "/from-template?template=b2c&baseVersion=" + base,
                "Accept-Language", "de");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(json(created).get("pageVersion").asInt()).isEqualTo(base + 1);
        JsonNode after = json(emma.get(mapUrl));
        assertThat(after.at("/map/id").asText()).isEqualTo("jm-fresh");
        assertThat(after.at("/map/stages").size()).isEqualTo(5);
        String germanFirstStage = json(emma.get("rest/journeymaps/1.0/templates", "Accept-Language", "de")).at("/templates/0/stages/0").asText();
        assertThat(after.at("/map/stages/0/name").asText()).isEqualTo(germanFirstStage).isNotEqualTo("Awareness");
        assertThat(json(emma.get(REST + pageId + "/maps/jm-demo-store")).at("/map/title").asText())
                .as("the other map on the page is untouched").isNotBlank();

        HttpResponse<String> again = emma.postJson(mapUrl + "/from-template?template=blank&baseVersion=" + (base + 1));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("map-not-empty");
        assertThat(json(emma.get(mapUrl)).get("pageVersion").asInt()).isEqualTo(base + 1);
    }

    @Test
    void html_rendersTheMapAsOfAnyPageVersion() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        String mapUrl = REST + pageId + "/maps/jm-demo-store";
        JsonNode first = json(emma.get(mapUrl));
        int v1 = first.get("pageVersion").asInt();
        String oldTitle = first.at("/map/title").asText();
        ObjectNode map = (ObjectNode) first.get("map").deepCopy();
        map.put("title", "A title from later");
        HttpResponse<String> saved = emma.put(mapUrl + "?baseVersion=" + v1, map.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        String old = victor.get(mapUrl + "/html?mode=interactive&version=" + v1).body();
        String now = victor.get(mapUrl + "/html?mode=interactive").body();
        assertThat(Jsoup.parse(old).selectFirst("h2.jm-map__title").text()).isEqualTo(oldTitle);
        assertThat(Jsoup.parse(now).selectFirst("h2.jm-map__title").text()).isEqualTo("A title from later");
        assertThat(Jsoup.parse(old).select("[data-jm-touchpoint-id]")).as("ids for the visual diff").isNotEmpty();

        HttpResponse<String> missing = victor.get(mapUrl + "/html?version=9999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("code").asText()).isEqualTo("version-not-found");
        assertThat(json(missing).get("message").asText()).contains("9999");
        assertThat(victor.get(mapUrl + "/html?version=abc").statusCode()).isIn(400, 404);
    }
}
