package com.journeymaps.standalone.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive map in real Firefox (Debian's firefox-esr, driven by Playwright over WebDriver BiDi, see
 * {@link BrowserSession}) against a real standalone server with the demo space: the core flows the Chromium
 * tests cover in depth, once more in Gecko. In-place edits with Enter and Escape, adding a touchpoint and moving
 * touchpoints with Alt+arrow keys and by pointer drag, the details dialog, the comments panel, history and the
 * visual diff, the persona filter and zoom to fit, and axe-core scans of those views. Every test asserts no CSP
 * violation, no uncaught exception and no console error. The tests share one server and read the map's state
 * before they change it, so they do not depend on each other's order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirefoxMapIT {

    private static final String DEMO_MAP_PAGE = "Online store: customer journey";
    private static final String MAP_ID = "jm-demo-store";
    private static final String TITLE = "h2.jm-map__title";
    private static final String STATUS = ".jm-editor-bar__status";
    private static final String ANNOUNCER = "[data-jm-announcer]";
    private static final String CARD = "[data-jm-touchpoint-id]";
    private static final String TOOLS = "[data-jm-panels-for=" + MAP_ID + "]";

    private static final double ASSERTION_TIMEOUT_MS = 15_000;
    private static final double PLAYWRIGHT_DEFAULT_TIMEOUT_MS = 5_000;

    private BrowserSession browser;
    private long pageId;

    @BeforeAll
    void start(@TempDir Path data) {
        // A save followed by the server's re-rendering can take longer than the default 5 s on a loaded machine;
        // every assertion stays bounded. Put back for the other browser tests in this JVM after the class.
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        browser = BrowserSession.onDemoServer(data, BrowserSession.Engine.FIREFOX);
        pageId = browser.demoPageIdTitled(DEMO_MAP_PAGE);
    }

    @AfterAll
    void stop() {
        PlaywrightAssertions.setDefaultAssertionTimeout(PLAYWRIGHT_DEFAULT_TIMEOUT_MS);
        if (browser != null) {
            browser.close();
        }
    }

    private String mapUrl() {
        return "/rest/journeymaps/1.0/pages/" + pageId + "/maps/" + MAP_ID;
    }

    /** The map as the REST API returns it: {@code pageVersion} and {@code map}. */
    private JsonNode restMap(BrowserContext context) {
        return DemoMap.read(context, pageId, MAP_ID);
    }

    /** The ids of the touchpoints in this stage, in order, from a REST answer. */
    private static List<String> stageOrder(JsonNode answer, String stageId) {
        return DemoMap.stageOrder(answer.get("map"), stageId);
    }

    private static JsonNode touchpoint(JsonNode answer, String id) {
        return DemoMap.byId(answer.at("/map/touchpoints"), id);
    }

    private Page openEditableMap(BrowserContext context) {
        return DemoMap.openEditable(context, pageId);
    }

    /**
     * Replaces the field's text by typing it with the keyboard. Playwright's fill() sets the value from a script
     * in Firefox over WebDriver BiDi (an untrusted input event), after which Firefox, rightly, fires no change
     * event when the field loses focus; a person typing does get one, and so does this.
     */
    private static void typeOver(Locator field, String text) {
        field.focus();
        field.press("Control+a");
        field.press("Delete");
        field.pressSequentially(text);
    }

    @Test
    @Order(1) // first, so the screenshot shows the demo map as it starts
    void mapIsEnhancedUnderTheCsp_withoutErrors_andPassesAxe() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = emma.newPage();
            Response response = page.navigate("/pages/" + pageId);
            String csp = response.headers().get("content-security-policy");
            assertThat(csp).as("the standalone server's CSP").contains("script-src").doesNotContain("unsafe-inline");
            page.locator("section.jm-map[data-jm-enhanced=true]").waitFor();
            assertThat(page.locator(TITLE)).hasClass(Pattern.compile("jm-editable"));
            assertThat(page.locator(CARD + " .jm-card__controls").first()).isVisible();
            // Gecko takes the grid's deferred rendering (grid.css, LargeGridIT) as Chromium does: neither declaration dropped.
            assertThat(page.locator(CARD).first().evaluate("e => { const s = getComputedStyle(e);"
                    + " return s.contentVisibility + ' / ' + s.containIntrinsicHeight; }")).isEqualTo("auto / auto 96px");
            assertThat(page.locator(STATUS)).hasAttribute("data-jm-save-state", "idle");
            assertThat(page.evaluate("() => navigator.userAgent")).asString().contains("Firefox/");
            browser.assertPlatformFeatures(page);
            browser.assertAccessible(page, "map in Firefox");
            browser.assertClean(page);

            // The screenshot for docs/: the grid with the focus on a card (after assertClean, see BrowserSession.screenshot).
            page.locator(CARD).first().focus();
            page.locator("section.jm-map .jm-grid-scroll").evaluate("e => e.scrollIntoView({ block: 'start' })");
            browser.screenshot(page, "firefox-editor.png");

            // The recorder behind assertClean sees violations in Firefox too: an inline script is blocked and reported.
            page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__jmInline = 1';"
                    + " document.body.append(s); }");
            page.waitForCondition(() -> !((List<?>) page.evaluate("() => window.__jmCspViolations")).isEmpty());
            assertThat(page.evaluate("() => typeof window.__jmInline")).isEqualTo("undefined");
        }
    }

    @Test
    void textsAreEditedInPlace_enterSavesAndEscapeCancels() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            Locator title = page.locator(TITLE);
            title.click();
            Locator input = title.locator("input");
            assertThat(input).isFocused();
            typeOver(input, "Online store, checked in Firefox");
            input.press("Enter");
            assertThat(title).hasText("Online store, checked in Firefox");
            assertThat(title).isFocused();
            DemoMap.assertSaved(page);
            assertThat(restMap(emma).at("/map/title").asText()).isEqualTo("Online store, checked in Firefox");

            page.reload();
            assertThat(page.locator(TITLE)).hasText("Online store, checked in Firefox");

            int versionBefore = restMap(emma).get("pageVersion").asInt();
            Locator stage = page.locator(".jm-grid__stage-name[data-jm-edit=stage]").first();
            String before = stage.textContent().trim();
            stage.focus();
            page.keyboard().press("Enter");
            Locator stageInput = stage.locator("input");
            assertThat(stageInput).isFocused();
            typeOver(stageInput, "Something I did not mean");
            stageInput.press("Escape");
            assertThat(stage).hasText(before);
            assertThat(stage).isFocused();
            assertThat(page.locator(ANNOUNCER)).hasText("Edit cancelled");
            page.waitForTimeout(1200); // longer than the save delay: nothing may be sent
            assertThat(page.locator(STATUS)).hasAttribute("data-jm-save-state", "idle");
            assertThat(restMap(emma).get("pageVersion").asInt()).isEqualTo(versionBefore);
            browser.assertClean(page);
        }
    }

    @Test
    void addTouchpoint_thenMoveItWithAltAndTheArrowKeys() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            JsonNode map = restMap(emma);
            JsonNode stages = map.at("/map/stages");
            String last = stages.get(stages.size() - 1).get("id").asText();
            String previous = stages.get(stages.size() - 2).get("id").asText();
            List<String> lastBefore = stageOrder(map, last);
            List<String> previousBefore = stageOrder(map, previous);
            assertThat(lastBefore).as("the demo's last stage has touchpoints").isNotEmpty();

            Locator add = page.locator("tr.jm-grid__row--touchpoints td[data-jm-stage-id=" + last + "] button.jm-add");
            add.focus();
            page.keyboard().press("Enter");
            Locator name = page.locator("td[data-jm-stage-id=" + last + "] [data-jm-edit=touchpoint] input");
            assertThat(name).isFocused();
            name.pressSequentially("Firefox kiosk");
            name.press("Enter");
            DemoMap.assertSaved(page);
            List<String> lastNow = stageOrder(restMap(emma), last);
            assertThat(lastNow).hasSize(lastBefore.size() + 1).startsWith(lastBefore.toArray(String[]::new));
            String added = lastNow.get(lastNow.size() - 1);
            assertThat(touchpoint(restMap(emma), added).get("name").asText()).isEqualTo("Firefox kiosk");

            // Alt+ArrowUp: one place up in its stage.
            Locator card = page.locator("[data-jm-touchpoint-id=" + added + "]");
            card.focus();
            page.keyboard().press("Alt+ArrowUp");
            assertThat(page.locator(ANNOUNCER)).hasText(Pattern.compile("^Firefox kiosk is now number " + lastBefore.size() + " in "));
            DemoMap.assertSaved(page);
            assertThat(page.locator("[data-jm-touchpoint-id=" + added + "]")).isFocused();
            List<String> expected = new ArrayList<>(lastBefore);
            expected.add(lastBefore.size() - 1, added);
            assertThat(stageOrder(restMap(emma), last)).isEqualTo(expected);

            // Alt+ArrowLeft: into the previous stage, at the same position (or at its end).
            page.keyboard().press("Alt+ArrowLeft");
            DemoMap.assertSaved(page);
            assertThat(page.locator("td[data-jm-stage-id=" + previous + "] [data-jm-touchpoint-id=" + added + "]")).isFocused();
            JsonNode after = restMap(emma);
            List<String> previousExpected = new ArrayList<>(previousBefore);
            previousExpected.add(Math.min(lastBefore.size() - 1, previousBefore.size()), added);
            assertThat(stageOrder(after, previous)).isEqualTo(previousExpected);
            assertThat(stageOrder(after, last)).isEqualTo(lastBefore);
            browser.assertClean(page);
        }
    }

    @Test
    void dragTouchpointWithThePointer_toAnotherStage() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            JsonNode map = restMap(emma);
            String first = map.at("/map/stages/0/id").asText();
            String second = map.at("/map/stages/1/id").asText();
            List<String> firstBefore = stageOrder(map, first);
            List<String> secondBefore = stageOrder(map, second);
            assertThat(firstBefore).isNotEmpty();
            assertThat(secondBefore).isNotEmpty();
            String moved = firstBefore.get(0);
            String target = secondBefore.get(0);

            // Press on the first card of stage 1, drag it onto the upper half of the first card of stage 2. WebDriver
            // BiDi refuses pointer moves outside the viewport, so the row is scrolled into view first.
            page.locator("[data-jm-touchpoint-id=" + target + "]").scrollIntoViewIfNeeded();
            BoundingBox from = page.locator("[data-jm-touchpoint-id=" + moved + "] .jm-card__number").boundingBox();
            BoundingBox to = page.locator("[data-jm-touchpoint-id=" + target + "]").boundingBox();
            page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
            page.mouse().down();
            page.mouse().move(from.x + 40, from.y + 20, new Mouse.MoveOptions().setSteps(4));
            page.mouse().move(to.x + to.width / 2, to.y + 8, new Mouse.MoveOptions().setSteps(8));
            assertThat(page.locator("[data-jm-touchpoint-id=" + target + "]")).hasClass(Pattern.compile("jm-card--drop-before"));
            assertThat(page.locator("section.jm-map")).hasClass(Pattern.compile("jm-map--dragging"));
            page.mouse().up();

            DemoMap.assertSaved(page);
            assertThat(page.locator("td[data-jm-stage-id=" + second + "] [data-jm-touchpoint-id]")).hasCount(secondBefore.size() + 1);
            assertThat(page.locator(ANNOUNCER)).hasText(Pattern.compile(" is now number 1 in "));
            JsonNode after = restMap(emma);
            List<String> secondExpected = new ArrayList<>(secondBefore);
            secondExpected.add(0, moved);
            assertThat(stageOrder(after, second)).isEqualTo(secondExpected);
            assertThat(stageOrder(after, first)).isEqualTo(firstBefore.subList(1, firstBefore.size()));
            // The drag neither started an in-place edit nor opened the comments panel, nor left text selected.
            assertThat(page.locator("section.jm-map input")).hasCount(0);
            assertThat(page.locator("aside.jm-comments[role=dialog]:visible")).hasCount(0);
            assertThat(page.evaluate("() => String(window.getSelection())")).isEqualTo("");
            browser.assertClean(page);
        }
    }

    @Test
    void detailsDialog_opensWithEnter_andSavesChannelAndDescription() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            Locator card = page.locator(CARD).nth(1);
            String id = card.getAttribute("data-jm-touchpoint-id");
            card.focus();
            page.keyboard().press("Enter");

            Locator dialog = page.locator("dialog.jm-details");
            assertThat(dialog).isVisible();
            assertThat(dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).first()).isFocused();
            typeOver(dialog.getByLabel("Description"), "Asked a friend who shops here");
            page.keyboard().press("Tab"); // leaving the field commits it (its change event)
            dialog.getByLabel("Channel").selectOption("chat");
            dialog.getByLabel("Moment of truth").check();
            browser.assertAccessible(page, "details dialog in Firefox");

            page.keyboard().press("Escape");
            assertThat(dialog).hasCount(0);
            DemoMap.assertSaved(page);
            assertThat(page.locator("[data-jm-touchpoint-id=" + id + "]")).isFocused();
            JsonNode saved = touchpoint(restMap(emma), id);
            assertThat(saved.get("description").asText()).isEqualTo("Asked a friend who shops here");
            assertThat(saved.get("channel").asText()).isEqualTo("chat");
            assertThat(saved.get("momentOfTruth").asBoolean()).isTrue();
            assertThat(page.locator("[data-jm-touchpoint-id=" + id + "] .jm-card__channel")).containsText("Chat");
            browser.assertClean(page);
        }
    }

    @Test
    void commentsPanel_opensWithSpace_andPostsAComment() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            Locator card = page.locator(CARD).last();
            String id = card.getAttribute("data-jm-touchpoint-id");
            card.focus();
            page.keyboard().press(" ");

            Locator panel = page.locator("aside.jm-comments[role=dialog]");
            assertThat(panel).isVisible();
            assertThat(panel.locator("h2")).isFocused();
            int before = panel.locator("li.jm-comment").count();
            panel.getByLabel("New comment").pressSequentially("Does this work in <i>Firefox</i>?");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Comment").setExact(true)).click();
            Locator comments = panel.locator("li.jm-comment");
            assertThat(comments).hasCount(before + 1);
            Locator mine = comments.filter(new Locator.FilterOptions().setHasText("Does this work in"));
            assertThat(mine.locator(".jm-comment__text")).hasText("Does this work in <i>Firefox</i>?");
            assertThat(mine.locator(".jm-comment__text i")).hasCount(0);
            assertThat(mine.locator(".jm-comment__author")).hasText("emma");
            assertThat(page.locator("[data-jm-comment-count=\"" + id + "\"] .jm-comment-badge")).hasText(String.valueOf(before + 1));
            browser.assertAccessible(page, "comments panel in Firefox");

            page.keyboard().press("Escape");
            assertThat(panel).isHidden();
            assertThat(page.locator("[data-jm-touchpoint-id=\"" + id + "\"]")).isFocused();
            browser.assertClean(page);
        }
    }

    @Test
    void history_listsTheVersions_andShowsTheVisualDiffInTheGrid() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            JsonNode before = restMap(emma);
            int oldVersion = before.get("pageVersion").asInt();
            ObjectNode map = (ObjectNode) before.get("map").deepCopy();
            ObjectNode renamed = (ObjectNode) map.at("/touchpoints/0");
            String id = renamed.get("id").asText();
            String oldName = renamed.get("name").asText();
            renamed.put("name", "Renamed for the Firefox diff");
            APIResponse saved = emma.request().put(mapUrl() + "?baseVersion=" + oldVersion, RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader("X-Atlassian-Token", "no-check")
                    .setData(map.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            int newVersion = restMap(emma).get("pageVersion").asInt();

            Page page = openEditableMap(emma);
            Locator toggle = page.locator(TOOLS + " .jm-panels__history");
            toggle.focus();
            page.keyboard().press("Enter");
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            Locator history = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Version history"));
            assertThat(history.locator(".jm-history__title")).isFocused();
            Locator newest = history.locator(".jm-history__item").first();
            assertThat(newest).hasAttribute("data-jm-version", String.valueOf(newVersion));
            assertThat(newest.locator(".jm-history__author")).hasText("emma");
            browser.assertAccessible(page, "history panel in Firefox");

            newest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show changes")).click();
            Locator view = page.locator(TOOLS + " .jm-version-view");
            assertThat(view.locator(".jm-version-view__title")).hasText(Pattern.compile(
                    "^Changes from version \\d+ to version " + newVersion + "$"));
            assertThat(page.locator("section.jm-map--interactive[data-jm-map-id=" + MAP_ID + "]")).isHidden();
            Locator changed = view.locator("[data-jm-touchpoint-id=" + id + "]");
            assertThat(changed).hasAttribute("data-jm-diff", "changed");
            Locator note = changed.locator(".jm-diff-note");
            assertThat(note).isHidden();
            changed.focus();
            assertThat(note).isVisible();
            assertThat(note).containsText("Before: " + oldName);
            assertThat(view.locator("[data-jm-edit]")).hasCount(0);
            browser.assertAccessible(page, "visual diff in Firefox");

            view.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Back to the current map")).click();
            assertThat(view).isHidden();
            assertThat(page.locator("section.jm-map--interactive[data-jm-map-id=" + MAP_ID + "]")).isVisible();
            browser.assertClean(page);
        }
    }

    @Test
    void personaFilter_hidesTheOtherPersonasCurve_andZoomToFitScalesTheGrid() {
        try (BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            Page page = victor.newPage();
            page.navigate("/pages/" + pageId);
            page.locator(".jm-tools select").first().waitFor();
            Locator tom = page.locator("g.jm-curve__series[data-jm-persona-id=pr-tom]");
            Locator maya = page.locator("g.jm-curve__series[data-jm-persona-id=pr-maya]");
            assertThat(tom).isVisible();
            page.getByLabel("Persona", new Page.GetByLabelOptions().setExact(true)).selectOption("pr-maya");
            assertThat(tom).isHidden();
            assertThat(maya).isVisible();
            assertThat(page.locator("li[data-jm-persona-id=pr-tom]:visible")).hasCount(0);

            page.setViewportSize(640, 900);
            Locator scroll = page.locator("section.jm-map[data-jm-map-id=" + MAP_ID + "] .jm-grid-scroll");
            assertThat(scroll.evaluate("e => e.scrollWidth > e.clientWidth + 1")).as("the grid overflows a narrow window").isEqualTo(true);
            page.locator("[data-jm-tool=fit]").click();
            assertThat(page.locator("[data-jm-tool=fit]")).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("section.jm-map")).hasClass(Pattern.compile("jm-zoom-\\d+"));
            assertThat(scroll.evaluate("e => e.scrollWidth > e.clientWidth + 1")).as("zoomed to fit, Firefox's CSS zoom included").isEqualTo(false);
            browser.assertClean(page);
        }
    }
}
