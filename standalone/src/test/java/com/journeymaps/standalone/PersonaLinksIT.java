package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.storage.MacroOccurrence;
import com.journeymaps.core.storage.PageReference;
import com.journeymaps.core.storage.StorageFormatCodec;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persona links over HTTP on a real server: a map page's stored body carries one {@code ac:link} per linked persona
 * page in the macro's {@code personas} parameter after a save links a persona, and loses it after a save unlinks it;
 * restore writes the links of the restored map; the page with the parameter still renders, diffs and exports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonaLinksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAYA = "Persona: Maya, first-time buyer";
    private static final String TOM = "Persona: Tom, returning customer";
    private static final String PERSONAS = StorageFormatCodec.PERSONA_LINKS_PARAMETER;

    private final StorageFormatCodec codec = new StorageFormatCodec();
    private StandaloneServer server;
    private WikiClient emma;
    private long maya;
    private long tom;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        emma = new WikiClient(server.baseUri());
        assertThat(emma.signIn("emma", "Emma-Demo-1").statusCode()).isEqualTo(303);
        maya = emma.pageIdTitled(MAYA);
        tom = emma.pageIdTitled(TOM);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** The page's stored body, as its editor shows it. */
    private String storage(long pageId) throws Exception {
        HttpResponse<String> editor = emma.get("pages/" + pageId + "/edit");
        assertThat(editor.statusCode()).isEqualTo(200);
        return Jsoup.parse(editor.body()).selectFirst("textarea#jm-source").wholeText();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private long newMapPage(String title) throws Exception {
        Document form = Jsoup.parse(emma.get("spaces/DEMO/create").body());
        HttpResponse<String> created = emma.postForm("spaces/DEMO/create", Map.of("csrf",
                form.selectFirst("form.jm-create input[name=csrf]").val(), "title", title, "blueprint", "journey-map", "template", "b2c"));
        assertThat(created.statusCode()).isEqualTo(303);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/pages/", ""));
    }

    private String mapId(long pageId) throws Exception {
        return codec.find(storage(pageId)).get(0).id().orElseThrow();
    }

    private JsonNode save(String mapUrl, ObjectNode map, int baseVersion) throws Exception {
        HttpResponse<String> saved = emma.put(mapUrl + "?baseVersion=" + baseVersion, JSON.writeValueAsString(map));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return json(saved);
    }

    private static ObjectNode withPersonas(JsonNode map, long... pageIds) {
        ObjectNode copy = map.deepCopy();
        ArrayNode personas = copy.putArray("personas");
        for (int i = 0; i < pageIds.length; i++) {
            personas.addObject().put("id", "pr-link" + i).put("pageId", pageIds[i]).put("title", "cached " + i);
        }
        return copy;
    }

    private List<Long> mapsUsing(long personaPageId) throws Exception {
        List<Long> ids = new ArrayList<>();
        json(emma.get("rest/journeymaps/1.0/personas/" + personaPageId + "/maps")).get("maps")
                .forEach(map -> ids.add(map.get("pageId").asLong()));
        return ids;
    }

    @Test
    void theDemoMapPageLinksItsPersonaPages() throws Exception {
        long demo = emma.pageIdTitled(MapApiIT.DEMO_MAP_PAGE);

        assertThat(codec.pageLinks(storage(demo), "jm-demo-store", PERSONAS))
                .containsExactly(new PageReference(MAYA, "DEMO"), new PageReference(TOM, "DEMO"));
    }

    @Test
    void saving_linksAPersonaInTheStoredPageAndUnlinkingRemovesTheLink() throws Exception {
        long page = newMapPage("Links: map for linking");
        String mapId = mapId(page);
        String mapUrl = "rest/journeymaps/1.0/pages/" + page + "/maps/" + mapId;
        JsonNode read = json(emma.get(mapUrl));
        String before = storage(page);
        MacroOccurrence macroBefore = codec.get(before, mapId);
        assertThat(codec.pageLinks(before, mapId, PERSONAS)).isEmpty();

        JsonNode linked = save(mapUrl, withPersonas(read.get("map"), maya, tom), read.get("pageVersion").asInt());

        String afterLinking = storage(page);
        assertThat(codec.pageLinks(afterLinking, mapId, PERSONAS))
                .containsExactly(new PageReference(MAYA, "DEMO"), new PageReference(TOM, "DEMO"));
        assertThat(afterLinking).as("nothing outside the macro changed")
                .startsWith(before.substring(0, macroBefore.range().start()))
                .endsWith(before.substring(macroBefore.range().end()));
        assertThat(mapsUsing(maya)).contains(page);
        // the page with the parameter renders, diffs and exports
        assertThat(emma.get("pages/" + page).statusCode()).isEqualTo(200);
        assertThat(emma.get(mapUrl + "/html?mode=static").statusCode()).isEqualTo(200);
        int linkedVersion = linked.get("pageVersion").asInt();
        HttpResponse<String> diff = emma.get(mapUrl + "/diff?from=" + read.get("pageVersion").asInt() + "&to=" + linkedVersion);
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("cached 0");
        assertThat(emma.get(mapUrl + "/export.json").body()).contains("\"pageId\":" + maya);
        assertThat(emma.get(mapUrl + "/export.csv").statusCode()).isEqualTo(200);

        JsonNode unlinkedTom = save(mapUrl, withPersonas(read.get("map"), maya), linkedVersion);
        assertThat(codec.pageLinks(storage(page), mapId, PERSONAS)).containsExactly(new PageReference(MAYA, "DEMO"));

        JsonNode unlinked = save(mapUrl, withPersonas(read.get("map")), unlinkedTom.get("pageVersion").asInt());
        String afterUnlinking = storage(page);
        assertThat(codec.pageLinks(afterUnlinking, mapId, PERSONAS)).isEmpty();
        assertThat(codec.get(afterUnlinking, mapId).parameterValues()).doesNotContainKey(PERSONAS);
        assertThat(mapsUsing(maya)).doesNotContain(page);

        // restoring the linked version writes its links again, as the person restoring sees the persona pages
        HttpResponse<String> restored = emma.postJson(mapUrl + "/restore?version=" + linkedVersion + "&baseVersion="
                + unlinked.get("pageVersion").asInt());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(codec.pageLinks(storage(page), mapId, PERSONAS))
                .containsExactly(new PageReference(MAYA, "DEMO"), new PageReference(TOM, "DEMO"));
    }

    @Test
    void aPersonaPageThatIsGoneOrNotAPersonaGetsNoLinkButKeepsItsIdInTheMap() throws Exception {
        long page = newMapPage("Links: map with a stale persona");
        String mapId = mapId(page);
        String mapUrl = "rest/journeymaps/1.0/pages/" + page + "/maps/" + mapId;
        JsonNode read = json(emma.get(mapUrl));
        long notAPersona = emma.pageIdTitled(MapApiIT.DEMO_MAP_PAGE);

        save(mapUrl, withPersonas(read.get("map"), 987654321L, notAPersona, tom), read.get("pageVersion").asInt());

        String stored = storage(page);
        assertThat(codec.pageLinks(stored, mapId, PERSONAS)).containsExactly(new PageReference(TOM, "DEMO"));
        assertThat(json(emma.get(mapUrl)).at("/map/personas").findValuesAsText("pageId"))
                .containsExactly("987654321", String.valueOf(notAPersona), String.valueOf(tom));
    }
}
