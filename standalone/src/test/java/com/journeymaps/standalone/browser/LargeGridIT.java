package com.journeymaps.standalone.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grid much taller than the screen, in Chromium: the cards and lane lists out of sight are not rendered when the
 * page loads (grid.css, {@code content-visibility: auto}; the reason is in docs/performance.md, "Session 9"), and
 * they are there as soon as the reader gets to them, by the keyboard or by scrolling, and when the page is printed. "Rendered" is what the
 * browser itself says: {@code checkVisibility({contentVisibilityAuto: true})} of the first thing inside the card
 * or list is false while the browser skips it.
 */
class LargeGridIT {

    private static final String CARD = "[data-jm-touchpoint-id]";
    private static final int EXTRA = 60;
    /** True once the browser renders the element's content. */
    private static final String RENDERED = "e => e.firstElementChild.checkVisibility({contentVisibilityAuto: true})";

    /** True while some of the element's box is in the window. */
    private static final String ON_SCREEN = "e => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }";

    private BrowserSession browser;
    private long pageId;

    @BeforeEach
    void start(@TempDir Path data) {
        browser = BrowserSession.onDemoServer(data);
        pageId = browser.demoPageIdTitled(DemoMap.PAGE_TITLE);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void offScreenCardsAndLists_areRenderedWhenTheKeyboardOrTheScrollingGetsThere_andInPrint() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            JsonNode before = DemoMap.read(emma, pageId, DemoMap.MAP_ID);
            ObjectNode map = (ObjectNode) before.get("map").deepCopy();
            String firstStage = map.at("/stages/0/id").asText();
            ArrayNode touchpoints = (ArrayNode) map.get("touchpoints");
            for (int i = 1; i <= EXTRA; i++) {
                touchpoints.addObject().put("id", "tp-extra-" + i).put("stageId", firstStage)
                        .put("name", "Extra touchpoint " + i).put("channel", "web");
            }
            APIResponse saved = emma.request().put(DemoMap.restPath(pageId, DemoMap.MAP_ID) + "?baseVersion="
                    + before.get("pageVersion").asInt(), RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader("X-Atlassian-Token", "no-check")
                    .setData(map.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);

            Page page = emma.newPage();
            page.navigate("/pages/" + pageId);
            page.locator(CARD + " .jm-card__controls").first().waitFor();
            Locator first = page.locator(CARD).first();
            Locator last = page.locator(CARD + "[data-jm-touchpoint-id=tp-extra-" + EXTRA + "]");
            Locator lowestList = page.locator("tr.jm-grid__row:has(.jm-entries)").last().locator(".jm-entries").first();
            assertThat(first.evaluate(RENDERED)).as("the first card, on screen").isEqualTo(true);
            assertThat(last.evaluate(RENDERED)).as("the last of %d cards of the first stage, far below", EXTRA + 2)
                    .isEqualTo(false);
            assertThat(lowestList.evaluate(RENDERED)).as("the lowest lane's list, below all those cards")
                    .isEqualTo(false);
            // Every card is in the page and the keyboard reaches it: focus brings it into view and renders it.
            assertThat(page.locator(CARD)).hasCount(touchpoints.size());
            assertThat(last.locator(".jm-card__controls")).hasCount(1);
            last.focus();
            assertThat(last).isFocused();
            assertThat(last).isInViewport();
            page.waitForFunction(RENDERED, last.elementHandle());
            assertThat(last.locator(".jm-card__name")).containsText("Extra touchpoint " + EXTRA);
            // Scrolling the grid down with the wheel renders the lanes below the cards.
            BoundingBox grid = page.locator(".jm-grid-scroll").boundingBox();
            page.mouse().move(grid.x + grid.width / 2, grid.y + grid.height / 2);
            for (int i = 0; i < 40 && lowestList.evaluate(ON_SCREEN).equals(false); i++) { // bounded: 40 turns of 1,000 px
                page.mouse().wheel(0, 1_000);
            }
            assertThat(lowestList).isInViewport();
            page.waitForFunction(RENDERED, lowestList.elementHandle());
            browser.assertClean(page);

            // Printed, everything is rendered, whether or not it has been on screen.
            Page printed = emma.newPage();
            printed.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            printed.navigate("/pages/" + pageId);
            printed.waitForFunction("() => performance.getEntriesByName('jm:editor-ready').length > 0"); // controls hidden in print
            assertThat(printed.locator(CARD + "[data-jm-touchpoint-id=tp-extra-" + (EXTRA - 1) + "]").evaluate(RENDERED))
                    .as("a card far below, printed").isEqualTo(true);
            assertThat(printed.locator("tr.jm-grid__row:has(.jm-entries)").last().locator(".jm-entries").first()
                    .evaluate(RENDERED)).as("the lowest lane's list, printed").isEqualTo(true);
            browser.assertClean(printed);
        }
    }
}
