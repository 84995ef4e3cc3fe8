package com.journeymaps.web.rest;

import static com.journeymaps.web.rest.ResourceFixture.MISSING;
import static com.journeymaps.web.rest.ResourceFixture.PAGE;
import static com.journeymaps.web.rest.ResourceFixture.SECRET;
import static com.journeymaps.web.rest.ResourceFixture.SECRET_TITLE;
import static com.journeymaps.web.rest.ResourceFixture.call;
import static com.journeymaps.web.rest.ResourceFixture.json;
import static com.journeymaps.web.rest.ResourceFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.template.Templates;
import com.journeymaps.web.map.MapReadJson;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.MapPage;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * {@link MapResource} on a real {@code MapService} over mocked pages and viewer: the JSON it answers, and every
 * refusal (permission denied, not found, conflict, invalid body, read-only) with its status and code, leaving the
 * stored page as it was.
 */
class MapResourceTest {

    private ResourceFixture fixture;
    private TemplateRenderer templates;
    private MapResource target;
    private String mapId;

    @BeforeEach
    void setUp() {
        fixture = new ResourceFixture();
        // the port's default methods (a render with a buffer size) lead to the stubbed render, as in a real renderer
        templates = mock(TemplateRenderer.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
        when(templates.render(anyString(), anyMap())).thenReturn("<section class=\"jm-map\">rendered</section>");
        target = new MapResource(fixture.maps, new MacroRenderService(templates));
        mapId = fixture.map.id();
    }

    private Response save(int baseVersion, String body) {
        return call(() -> target.save(PAGE, mapId, baseVersion, body));
    }

    private void assertRefused(Response response, int status, String code) {
        assertThat(response.getStatus()).as(text(response)).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(text(response)).doesNotContain(SECRET_TITLE);
    }

    @Test
    void read_answersTheMapWithItsPageVersionAndWhetherTheCallerMayEdit() {
        JsonNode body = json(call(() -> target.read(PAGE, mapId)));

        assertThat(body.get("pageId").asLong()).isEqualTo(PAGE);
        assertThat(body.get("mapId").asText()).isEqualTo(mapId);
        assertThat(body.get("pageVersion").asInt()).isEqualTo(1);
        assertThat(body.get("canEdit").asBoolean()).isTrue();
        assertThat(body.get("empty").asBoolean()).isFalse();
        assertThat(body.at("/map/title").asText()).isEqualTo(fixture.map.title());
        assertThat(body.get("problems")).isEmpty();
        assertThat(body.has("storedJson")).as("only broken maps carry their raw JSON").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void read_isTheSameObjectThePageViewCarriesInTheMapRegion() throws Exception {
        fixture.deny(PagePermission.EDIT); // canEdit comes from the host, and must reach the page as it is
        JsonNode rest = json(call(() -> target.read(PAGE, mapId)));
        String stored = fixture.maps.read(PAGE, mapId).storedJson();

        new MacroRenderService(templates).renderJourneyMap(Map.of("map-id", mapId), stored, OutputMode.INTERACTIVE,
                new MapPage(PAGE, rest.get("pageVersion").asInt(), rest.get("canEdit").asBoolean()));

        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(templates).render(eq("JourneyMaps.Map.map"), data.capture(), anyInt());
        JsonNode inline = RestJson.MAPPER.readTree(MapReadJson.jsonOfPageForm((String) data.getValue().get("read")));
        assertThat(inline).isEqualTo(rest);
        assertThat(inline.get("canEdit").asBoolean()).isFalse();
    }

    @Test
    void read_withoutEditPermission_saysCanEditFalse() {
        fixture.deny(PagePermission.EDIT);

        assertThat(json(call(() -> target.read(PAGE, mapId))).get("canEdit").asBoolean()).isFalse();
    }

    @Test
    void read_ofAPageTheCallerCannotSee_is404LikeAMissingPage_withoutItsTitle() {
        Response secret = call(() -> target.read(SECRET, mapId));
        Response missing = call(() -> target.read(MISSING, mapId));

        assertRefused(secret, 404, "page-not-found");
        assertRefused(missing, 404, "page-not-found");
        assertThat(json(secret).get("message").asText().replace(String.valueOf(SECRET), "N"))
                .as("an invisible page is indistinguishable from a missing one")
                .isEqualTo(json(missing).get("message").asText().replace(String.valueOf(MISSING), "N"));
    }

    @Test
    void read_ofAnUnknownMapId_is404NamingTheMap() {
        Response response = call(() -> target.read(PAGE, "jm-nope"));

        assertRefused(response, 404, "map-not-found");
        assertThat(json(response).get("message").asText()).contains("jm-nope");
    }

    @Test
    void read_ofABrokenStoredMap_answersItsProblemsAndRawJson() {
        fixture.append(new StorageFormatCodec().insert("", 0, MacroSpec.journeyMap(mapId, "{\"title\": 3")));

        JsonNode body = json(call(() -> target.read(PAGE, mapId)));

        assertThat(body.get("map").isNull()).isTrue();
        assertThat(body.get("problems")).isNotEmpty();
        assertThat(body.get("storedJson").asText()).isEqualTo("{\"title\": 3");
    }

    @Test
    void readVersion_answersTheMapAsOfThatVersion_and404ForAnUnknownVersion() {
        fixture.append(ResourceFixture.bodyWith(fixture.map.withTitle("Renamed")));

        assertThat(json(call(() -> target.readVersion(PAGE, mapId, 1))).at("/map/title").asText())
                .isEqualTo(fixture.map.title());
        assertThat(json(call(() -> target.readVersion(PAGE, mapId, 2))).at("/map/title").asText()).isEqualTo("Renamed");
        assertRefused(call(() -> target.readVersion(PAGE, mapId, 99)), 404, "version-not-found");
        assertRefused(call(() -> target.readVersion(SECRET, mapId, 1)), 404, "page-not-found");
    }

    @Test
    void html_rendersTheInteractiveOrStaticVariant_notCached() {
        Response response = call(() -> target.html(PAGE, mapId, "static", null));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response)).contains("rendered");
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
        assertThat(String.valueOf(response.getMediaType())).startsWith("text/html");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> data = ArgumentCaptor.forClass(Map.class);
        verify(templates).render(anyString(), data.capture());
        assertThat(data.getValue().get("interactive")).isEqualTo(false);
    }

