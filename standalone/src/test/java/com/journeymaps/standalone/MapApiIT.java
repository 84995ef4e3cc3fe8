package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The map REST API through HTTP against a real server with the demo space: read, save, refuse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String DEMO_MAP_PAGE = "Online store: customer journey";

    private String mapUrl;

    private StandaloneServer server;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        mapUrl = "rest/journeymaps/1.0/pages/" + signedIn("victor", "Victor-Demo-1").pageIdTitled(DEMO_MAP_PAGE) + "/maps/jm-demo-store";
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

    @Test
    void read_givesTheMapWithThePageVersionItCameFrom() throws Exception {
        HttpResponse<String> response = signedIn("victor", "Victor-Demo-1").get(mapUrl);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("pageVersion").asInt()).isPositive();
        assertThat(body.at("/map/id").asText()).isEqualTo("jm-demo-store");
        assertThat(body.at("/map/stages").size()).isEqualTo(5);
        assertThat(body.get("problems")).isEmpty();
        assertThat(body.get("canEdit").asBoolean()).as("victor is a viewer").isFalse();
        assertThat(json(signedIn("emma", "Emma-Demo-1").get(mapUrl)).get("canEdit").asBoolean()).as("emma edits").isTrue();
    }

    @Test
    void read_hidesPagesFromAnonymousAndUnknownPagesAlike() throws Exception {
        WikiClient anonymous = new WikiClient(server.baseUri());
        HttpResponse<String> hidden = anonymous.get(mapUrl);
        HttpResponse<String> missing = signedIn("victor", "Victor-Demo-1").get("rest/journeymaps/1.0/pages/999/maps/jm-demo-store");

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(hidden).get("code").asText()).isEqualTo(json(missing).get("code").asText()).isEqualTo("page-not-found");
        assertThat(hidden.body()).doesNotContain("Online store");
    }

    @Test
    void read_unknownMapIdIsANotFoundNamingTheId() throws Exception {
        HttpResponse<String> response = signedIn("victor", "Victor-Demo-1").get("rest/journeymaps/1.0/pages/1/maps/jm-nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("map-not-found");
        assertThat(json(response).get("message").asText()).contains("jm-nope");
    }

    @Test
    void save_writesANewPageVersionAndRefusesAConflictingEditFromTheSameBase() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        JsonNode read = json(emma.get(mapUrl));
        int base = read.get("pageVersion").asInt();
        ObjectNode map = (ObjectNode) read.get("map");
        map.put("title", "Online store: first purchase (reviewed)");

        HttpResponse<String> saved = emma.put(mapUrl + "?baseVersion=" + base, map.toString());

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("pageVersion").asInt()).isEqualTo(base + 1);
        assertThat(json(emma.get(mapUrl)).at("/map/title").asText()).isEqualTo("Online store: first purchase (reviewed)");

        map.put("title", "A competing edit from the same base");
        HttpResponse<String> conflict = emma.put(mapUrl + "?baseVersion=" + base, map.toString());
        assertThat(conflict.statusCode()).isEqualTo(409);
        JsonNode error = json(conflict);
        assertThat(error.get("code").asText()).isEqualTo("conflict");
        assertThat(error.get("conflicts")).singleElement().satisfies(c -> {
            assertThat(c.get("type").asText()).isEqualTo("both-changed");
            assertThat(c.get("field").asText()).isEqualTo("title");
            assertThat(c.get("ours").asText()).isEqualTo("A competing edit from the same base");
            assertThat(c.get("theirs").asText()).isEqualTo("Online store: first purchase (reviewed)");
        });
        assertThat(json(emma.get(mapUrl)).at("/map/title").asText()).isEqualTo("Online store: first purchase (reviewed)");
    }

    @Test
    void save_mergesDisjointChangesFromTheSameBaseAndSummarisesThemInHistory() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        WikiClient ada = signedIn("admin", "Admin-Demo-1");
        JsonNode read = json(emma.get(mapUrl));
        int base = read.get("pageVersion").asInt();
        ObjectNode emmas = (ObjectNode) read.get("map").deepCopy();
        ((ObjectNode) emmas.get("stages").get(0)).put("goal", "Notice us among the ads");
        ObjectNode adas = (ObjectNode) read.get("map").deepCopy();
        ((ObjectNode) adas.get("touchpoints").get(1)).put("owner", "Marketing");

        HttpResponse<String> first = emma.put(mapUrl + "?baseVersion=" + base, emmas.toString());
        HttpResponse<String> second = ada.put(mapUrl + "?baseVersion=" + base, adas.toString());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(second).get("merged").asBoolean()).isTrue();
        assertThat(json(second).get("pageVersion").asInt()).isEqualTo(base + 2);
        JsonNode now = json(emma.get(mapUrl));
        assertThat(now.at("/map/stages/0/goal").asText()).isEqualTo("Notice us among the ads");
        assertThat(now.at("/map/touchpoints/1/owner").asText()).isEqualTo("Marketing");
        assertThat(json(first).get("versionComment").asText()).isNotBlank().doesNotContain("without changes");
    }

    @Test
    void save_refusesAnInvalidMapWithEveryProblemAndItsPointer() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        JsonNode read = json(emma.get(mapUrl));
        ObjectNode map = (ObjectNode) read.get("map").deepCopy();
        ((ObjectNode) map.get("touchpoints").get(0)).put("stageId", "st-missing");

        HttpResponse<String> response = emma.put(mapUrl + "?baseVersion=" + read.get("pageVersion").asInt(), map.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json(response);
        assertThat(error.get("code").asText()).isEqualTo("invalid-map");
        assertThat(error.get("details")).anySatisfy(d -> {
            assertThat(d.get("pointer").asText()).isEqualTo("/touchpoints/0/stageId");
            assertThat(d.get("message").asText()).contains("st-missing");
        });
        assertThat(json(emma.get(mapUrl)).get("pageVersion").asInt()).isEqualTo(read.get("pageVersion").asInt());
    }

    @Test
    void save_refusesMalformedJsonWithLineAndColumn() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        int base = json(emma.get(mapUrl)).get("pageVersion").asInt();

        HttpResponse<String> response = emma.put(mapUrl + "?baseVersion=" + base, "{\n  \"title\": \"x\",\n  oops\n}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("details").get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void save_needsEditPermissionTheXsrfHeaderAndABaseVersion() throws Exception {
        WikiClient colin = signedIn("colin", "Colin-Demo-1");
        JsonNode read = json(colin.get(mapUrl));
        String body = read.get("map").toString();
        int base = read.get("pageVersion").asInt();

        assertThat(colin.put(mapUrl + "?baseVersion=" + base, body).statusCode()).as("commenter").isEqualTo(403);
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        assertThat(emma.putWithoutXsrfHeader(mapUrl + "?baseVersion=" + base, body).statusCode()).as("no XSRF header").isEqualTo(403);
        HttpResponse<String> noBase = emma.put(mapUrl, body);
        assertThat(noBase.statusCode()).isEqualTo(400);
        assertThat(json(noBase).get("code").asText()).isEqualTo("missing-base-version");
        assertThat(json(emma.get(mapUrl)).get("pageVersion").asInt()).isEqualTo(base);
    }

    @Test
    void history_listsMapVersionsDiffsThemAndRestoresAnOldOne() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        JsonNode first = json(emma.get(mapUrl));
        int v1 = first.get("pageVersion").asInt();
        ObjectNode map = (ObjectNode) first.get("map").deepCopy();
        String originalObjective = map.get("objective").asText();
        map.put("objective", "Know why second orders do not happen");
        HttpResponse<String> saved = emma.put(mapUrl + "?baseVersion=" + v1, map.toString());
        int v2 = json(saved).get("pageVersion").asInt();

        JsonNode history = json(emma.get(mapUrl + "/history"));
        assertThat(history.get("versions").get(0).get("version").asInt()).isEqualTo(v2);
        assertThat(history.get("versions").get(0).get("author").asText()).isEqualTo("emma");
        assertThat(history.get("versions").get(0).get("summary").asText()).isNotBlank();

        JsonNode diff = json(emma.get(mapUrl + "/diff?from=" + v1 + "&to=" + v2));
        assertThat(diff.get("changes")).anySatisfy(change -> {
            assertThat(change.get("kind").asText()).isEqualTo("map-field-changed");
            assertThat(change.get("field").asText()).isEqualTo("objective");
            assertThat(change.get("newValue").asText()).isEqualTo("Know why second orders do not happen");
            assertThat(change.get("sentence").asText()).contains("Know why second orders");
        });

        HttpResponse<String> restored = emma.postJson(mapUrl + "/restore?version=" + v1 + "&baseVersion=" + v2);
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).get("pageVersion").asInt()).isEqualTo(v2 + 1);
        assertThat(json(emma.get(mapUrl)).at("/map/objective").asText()).isEqualTo(originalObjective);

        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        assertThat(victor.postJson(mapUrl + "/restore?version=" + v1 + "&baseVersion=" + (v2 + 1)).statusCode()).as("viewer").isEqualTo(403);
        assertThat(victor.get(mapUrl + "/diff?from=0&to=x").statusCode()).isIn(400, 404);
    }

    @Test
    void oversizedBodies_areRefusedWithTheLimitNamedAndNothingChanges() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        int before = json(emma.get(mapUrl)).get("pageVersion").asInt();
        String huge = "x".repeat(9 * 1024 * 1024);

        HttpResponse<String> declared = emma.put(mapUrl + "?baseVersion=" + before, huge);
        HttpResponse<String> chunked = emma.putStreamed(mapUrl + "?baseVersion=" + before, huge);

        for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).get("message").asText()).contains(String.valueOf(8 * 1024 * 1024));
        }
        HttpResponse<String> map = emma.put(mapUrl + "?baseVersion=" + before, "{\"title\":\"" + "y".repeat(1_100_000) + "\"}");
        assertThat(map.statusCode()).as("a map over 1 MiB is refused by the map rules").isEqualTo(422);
        assertThat(json(emma.get(mapUrl)).get("pageVersion").asInt()).isEqualTo(before);
    }

    @Test
    void templates_areListedInTheCallersLanguage() throws Exception {
        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        JsonNode english = json(victor.get("rest/journeymaps/1.0/templates"));
        JsonNode german = json(victor.get("rest/journeymaps/1.0/templates", "Accept-Language", "de"));

        assertThat(english.get("templates")).extracting(t -> t.get("id").asText())
                .contains("b2c", "e-commerce", "b2b-saas", "service-blueprint", "blank");
        assertThat(english.at("/templates/0/stages/0").asText()).isEqualTo("Awareness");
        assertThat(german.at("/templates/0/name").asText()).isNotEqualTo(english.at("/templates/0/name").asText());
    }

    @Test
    void csv_exportsPreviewsAndImportsTouchpoints() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        HttpResponse<String> exported = emma.get(mapUrl + "/export.csv");
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        String csv = exported.body();
        String renamed = csv.replaceFirst("Checkout", "Checkout (one page)");
        assertThat(renamed).isNotEqualTo(csv);

        JsonNode preview = json(emma.postText(mapUrl + "/import/preview", renamed));
        assertThat(preview.get("ok").asBoolean()).isTrue();
        assertThat(preview.get("updated")).hasSize(1);
        assertThat(preview.get("added")).isEmpty();
        int base = preview.get("pageVersion").asInt();
        assertThat(json(emma.get(mapUrl)).get("pageVersion").asInt()).as("a preview writes nothing").isEqualTo(base);

        HttpResponse<String> applied = emma.postText(mapUrl + "/import?baseVersion=" + base, renamed);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json(emma.get(mapUrl)).get("map").get("touchpoints")).anySatisfy(tp ->
                assertThat(tp.get("name").asText()).isEqualTo("Checkout (one page)"));

        HttpResponse<String> broken = emma.postText(mapUrl + "/import?baseVersion=" + (base + 1), "\uFEFFstage,name\nNowhere,\"unclosed");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(json(broken).get("details")).isNotEmpty();
        assertThat(json(emma.get(mapUrl)).get("pageVersion").asInt()).isEqualTo(base + 1);

        assertThat(json(emma.get(mapUrl + "/export.json")).get("id").asText()).isEqualTo("jm-demo-store");
    }

    @Test
    void html_rendersTheMapForTheViewer() throws Exception {
        HttpResponse<String> response = signedIn("victor", "Victor-Demo-1").get(mapUrl + "/html?mode=static");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("jm-map");
    }

    @Test
    void unknownEndpoints_answerInTheErrorForm() throws Exception {
        HttpResponse<String> response = signedIn("victor", "Victor-Demo-1").get("rest/journeymaps/1.0/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("not-found");
        assertThat(json(response).has("details")).isTrue();
    }
}
