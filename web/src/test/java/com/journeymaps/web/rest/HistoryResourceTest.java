package com.journeymaps.web.rest;

import static com.journeymaps.web.rest.ResourceFixture.MISSING;
import static com.journeymaps.web.rest.ResourceFixture.PAGE;
import static com.journeymaps.web.rest.ResourceFixture.SECRET;
import static com.journeymaps.web.rest.ResourceFixture.SECRET_TITLE;
import static com.journeymaps.web.rest.ResourceFixture.call;
import static com.journeymaps.web.rest.ResourceFixture.json;
import static com.journeymaps.web.rest.ResourceFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.web.map.HistoryService;
import com.journeymaps.web.port.PagePermission;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HistoryResource} on a real {@code HistoryService} over mocked pages and viewer: versions with summaries,
 * diffs with a sentence per change, restore as a new version, and every refusal with its status and code.
 */
class HistoryResourceTest {

    private ResourceFixture fixture;
    private HistoryResource target;
    private String mapId;

    @BeforeEach
    void setUp() {
        fixture = new ResourceFixture();
        target = new HistoryResource(new HistoryService(fixture.pages, fixture.viewer, fixture.maps), fixture.viewer);
        mapId = fixture.map.id();
        fixture.append(ResourceFixture.bodyWith(fixture.map.withTitle("Checkout, second take")));
        fixture.append(ResourceFixture.bodyWith(fixture.map.withTitle("Checkout, second take")
                .toBuilder().objective("Fewer drop-outs").build()));
    }

    private static void assertRefused(Response response, int status, String code) {
        assertThat(response.getStatus()).as(text(response)).isEqualTo(status);
        assertThat(json(response).get("code").asText()).isEqualTo(code);
        assertThat(json(response).get("message").asText()).isNotBlank();
        assertThat(text(response)).doesNotContain(SECRET_TITLE);
    }

    @Test
    void versions_listsTheVersionsInWhichTheMapChanged_newestFirst_withSummaries() {
        JsonNode body = json(call(() -> target.versions(PAGE, mapId)));

        JsonNode versions = body.get("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(3);
        assertThat(versions.get(0).get("author").asText()).isEqualTo("emma");
        assertThat(versions.get(0).get("summary").asText()).isNotBlank();
        assertThat(versions.get(0).get("changes").asInt()).isPositive();
        assertThat(versions.get(2).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void diff_answersEachChangeWithASentence() {
        JsonNode body = json(call(() -> target.diff(PAGE, mapId, 1, 3)));

        assertThat(body.get("from").asInt()).isEqualTo(1);
        assertThat(body.get("to").asInt()).isEqualTo(3);
        assertThat(body.get("changes")).hasSize(2);
        assertThat(body.get("changes").toString()).contains("Checkout, second take", "Fewer drop-outs");
        body.get("changes").forEach(change -> assertThat(change.get("sentence").asText()).isNotBlank());
        assertThat(body.get("summary").asText()).isNotBlank();
    }

    @Test
    void diff_withAMissingOrBadVersion_is400_andAnUnknownVersion404() {
        assertRefused(call(() -> target.diff(PAGE, mapId, null, 2)), 400, "bad-version");
        assertRefused(call(() -> target.diff(PAGE, mapId, 1, 0)), 400, "bad-version");
        assertRefused(call(() -> target.diff(PAGE, mapId, 1, 42)), 404, "version-not-found");
    }

    @Test
    void history_ofAPageTheCallerCannotSee_is404_withoutItsTitle() {
        assertRefused(call(() -> target.versions(SECRET, mapId)), 404, "page-not-found");
        assertRefused(call(() -> target.diff(SECRET, mapId, 1, 1)), 404, "page-not-found");
        assertRefused(call(() -> target.restore(SECRET, mapId, 1, 1)), 404, "page-not-found");
        assertRefused(call(() -> target.versions(MISSING, mapId)), 404, "page-not-found");
        fixture.nothingSavedOnOtherPages();
    }

    @Test
    void restore_savesTheOldMapAsTheNewestVersion() {
        JsonNode body = json(call(() -> target.restore(PAGE, mapId, 1, 3)));

        assertThat(body.get("pageVersion").asInt()).isEqualTo(4);
        assertThat(body.get("restoredFrom").asInt()).isEqualTo(1);
        assertThat(body.at("/map/title").asText()).isEqualTo(fixture.map.title());
        assertThat(new StorageFormatCodec().get(fixture.current().body(), mapId).body()).contains(fixture.map.title());
    }

    @Test
    void restore_withoutEditPermission_is403_andWritesNothing() {
        fixture.deny(PagePermission.EDIT);

        assertRefused(call(() -> target.restore(PAGE, mapId, 1, 3)), 403, "forbidden");
        assertThat(fixture.version()).isEqualTo(3);
    }

    @Test
    void restore_fromAStaleBase_withAConflict_is409_andWritesNothing() {
        // The base (2) renamed the map; version 3 kept that title. Someone now renames it again (4); restoring 1 from
        // base 2 changes the title back, which conflicts with the newer rename.
        fixture.append(ResourceFixture.bodyWith(fixture.map.withTitle("Renamed meanwhile")));

        assertRefused(call(() -> target.restore(PAGE, mapId, 1, 2)), 409, "conflict");
        assertThat(fixture.version()).isEqualTo(4);
    }

    @Test
    void restore_ofAVersionWhoseMapIsBroken_is422_andWritesNothing() {
        fixture.append(new StorageFormatCodec().insert("", 0, MacroSpec.journeyMap(mapId, "{\"stages\": 1}")));

        assertRefused(call(() -> target.restore(PAGE, mapId, 4, 4)), 422, "invalid-map");
        assertThat(fixture.version()).isEqualTo(4);
    }

    @Test
    void restore_inReadOnlyMode_is503_andWritesNothing() {
        fixture.readOnly();

        assertRefused(call(() -> target.restore(PAGE, mapId, 1, 3)), 503, "read-only");
        assertThat(fixture.version()).isEqualTo(3);
    }

    @Test
    void restore_withoutVersions_is400() {
        assertRefused(call(() -> target.restore(PAGE, mapId, null, 3)), 400, "bad-version");
        assertRefused(call(() -> target.restore(PAGE, mapId, 1, null)), 400, "bad-version");
    }
}