    @Test
    void html_ofAPageTheCallerCannotSee_is404_andRendersNothing() {
        assertRefused(call(() -> target.html(SECRET, mapId, null, null)), 404, "page-not-found");
        verify(templates, never()).render(anyString(), any());
    }

    @Test
    void save_onTheCurrentVersion_writesANewVersionWithTheMap() {
        JourneyMap edited = fixture.map.withTitle("Checkout, revised");

        JsonNode body = json(save(1, JourneyMapJson.write(edited)));

        assertThat(body.get("pageVersion").asInt()).isEqualTo(2);
        assertThat(body.get("merged").asBoolean()).isFalse();
        assertThat(body.get("versionComment").asText()).isNotBlank();
        assertThat(body.at("/map/title").asText()).isEqualTo("Checkout, revised");
        assertThat(fixture.current().body()).startsWith(ResourceFixture.PREFIX).endsWith(ResourceFixture.SUFFIX);
    }

    @Test
    void save_afterSomeoneElseSaved_mergesDisjointChanges() {
        fixture.append(ResourceFixture.bodyWith(fixture.map.withTitle("Their title")));
        JourneyMap ours = fixture.map.toBuilder().objective("Our objective").build();

        JsonNode body = json(save(1, JourneyMapJson.write(ours)));

        assertThat(body.get("merged").asBoolean()).isTrue();
        assertThat(body.get("pageVersion").asInt()).isEqualTo(3);
        assertThat(body.at("/map/title").asText()).isEqualTo("Their title");
        assertThat(body.at("/map/objective").asText()).isEqualTo("Our objective");
    }

