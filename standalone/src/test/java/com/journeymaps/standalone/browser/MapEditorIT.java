package com.journeymaps.standalone.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-place map editor in a real browser (Debian's chromium) against a real standalone server with
 * the demo space: edit, cancel, undo, save, merge, conflict, offline, a viewer who may not edit, and the map's read
 * that the page carries (and the REST read when it does not).
 * Every test also asserts the page ran without CSP violations and without console errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapEditorIT {

    private static final String DEMO_MAP_PAGE = "Online store: customer journey";
    private static final String MAP_ID = "jm-demo-store";
    private static final String TITLE = "h2.jm-map__title";
    private static final String STATUS = ".jm-editor-bar__status";
    private static final Predicate<String> SAVE_REQUEST = url -> url.contains("/maps/" + MAP_ID + "?baseVersion=");

    private BrowserSession browser;
    private long pageId;

    @BeforeAll
    void start(@TempDir Path data) {
        browser = BrowserSession.onDemoServer(data);
        pageId = browser.demoPageIdTitled(DEMO_MAP_PAGE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page openMap(BrowserContext context) {
        Page page = context.newPage();
        page.navigate("/pages/" + pageId);
        page.locator(TITLE + ".jm-editable").or(page.locator("section.jm-map[data-jm-enhanced=true]")).first().waitFor();
        return page;
    }

    private Page openEditableMap(BrowserContext context) {
        Page page = openMap(context);
        page.locator(TITLE + ".jm-editable").waitFor();
        return page;
    }

    private JsonNode restMap(BrowserContext context) {
        return DemoMap.read(context, pageId, MAP_ID);
    }

    private static void editInPlace(Page page, Locator editable, String value) {
        editable.click();
        Locator input = editable.locator("input, textarea");
        assertThat(input).isFocused();
        input.fill(value);
        input.press("Enter");
    }

    /** The page's GET requests for the map's REST read, recorded from now on. */
    private List<String> restReads(Page page) {
        List<String> reads = new ArrayList<>();
        String path = DemoMap.restPath(pageId, MAP_ID);
        page.onRequest(request -> {
            if (request.method().equals("GET") && URI.create(request.url()).getPath().equals(path)) {
                reads.add(request.url());
            }
        });
        return reads;
    }

    @Test
    void pageView_carriesTheMapsRead_soEditorAndViewerStartWithoutAskingForIt() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1");
             BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            Page page = emma.newPage();
            List<String> reads = restReads(page);
            page.navigate("/pages/" + pageId);
            page.locator(TITLE + ".jm-editable").waitFor();
            assertThat(reads).as("the editor started from the read in the page").isEmpty();
            assertThat(page.locator("section.jm-map[data-jm-read]")).hasCount(0); // taken off once read

            String title = "Started from the `page`, \"quoted\" \\ too";
            editInPlace(page, page.locator(TITLE), title);
            DemoMap.assertSaved(page);
            assertThat(restMap(emma).at("/map/title").asText()).isEqualTo(title);

            // the reloaded page carries that title in its read; a save of another text must keep it exactly
            page.reload();
            page.locator(TITLE + ".jm-editable").waitFor();
            editInPlace(page, page.locator("[data-jm-edit=map][data-jm-field=objective]"), "Saved from the page's read");
            DemoMap.assertSaved(page);
            JsonNode saved = restMap(emma);
            assertThat(saved.at("/map/title").asText()).isEqualTo(title);
            assertThat(saved.at("/map/objective").asText()).isEqualTo("Saved from the page's read");
            assertThat(reads).isEmpty();
            browser.assertClean(page);

            Page viewers = victor.newPage();
            List<String> viewerReads = restReads(viewers);
            viewers.navigate("/pages/" + pageId);
            viewers.locator("section.jm-map[data-jm-enhanced=true]").waitFor();
            assertThat(viewers.locator(TITLE)).hasText(title);
            assertThat(viewers.locator(".jm-editor-bar")).hasCount(0); // the read in the page says victor may not edit
            assertThat(viewerReads).isEmpty();
            browser.assertClean(viewers);
        }
    }

    @Test
    void pageViewWithoutTheRead_theEditorReadsTheMapOverRest() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = emma.newPage();
            // the page as a host would serve it where it cannot carry the read (a Confluence preview, an old version)
            page.route("**/pages/" + pageId, route -> {
                APIResponse response = route.fetch();
                String html = response.text();
                assertThat(html).contains(" data-jm-read=\"");
                route.fulfill(new Route.FulfillOptions().setResponse(response)
                        .setBody(html.replaceAll(" data-jm-read=\"[^\"]*\"", "")));
            });
            List<String> reads = restReads(page);
            page.navigate("/pages/" + pageId);
            page.locator(TITLE + ".jm-editable").waitFor();
            assertThat(reads).hasSize(1);

            editInPlace(page, page.locator(TITLE), "Read over REST");
            DemoMap.assertSaved(page);
            assertThat(restMap(emma).at("/map/title").asText()).isEqualTo("Read over REST");
            browser.assertClean(page);
        }
    }

    @Test
    void editTitle_savesInPlaceAndShowsAfterReload() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            Locator title = page.locator(TITLE);
            title.click();
            assertThat(title.locator("input")).isFocused();
            browser.screenshot(page, "editor-editing.png");
            title.locator("input").fill("Online store: first purchase, reviewed");
            title.locator("input").press("Enter");

            assertThat(title).hasText("Online store: first purchase, reviewed");
            assertThat(title).isFocused();
            DemoMap.assertSaved(page);
            assertThat(page.locator(STATUS)).hasText("All changes saved");
            browser.screenshot(page, "editor-saved.png");
            assertThat(restMap(emma).at("/map/title").asText()).isEqualTo("Online store: first purchase, reviewed");

            page.reload();
            assertThat(page.locator(TITLE)).hasText("Online store: first purchase, reviewed");
            browser.assertClean(page);
        }
    }

    @Test
    void escape_cancelsWithoutSaving_andEnterEditsFromTheKeyboard() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            int versionBefore = restMap(emma).get("pageVersion").asInt();
            Locator stage = page.locator(".jm-grid__stage-name[data-jm-edit=stage]").first();
            String before = stage.textContent().trim();
            assertThat(page.locator("#" + stage.getAttribute("aria-describedby"))).hasText("Press Enter to edit");

            stage.focus();
            page.keyboard().press("Enter");
            Locator input = stage.locator("input");
            assertThat(input).isFocused();
            input.fill("Something I did not mean");
            input.press("Escape");

            assertThat(stage).hasText(before);
            assertThat(stage).isFocused();
            assertThat(page.locator("[data-jm-announcer]")).hasText("Edit cancelled");
            page.waitForTimeout(1200); // longer than the save delay: nothing may be sent
            assertThat(page.locator(STATUS)).hasAttribute("data-jm-save-state", "idle");
            assertThat(restMap(emma).get("pageVersion").asInt()).isEqualTo(versionBefore);
            browser.assertClean(page);
        }
    }

    @Test
    void undoAndRedo_revertTheUsersOwnEditAndSaveEachStep() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            Locator touchpoint = page.locator("[data-jm-edit=touchpoint][data-jm-field=name]").first();
            String touchpointId = touchpoint.getAttribute("data-jm-id");
            String before = touchpoint.textContent().trim();

            editInPlace(page, touchpoint, "Sees an ad on the bus");
            DemoMap.assertSaved(page);
            page.locator("h1.jm-page__title").click(); // focus leaves the map: undo still reaches the last edit
            page.keyboard().press("Control+z");
            assertThat(touchpoint).hasText(before);
            assertThat(page.locator("[data-jm-announcer]")).hasText("Undone");
            DemoMap.assertSaved(page);
            assertThat(touchpointName(emma, touchpointId)).isEqualTo(before);

            page.keyboard().press("Control+Shift+z");
            assertThat(touchpoint).hasText("Sees an ad on the bus");
            DemoMap.assertSaved(page);
            page.waitForCondition(() -> "Sees an ad on the bus".equals(touchpointName(emma, touchpointId)));
            browser.assertClean(page);
        }
    }

    private String touchpointName(BrowserContext context, String id) {
        for (JsonNode touchpoint : restMap(context).at("/map/touchpoints")) {
            if (touchpoint.get("id").asText().equals(id)) {
                return touchpoint.get("name").asText();
            }
        }
        throw new AssertionError("no touchpoint " + id);
    }

    @Test
    void twoPeopleEditingDifferentTexts_bothChangesSurvive() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1");
             BrowserContext admin = browser.signedIn("admin", "Admin-Demo-1")) {
            Page emmas = openEditableMap(emma);
            Page admins = openEditableMap(admin);

            editInPlace(emmas, emmas.locator("[data-jm-edit=stage][data-jm-field=goal]").first(), "Notice us among the ads");
            DemoMap.assertSaved(emmas);
            editInPlace(admins, admins.locator("[data-jm-edit=map][data-jm-field=objective]"), "Find where first-time buyers give up");
            DemoMap.assertSaved(admins);

            // The second save merged on the server; the admin's page now shows Emma's goal too.
            assertThat(admins.locator("[data-jm-edit=stage][data-jm-field=goal]").first()).hasText("Notice us among the ads");
            assertThat(admins.locator("[data-jm-edit=map][data-jm-field=objective]")).hasText("Find where first-time buyers give up");
            JsonNode now = restMap(emma);
            assertThat(now.at("/map/stages/0/goal").asText()).isEqualTo("Notice us among the ads");
            assertThat(now.at("/map/objective").asText()).isEqualTo("Find where first-time buyers give up");
            browser.screenshot(admins, "editor-merged.png");
            browser.assertClean(emmas);
            browser.assertClean(admins);
        }
    }

    @Test
    void twoPeopleEditingTheTitle_theSecondChoosesInTheConflictDialog() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1");
             BrowserContext admin = browser.signedIn("admin", "Admin-Demo-1")) {
            Page emmas = openEditableMap(emma);
            Page admins = openEditableMap(admin);

            editInPlace(emmas, emmas.locator(TITLE), "Emma's title");
            DemoMap.assertSaved(emmas);
            editInPlace(admins, admins.locator(TITLE), "Admin's title <b>bold</b>");

            Locator dialog = admins.locator("dialog.jm-conflict");
            assertThat(dialog).isVisible();
            Locator row = dialog.locator("tr[data-jm-conflict-field=title]");
            assertThat(row.locator("[data-jm-side=ours]")).hasText("Admin's title <b>bold</b>");
            assertThat(row.locator("[data-jm-side=theirs]")).hasText("Emma's title");
            assertThat(dialog.locator("b")).hasCount(0);
            browser.screenshot(admins, "editor-conflict.png");

            row.locator("input[value=ours]").check();
            dialog.locator("button.jm-conflict__apply").click();

            assertThat(dialog).hasCount(0);
            DemoMap.assertSaved(admins);
            assertThat(admins.locator(TITLE)).hasText("Admin's title <b>bold</b>");
            assertThat(restMap(emma).at("/map/title").asText()).isEqualTo("Admin's title <b>bold</b>");
            browser.assertClean(emmas);
            browser.assertClean(admins, "status of 409 (Conflict)");
        }
    }

    @Test
    void failedSave_keepsTheChangeInTheBrowserAcrossAReloadAndSavesOnceOnline() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            emma.route(SAVE_REQUEST, route -> route.abort());
            Page page = openEditableMap(emma);
            Locator objective = page.locator("[data-jm-edit=map][data-jm-field=objective]");

            editInPlace(page, objective, "Written on a train without signal");
            assertThat(page.locator(STATUS)).hasAttribute("data-jm-save-state", "failed");
            assertThat(page.locator(".jm-editor-bar__retry")).isVisible();
            browser.screenshot(page, "editor-failed.png");

            page.reload();
            assertThat(page.locator("[data-jm-edit=map][data-jm-field=objective]")).hasText("Written on a train without signal");
            assertThat(page.locator(STATUS)).hasAttribute("data-jm-save-state", "failed");
            assertThat(restMap(emma).at("/map/objective").asText()).isNotEqualTo("Written on a train without signal");

            emma.unroute(SAVE_REQUEST);
            page.locator(".jm-editor-bar__retry").click();
            DemoMap.assertSaved(page);
            assertThat(restMap(emma).at("/map/objective").asText()).isEqualTo("Written on a train without signal");
            assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('journeymaps.pending.')).length"))
                    .isEqualTo(0);
            browser.assertClean(page, "net::ERR_FAILED"); // the aborted saves were the point of this test
        }
    }

    @Test
    void germanEditor_getsTheEditorsWordsFromTheGermanBundle() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1", "de-DE")) {
            Page page = openEditableMap(emma);
            Locator stage = page.locator("[data-jm-edit=stage][data-jm-field=name]").last();

            stage.click();
            assertThat(stage.locator("input")).hasAttribute("aria-label", "Name");
            stage.locator("input").fill("Weiterempfehlung");
            stage.locator("input").press("Enter");

            assertThat(page.locator(STATUS)).hasText("Alle Änderungen gespeichert");
            assertThat(stage).hasAttribute("title", "Zum Bearbeiten Eingabetaste drücken");
            browser.assertClean(page);
        }
    }

    @Test
    void viewer_getsTheReadableMapWithoutEditAffordances() {
        try (BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            Page page = openMap(victor);
            page.locator("section.jm-map[data-jm-enhanced=true]").waitFor();

            page.locator(TITLE).click();
            assertThat(page.locator(".jm-editable")).hasCount(0);
            assertThat(page.locator(".jm-editor-bar")).hasCount(0);
            assertThat(page.locator("section.jm-map input, section.jm-map textarea")).hasCount(0);
            assertThat(page.locator("[data-jm-editor-texts]")).isHidden();
            browser.assertClean(page);
        }
    }
}
