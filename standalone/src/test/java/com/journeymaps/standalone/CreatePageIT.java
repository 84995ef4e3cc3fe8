package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Creating pages from the Journey map and Persona blueprints over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatePageIT {

    private StandaloneServer server;

    @BeforeAll
    void start(@TempDir Path data) {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private WikiClient signedIn(String user, String password) throws Exception {
        WikiClient client = new WikiClient(server.baseUri());
        client.signIn(user, password);
        return client;
    }

    private static Map<String, String> form(Document page, String title, String blueprint, String template) {
        return Map.of("csrf", page.selectFirst("form.jm-create input[name=csrf]").val(), "title", title,
                "blueprint", blueprint, "template", template);
    }

    @Test
    void journeyMapBlueprint_createsAPageWithAMapFromTheTemplate() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        assertThat(Jsoup.parse(emma.get("").body()).select("a.jm-create-link[href=/spaces/DEMO/create]")).hasSize(1);
        Document form = Jsoup.parse(emma.get("spaces/DEMO/create").body());

        HttpResponse<String> created = emma.postForm("spaces/DEMO/create", form(form, "SaaS onboarding", "journey-map", "b2b-saas"));

        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Document page = Jsoup.parse(emma.get("pages/" + id).body());
        String mapId = page.selectFirst("[data-jm-map-id]").attr("data-jm-map-id");
        JsonNode map = new ObjectMapper().readTree(emma.get("rest/journeymaps/1.0/pages/" + id + "/maps/" + mapId).body());
        assertThat(map.at("/map/title").asText()).isEqualTo("SaaS onboarding");
        assertThat(map.at("/map/stages")).hasSize(7);
    }

    @Test
    void personaBlueprint_createsAPersonaPage() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        Document form = Jsoup.parse(emma.get("spaces/DEMO/create").body());

        HttpResponse<String> created = emma.postForm("spaces/DEMO/create", form(form, "Persona: Priya, procurement lead", "persona", "b2c"));

        assertThat(created.statusCode()).isEqualTo(303);
        Document page = Jsoup.parse(emma.get(created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*?/pages/", "pages/")).body());
        assertThat(page.text()).contains("Persona: Priya, procurement lead");
    }

    @Test
    void create_refusesDuplicateTitlesBadInputAndPeopleWithoutEditRights() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        Document form = Jsoup.parse(emma.get("spaces/DEMO/create").body());

        HttpResponse<String> duplicate = emma.postForm("spaces/DEMO/create", form(form, "Online store: customer journey", "journey-map", "b2c"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(duplicate.body()).select("[role=alert]").text()).contains("already a page");
        HttpResponse<String> empty = emma.postForm("spaces/DEMO/create", form(form, "  ", "nonsense", "b2c"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.body()).select("[role=alert] li")).hasSize(2);

        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        assertThat(Jsoup.parse(victor.get("").body()).select("a.jm-create-link")).isEmpty();
        assertThat(victor.get("spaces/DEMO/create").statusCode()).isEqualTo(404);
        assertThat(emma.get("spaces/NOPE/create").statusCode()).isEqualTo(404);
    }
}