    @Test
    void save_withATrueConflict_is409WithBothValues_andWritesNothing() {
        fixture.append(ResourceFixture.bodyWith(fixture.map.withTitle("Their title")));

        Response response = save(1, JourneyMapJson.write(fixture.map.withTitle("Our title")));

        assertRefused(response, 409, "conflict");
        JsonNode conflicts = json(response).get("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("field").asText()).isEqualTo("title");
        assertThat(conflicts.get(0).get("theirs").asText()).isEqualTo("Their title");
        assertThat(conflicts.get(0).get("ours").asText()).isEqualTo("Our title");
        assertThat(fixture.version()).isEqualTo(2);
    }

    @Test
    void save_withoutEditPermission_is403_andWritesNothing() {
        fixture.deny(PagePermission.EDIT);

        assertRefused(save(1, JourneyMapJson.write(fixture.map.withTitle("x"))), 403, "forbidden");
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void save_toAPageTheCallerCannotSee_is404_andWritesNothing() {
        Response response = call(() -> target.save(SECRET, mapId, 1, JourneyMapJson.write(fixture.map)));

        assertRefused(response, 404, "page-not-found");
        fixture.nothingSavedOnOtherPages();
    }

    @Test
    void save_ofAnInvalidBody_is422NamingWhatAndWhere_andWritesNothing() {
        Response wrongType = save(1, JourneyMapJson.write(fixture.map).replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\":3"));
        Response notJson = save(1, "{\"title\": ");
        Response empty = save(1, "  ");

        assertRefused(wrongType, 422, "invalid-map");
        assertThat(json(wrongType).at("/details/0/pointer").asText()).isEqualTo("/title");
        assertRefused(notJson, 422, "invalid-map");
        assertThat(json(notJson).at("/details/0/line").asInt()).as("where the JSON broke").isPositive();
        assertRefused(empty, 422, "invalid-map");
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void save_withoutABaseVersion_is400() {
        assertRefused(save(0, JourneyMapJson.write(fixture.map)), 400, "missing-base-version");
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void inReadOnlyMode_savesAre503WithAClearMessage_andReadsSayCanEditFalse() {
        fixture.readOnly();

        Response response = save(1, JourneyMapJson.write(fixture.map.withTitle("x")));

        assertRefused(response, 503, "read-only");
        assertThat(json(response).get("message").asText()).containsIgnoringCase("read-only");
        assertThat(json(call(() -> target.read(PAGE, mapId))).get("canEdit").asBoolean()).isFalse();
        assertRefused(call(() -> target.repair(PAGE, mapId, 1)), 503, "read-only");
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void fromTemplate_refusesAMapThatIsNotEmpty_andAnUnknownTemplate() {
        assertRefused(call(() -> target.fromTemplate(PAGE, mapId, "nonsense", 1)), 400, "unknown-template");
        String template = Templates.all().get(0).id();
        assertRefused(call(() -> target.fromTemplate(PAGE, mapId, template, 1)), 409, "map-not-empty");
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void fromTemplate_fillsAnEmptyMapMacro() {
        fixture.append(new StorageFormatCodec().insert("<p>x</p>", 0, MacroSpec.journeyMap(mapId, "")));
        String template = Templates.all().get(0).id();

        JsonNode body = json(call(() -> target.fromTemplate(PAGE, mapId, template, 2)));

        assertThat(body.get("pageVersion").asInt()).isEqualTo(3);
        assertThat(body.at("/map/stages")).isNotEmpty();
    }

    @Test
    void fromTemplate_inReadOnlyMode_is503_andWritesNothing() {
        fixture.append(new StorageFormatCodec().insert("<p>x</p>", 0, MacroSpec.journeyMap(mapId, "")));
        fixture.readOnly();
        String template = Templates.all().get(0).id();

        assertRefused(call(() -> target.fromTemplate(PAGE, mapId, template, 2)), 503, "read-only");
        assertThat(fixture.version()).isEqualTo(2);
    }

    @Test
    void repair_ofAMapNothingCanBeReadFrom_is422NotRepairable_andWritesNothing() {
        fixture.append(new StorageFormatCodec().insert("", 0, MacroSpec.journeyMap(mapId, "{\"title\": 3")));

        Response response = call(() -> target.repair(PAGE, mapId, 2));

        assertRefused(response, 422, "not-repairable");
        assertThat(json(response).get("details")).as("what is left for a person to fix").isNotEmpty();
        assertThat(fixture.version()).isEqualTo(2);
    }

    @Test
    void repair_withoutEditPermission_is403() {
        fixture.deny(PagePermission.EDIT);

        assertRefused(call(() -> target.repair(PAGE, mapId, 1)), 403, "forbidden");
        assertThat(fixture.version()).isEqualTo(1);
    }
}
