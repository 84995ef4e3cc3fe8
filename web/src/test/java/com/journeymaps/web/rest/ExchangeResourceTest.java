package com.journeymaps.web.rest;

import static com.journeymaps.web.rest.ResourceFixture.PAGE;
import static com.journeymaps.web.rest.ResourceFixture.SECRET;
import static com.journeymaps.web.rest.ResourceFixture.SECRET_TITLE;
import static com.journeymaps.web.rest.ResourceFixture.call;
import static com.journeymaps.web.rest.ResourceFixture.json;
import static com.journeymaps.web.rest.ResourceFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.web.map.ExchangeService;
import com.journeymaps.web.port.PagePermission;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ExchangeResource} on a real {@code ExchangeService} over mocked pages and viewer: CSV and JSON downloads,
 * CSV import preview (nothing written) and apply (a save), and every refusal with its status and code.
 */
class ExchangeResourceTest {

    private ResourceFixture fixture;
    private ExchangeResource target;
    private String mapId;

    @BeforeEach
    void setUp() {
        fixture = new ResourceFixture();
        target = new ExchangeResource(new ExchangeService(fixture.maps, fixture.viewer));
        mapId = fixture.map.id();
    }

    private static void assertRefused(Response response, int status, String code) {
        assertThat(response.getStatus()).as(text(response)).isEqualTo(status);
        assertThat(json(response).get("code").asText()).isEqualTo(code);
        assertThat(json(response).get("message").asText()).isNotBlank();
        assertThat(text(response)).doesNotContain(SECRET_TITLE);
    }

    private String exportedCsv() {
        return text(call(() -> target.exportCsv(PAGE, mapId)));
    }

    @Test
    void exports_areDownloadsWithASafeFileName() {
        Response csv = call(() -> target.exportCsv(PAGE, mapId));
        Response jsonExport = call(() -> target.exportJson(PAGE, mapId));

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"" + mapId + ".csv\"");
        assertThat(csv.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(text(csv)).contains("Radio ad", "Checkout", "Review request");
        assertThat(json(jsonExport).get("title").asText()).isEqualTo(fixture.map.title());
    }

    @Test
    void exportsOfAPageTheCallerCannotSee_are404_withoutItsTitle() {
        assertRefused(call(() -> target.exportCsv(SECRET, mapId)), 404, "page-not-found");
        assertRefused(call(() -> target.exportJson(SECRET, mapId)), 404, "page-not-found");
    }

    @Test
    void preview_saysWhatWouldChange_andWritesNothing() {
        String csv = exportedCsv().replace("Radio ad", "Podcast ad");

        JsonNode body = json(call(() -> target.preview(PAGE, mapId, csv)));

        assertThat(body.get("ok").asBoolean()).isTrue();
        assertThat(body.get("pageVersion").asInt()).isEqualTo(1);
        assertThat(body.get("updated")).hasSize(1);
        assertThat(body.get("unchanged")).hasSize(2);
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void preview_ofBrokenRows_listsEachProblemWithItsRow_andApplyRefusesThemAll() {
        String csv = exportedCsv() + "\"unterminated\n";

        JsonNode preview = json(call(() -> target.preview(PAGE, mapId, csv)));
        Response apply = call(() -> target.apply(PAGE, mapId, 1, csv));

        assertThat(preview.get("ok").asBoolean()).isFalse();
        assertThat(preview.at("/problems/0/row").asInt()).as("the row of the problem").isPositive();
        assertThat(preview.at("/problems/0/message").asText()).isNotBlank();
        assertRefused(apply, 422, "invalid-csv");
        assertThat(json(apply).at("/details/0/line").asInt()).isEqualTo(preview.at("/problems/0/row").asInt());
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void apply_savesTheImportAsANewVersion() {
        String csv = exportedCsv().replace("Radio ad", "Podcast ad");

        JsonNode body = json(call(() -> target.apply(PAGE, mapId, 1, csv)));

        assertThat(body.get("pageVersion").asInt()).isEqualTo(2);
        assertThat(body.get("map").toString()).contains("Podcast ad").doesNotContain("Radio ad");
    }

    @Test
    void apply_ofAnInvalidOrEmptyCsv_is422_andWritesNothing() {
        assertRefused(call(() -> target.apply(PAGE, mapId, 1, "")), 422, "invalid-csv");
        assertRefused(call(() -> target.apply(PAGE, mapId, 1, "no,such,columns\n1,2,3\n")), 422, "invalid-csv");
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void apply_ofAnOversizedCsv_is413NamingTheLimit() {
        String huge = "name\n" + "x".repeat(ExchangeService.MAX_CSV + 1);

        Response response = call(() -> target.apply(PAGE, mapId, 1, huge));

        assertRefused(response, 413, "too-large");
        assertThat(json(response).get("message").asText().replaceAll("[^0-9]", ""))
                .contains(String.valueOf(ExchangeService.MAX_CSV));
        assertThat(fixture.version()).isEqualTo(1);
    }

    @Test
    void apply_withoutEditPermission_is403_inReadOnlyMode503_toAnInvisiblePage404() {
        String csv = exportedCsv();
        fixture.deny(PagePermission.EDIT);
        assertRefused(call(() -> target.apply(PAGE, mapId, 1, csv)), 403, "forbidden");

        fixture = new ResourceFixture();
        target = new ExchangeResource(new ExchangeService(fixture.maps, fixture.viewer));
        fixture.readOnly();
        assertRefused(call(() -> target.apply(PAGE, mapId, 1, csv)), 503, "read-only");

        assertRefused(call(() -> target.apply(SECRET, mapId, 1, csv)), 404, "page-not-found");
        assertThat(fixture.version()).isEqualTo(1);
        fixture.nothingSavedOnOtherPages();
    }

    @Test
    void apply_afterSomeoneChangedTheSameTouchpoint_is409_andWritesNothing() {
        String csv = exportedCsv().replace("Radio ad", "Podcast ad");
        fixture.append(ResourceFixture.bodyWith(fixture.map.toBuilder()
                .touchpoints(fixture.map.touchpoints().stream()
                        .map(t -> t.name().equals("Radio ad") ? t.toBuilder().name("TV ad").build() : t).toList())
                .build()));

        assertRefused(call(() -> target.apply(PAGE, mapId, 1, csv)), 409, "conflict");
        assertThat(fixture.version()).isEqualTo(2);
    }
}
