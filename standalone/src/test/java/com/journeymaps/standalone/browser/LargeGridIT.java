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
 * they are there as soon as the reader gets to them, by the keyboard or by scrolling, and when the page is printed.
 * When a save re-renders the map, the grid stays where the reader had it (editor.ts, deferred.ts). "Rendered" is what the
 * browser itself says: {@code checkVisibility({contentVisibilityAuto: true})} of the first thing inside the card
 * or list is false while the browser skips it.
 */
class LargeGridIT {

    private static final String CARD = "[data-jm-touchpoint-id]";
    private static final int EXTRA = 60;
    /** True once the browser renders the element's content. */
    private static final String RENDERED = "e => e.firstElementChild.checkVisibility({contentVisibilityAuto: true})";

    /** True while some of the element's box shows in the grid's scroller and in the window. */
    private static final String ON_SCREEN = "e => { const r = e.getBoundingClientRect();"
            + " const s = e.closest('.jm-grid-scroll').getBoundingClientRect();"
            + " return r.bottom > Math.max(0, s.top) && r.top < Math.min(innerHeight, s.bottom); }";

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
            int touchpoints = addExtraTouchpoints(emma);
            Page page = openEditableMap(emma);
            Locator first = page.locator(CARD).first();
            Locator last = page.locator(CARD + "[data-jm-touchpoint-id=tp-extra-" + EXTRA + "]");
            Locator lowestList = page.locator("tr.jm-grid__row:has(.jm-entries)").last().locator(".jm-entries").first();
            assertThat(first.evaluate(RENDERED)).as("the first card, on screen").isEqualTo(true);
            assertThat(last.evaluate(RENDERED)).as("the last of %d cards of the first stage, far below", EXTRA + 2)
                    .isEqualTo(false);
            assertThat(lowestList.evaluate(RENDERED)).as("the lowest lane's list, below all those cards")
                    .isEqualTo(false);
            // Every card is in the page and the keyboard reaches it: focus brings it into view and renders it.
            assertThat(page.locator(CARD)).hasCount(touchpoints);
            assertThat(last.locator(".jm-card__controls")).hasCount(1);
            last.focus();
            assertThat(last).isFocused();
            assertThat(last).isInViewport();
            page.waitForFunction(RENDERED, last.elementHandle());
            assertThat(last.locator(".jm-card__name")).containsText("Extra touchpoint " + EXTRA);
            // Scrolling the grid down with the wheel renders the lanes below the cards.
            wheelUntilOnScreen(page, lowestList);
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

    @Test
    void aReRenderAfterASave_leavesTheGridWhereTheReaderHadIt() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            addExtraTouchpoints(emma);
            Page page = openEditableMap(emma);
            String selector = CARD + "[data-jm-touchpoint-id=tp-extra-40]";
            Locator card = page.locator(selector);
            // Scrolled down to it with the wheel, so every card above it has been rendered at its real height.
            wheelUntilOnScreen(page, card);
            page.waitForFunction(RENDERED, card.elementHandle());
            // The wheel may leave it under the sticky stage headers, where the click below would first scroll it out.
            card.evaluate("e => { const g = e.closest('.jm-grid-scroll');"
                    + " g.scrollTop += e.getBoundingClientRect().top - g.getBoundingClientRect().top - g.clientHeight / 2; }");
            twoFrames(page);
            double before = top(card);
            page.evaluate("(s) => { window.__jmOldCard = document.querySelector(s); }", selector);

            // A new name re-renders the map after the save (editor.ts): every card and list is a new element.
            Locator name = card.locator("[data-jm-edit=touchpoint][data-jm-field=name]");
            name.click();
            Locator input = name.locator("input, textarea");
            assertThat(input).isFocused();
            input.fill("Renamed far down");
            input.press("Enter");
            DemoMap.assertSaved(page);
            page.waitForFunction("(s) => document.querySelector(s) !== window.__jmOldCard", selector);
            twoFrames(page);
            assertThat(card.locator(".jm-card__name")).containsText("Renamed far down");
            assertThat(top(card)).as("the renamed card's place on screen after the re-render (before: %.1f)", before)
                    .isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
            browser.assertClean(page);
        }
    }

    /** Adds {@value #EXTRA} touchpoints to the demo map's first stage (through the REST API); the map's touchpoint count. */
    private int addExtraTouchpoints(BrowserContext editor) {
        JsonNode before = DemoMap.read(editor, pageId, DemoMap.MAP_ID);
        ObjectNode map = (ObjectNode) before.get("map").deepCopy();
        String firstStage = map.at("/stages/0/id").asText();
        ArrayNode touchpoints = (ArrayNode) map.get("touchpoints");
        for (int i = 1; i <= EXTRA; i++) {
            touchpoints.addObject().put("id", "tp-extra-" + i).put("stageId", firstStage)
                    .put("name", "Extra touchpoint " + i).put("channel", "web");
        }
        APIResponse saved = editor.request().put(DemoMap.restPath(pageId, DemoMap.MAP_ID) + "?baseVersion="
                + before.get("pageVersion").asInt(), RequestOptions.create()
                .setHeader("Content-Type", "application/json").setHeader("X-Atlassian-Token", "no-check")
                .setData(map.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        return touchpoints.size();
    }

    private Page openEditableMap(BrowserContext editor) {
        return DemoMap.openEditable(editor, pageId);
    }

    /**
     * Turns the mouse wheel over the grid's scroller (brought into the window first, the pointer in its visible part)
     * until {@code target} shows in it: at most 60 turns of 400 px.
     */
    private static void wheelUntilOnScreen(Page page, Locator target) {
        page.locator(".jm-grid-scroll").evaluate("e => e.scrollIntoView({block: 'start'})");
        BoundingBox grid = page.locator(".jm-grid-scroll").boundingBox();
        double visible = Math.min(grid.height, page.viewportSize().height - grid.y);
        page.mouse().move(grid.x + grid.width / 3, grid.y + visible / 2);
        for (int i = 0; i < 60 && target.evaluate(ON_SCREEN).equals(false); i++) {
            page.mouse().wheel(0, 400);
        }
        assertThat(target.evaluate(ON_SCREEN)).as("scrolled to with the wheel").isEqualTo(true);
        // the wheel scrolls smoothly: wait until the scroller has not moved for five frames (at most ~300)
        page.evaluate("""
                () => new Promise(done => {
                  const scroller = document.querySelector('.jm-grid-scroll');
                  let last = -1, still = 0, frames = 0;
                  const check = () => {
                    still = scroller.scrollTop === last ? still + 1 : 0;
                    last = scroller.scrollTop;
                    if (still >= 5 || ++frames > 300) { done(); } else { requestAnimationFrame(check); }
                  };
                  requestAnimationFrame(check);
                })
                """);
    }

    private static void twoFrames(Page page) {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /** Where the element is in the grid's scroller's visible area: from the scroller's top edge. */
    private static double top(Locator element) {
        return ((Number) element.evaluate("e => e.getBoundingClientRect().top"
                + " - e.closest('.jm-grid-scroll').getBoundingClientRect().top")).doubleValue();
    }
}
