package com.journeymaps.standalone.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo journey map most browser tests work on, and what they read of it: its REST answer (through the
 * signed-in browser context, so with that person's permissions), the touchpoints of a stage in order, an element
 * by id, and the editor's save status.
 */
final class DemoMap {

    /** The demo page holding the map. */
    static final String PAGE_TITLE = "Online store: customer journey";
    static final String MAP_ID = "jm-demo-store";
    /** The editor bar's save status (saving / saved / failed). */
    static final String SAVE_STATUS = ".jm-editor-bar__status";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoMap() {
    }

    static String restPath(long pageId, String mapId) {
        return "/rest/journeymaps/1.0/pages/" + pageId + "/maps/" + mapId;
    }

    /** Opens the page holding a map as this (editing) person; returns once the editor has given the cards their controls. */
    static Page openEditable(BrowserContext context, long pageId) {
        Page page = context.newPage();
        page.navigate("/pages/" + pageId);
        page.locator("[data-jm-touchpoint-id] .jm-card__controls").first().waitFor();
        return page;
    }

    /** The REST answer for the map ({@code pageVersion}, {@code canEdit}, {@code map}, ...); the test fails unless 200. */
    static JsonNode read(BrowserContext context, long pageId, String mapId) {
        APIResponse response = context.request().get(restPath(pageId, mapId));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The ids of the touchpoints in this stage, in order; {@code map} is the map itself (the answer's {@code map}). */
    static List<String> stageOrder(JsonNode map, String stageId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode touchpoint : map.get("touchpoints")) {
            if (touchpoint.get("stageId").asText().equals(stageId)) {
                ids.add(touchpoint.get("id").asText());
            }
        }
        return ids;
    }

    /** The element of {@code list} with this id. */
    static JsonNode byId(JsonNode list, String id) {
        for (JsonNode element : list) {
            if (element.path("id").asText().equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no element " + id + " in " + list);
    }

    /** Waits until the editor says its changes are saved. */
    static void assertSaved(Page page) {
        assertThat(page.locator(SAVE_STATUS)).hasAttribute("data-jm-save-state", "saved");
    }
}
