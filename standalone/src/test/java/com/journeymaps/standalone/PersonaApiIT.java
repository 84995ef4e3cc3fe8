package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.standalone.store.DataDirectory;
import com.journeymaps.standalone.store.Database;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persona REST API through HTTP against a real server: the demo space plus a space only the admin may see, holding a
 * persona page of its own and a map page that links the demo's persona Maya. Viewers of the demo space must never learn
 * of either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonaApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "rest/journeymaps/1.0/personas";
    private static final String MAYA = "Persona: Maya, first-time buyer";
    private static final String SECRET_PERSONA = "Persona: Quentin, secret pilot customer";
    private static final String SECRET_MAP = "Secret pilot: journey";

    private StandaloneServer server;
    private long maya;
    private long secretPersona;
    private long secretMap;
    private long demoMap;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        WikiClient admin = signedIn("admin", "Admin-Demo-1");
        maya = admin.pageIdTitled(MAYA);
        long tom = admin.pageIdTitled("Persona: Tom, returning customer");
        demoMap = admin.pageIdTitled(MapApiIT.DEMO_MAP_PAGE);
        server.close();

        // A second space, only for the admin, written straight into the stopped server's database.
        DataDirectory directory = DataDirectory.open(data);
        Database database = Database.open(directory);
        try {
            PageStore pages = new PageStore(database, Clock.systemUTC());
            PageStore.Space space = pages.createSpace("SECRET", "Secret pilot");
            new PermissionStore(database).grant(space.id(), "admin", "admin");
            StorageFormatCodec codec = new StorageFormatCodec();
            secretPersona = pages.createPage(space, SECRET_PERSONA,
                    codec.insert("", 0, MacroSpec.persona("persona-quentin", "{\"name\":\"Quentin Maya-Fan\"}")), "admin", "test");
            JourneyMap map = DemoContent.demoMap(maya, tom);
            secretMap = pages.createPage(space, SECRET_MAP,
                    codec.insert("", 0, MacroSpec.journeyMap(map.id(), JourneyMapJson.write(map))), "admin", "test");
        } finally {
            database.close();
            directory.close();
        }
        server = new StandaloneServer(StandaloneServerIT.config(data, false));
        server.start();
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

    private static List<String> titles(JsonNode list) {
        List<String> titles = new ArrayList<>();
        list.forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    @Test
    void search_findsOnlyPersonaPagesTheCallerMaySee() throws Exception {
        JsonNode victors = json(signedIn("victor", "Victor-Demo-1").get(BASE + "?q=maya"));
        JsonNode admins = json(signedIn("admin", "Admin-Demo-1").get(BASE + "?q=MAYA"));

        assertThat(titles(victors.get("personas"))).containsExactly(MAYA);
        assertThat(victors.at("/personas/0/pageId").asLong()).isEqualTo(maya);
        assertThat(victors.at("/personas/0/name").asText()).isEqualTo("Maya Lindqvist");
        assertThat(victors.at("/personas/0/role").asText()).isEqualTo("First-time buyer");
        // Quentin's persona name contains "Maya", so the admin finds him too; ordered by title.
        assertThat(titles(admins.get("personas"))).containsExactly(MAYA, SECRET_PERSONA);
    }

    @Test
    void search_withoutQueryListsEveryVisiblePersonaAndHonoursTheLimit() throws Exception {
        WikiClient victor = signedIn("victor", "Victor-Demo-1");

        assertThat(titles(json(victor.get(BASE)).get("personas")))
                .containsExactly(MAYA, "Persona: Tom, returning customer");
        assertThat(titles(json(victor.get(BASE + "?limit=1")).get("personas"))).containsExactly(MAYA);
        assertThat(json(victor.get(BASE + "?q=journey")).get("personas")).as("map pages are not personas").isEmpty();
    }

    @Test
    void search_refusesABadLimitAndAnOverlongQueryNamingTheParameter() throws Exception {
        WikiClient victor = signedIn("victor", "Victor-Demo-1");

        HttpResponse<String> zero = victor.get(BASE + "?limit=0");
        HttpResponse<String> huge = victor.get(BASE + "?limit=101");
        HttpResponse<String> longQuery = victor.get(BASE + "?q=" + "a".repeat(201));
        HttpResponse<String> notANumber = victor.get(BASE + "?limit=ten");

        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(json(zero).get("code").asText()).isEqualTo("invalid-limit");
        assertThat(json(zero).at("/details/0/pointer").asText()).isEqualTo("/query/limit");
        assertThat(json(zero).get("message").asText()).contains("limit").contains("100").contains("0");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json(notANumber).get("code").asText()).isEqualTo("invalid-limit");
        assertThat(json(notANumber).get("message").asText()).contains("ten");
        assertThat(longQuery.statusCode()).isEqualTo(400);
        assertThat(json(longQuery).get("code").asText()).isEqualTo("invalid-query");
        assertThat(json(longQuery).at("/details/0/pointer").asText()).isEqualTo("/query/q");
    }

    @Test
    void read_givesEveryFieldOfThePersona() throws Exception {
        HttpResponse<String> response = signedIn("victor", "Victor-Demo-1").get(BASE + "/" + maya);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("title").asText()).isEqualTo(MAYA);
        assertThat(body.get("url").asText()).isEqualTo("/pages/" + maya);
        assertThat(body.at("/persona/quote").asText()).startsWith("If checkout makes me create an account");
        assertThat(body.at("/persona/goals")).hasSize(2);
        assertThat(body.at("/persona/channels").get(0).asText()).isEqualTo("mobile-app");
        assertThat(body.at("/persona/photoUrl").isNull()).isTrue();
    }

    @Test
    void read_hidesAPageTheCallerMayNotSeeExactlyLikeAMissingOne() throws Exception {
        WikiClient victor = signedIn("victor", "Victor-Demo-1");

        HttpResponse<String> hidden = victor.get(BASE + "/" + secretPersona);
        HttpResponse<String> missing = victor.get(BASE + "/987654");
        HttpResponse<String> anonymous = new WikiClient(server.baseUri()).get(BASE + "/" + maya);

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(json(hidden).get("code").asText()).isEqualTo("page-not-found").isEqualTo(json(missing).get("code").asText());
        assertThat(json(hidden).get("message").asText())
                .isEqualTo(json(missing).get("message").asText().replace("987654", String.valueOf(secretPersona)));
        assertThat(hidden.body()).doesNotContain("Quentin").doesNotContain("Secret");
        assertThat(victor.get(BASE + "/" + secretPersona + "/maps").statusCode()).isEqualTo(404);
    }

    @Test
    void read_aVisiblePageWithoutPersonaIsPersonaNotFound() throws Exception {
        HttpResponse<String> response = signedIn("victor", "Victor-Demo-1").get(BASE + "/" + demoMap);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("persona-not-found");
    }

    @Test
    void maps_listsOnlyMapPagesTheCallerMaySee() throws Exception {
        JsonNode victors = json(signedIn("victor", "Victor-Demo-1").get(BASE + "/" + maya + "/maps"));
        JsonNode admins = json(signedIn("admin", "Admin-Demo-1").get(BASE + "/" + maya + "/maps"));

        assertThat(victors.get("pageId").asLong()).isEqualTo(maya);
        assertThat(titles(victors.get("maps"))).containsExactly(MapApiIT.DEMO_MAP_PAGE);
        assertThat(victors.toString()).doesNotContain("Secret");
        assertThat(titles(admins.get("maps"))).containsExactlyInAnyOrder(MapApiIT.DEMO_MAP_PAGE, SECRET_MAP);
        assertThat(admins.at("/maps").findValuesAsText("pageId")).contains(String.valueOf(secretMap));
        assertThat(json(signedIn("admin", "Admin-Demo-1").get(BASE + "/" + secretPersona + "/maps")).get("maps")).isEmpty();
    }
}
