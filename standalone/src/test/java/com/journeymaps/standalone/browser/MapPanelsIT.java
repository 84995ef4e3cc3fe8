package com.journeymaps.standalone.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panels around a map in a real browser (Debian's chromium) against a real standalone server with
 * the demo space: the template picker on an empty map, the history with read-only versions, the
 * visual diff and restore, CSV import with preview, export links and print. Each main view is scanned
 * with axe-core, injected from web/node_modules (no network): no serious or critical violation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPanelsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_MAP_PAGE = "Online store: customer journey";
    private static final String PERSONA_PAGE = "Persona: Maya, first-time buyer";
    private static final String MAP_ID = "jm-demo-store";
    private static final String TOOLS = "[data-jm-panels-for=" + MAP_ID + "]";

    private BrowserSession browser;
    private long pageId;
    private long personaPageId;

    @BeforeAll
    void start(@TempDir Path data) {
        browser = BrowserSession.onDemoServer(data);
        pageId = browser.demoPageIdTitled(DEMO_MAP_PAGE);
        personaPageId = browser.demoPageIdTitled(PERSONA_PAGE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private String mapUrl(long page, String mapId) {
        return "/rest/journeymaps/1.0/pages/" + page + "/maps/" + mapId;
    }

    private static JsonNode json(APIResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode restMap(BrowserContext context) {
        return DemoMap.read(context, pageId, MAP_ID);
    }

    private Page openMap(BrowserContext context) {
        Page page = context.newPage();
        page.navigate("/pages/" + pageId);
        page.locator(TOOLS + " .jm-panels__history").waitFor();
        return page;
    }

    /** Puts an empty journey-map macro at the end of a page, as inserting the macro in Confluence does. */
    private void addEmptyMap(BrowserContext editor, long page, String mapId) {
        Page edit = editor.newPage();
        edit.navigate("/pages/" + page + "/edit");
        Locator source = edit.locator("textarea[name=body]");
        String body = source.inputValue();
        source.fill(new StorageFormatCodec().insert(body, body.length(), MacroSpec.journeyMap(mapId, "")));
        edit.locator("form.jm-editor button[type=submit]").click();
        edit.waitForURL(url -> url.endsWith("/pages/" + page));
        edit.close();
    }

    @Test
    void templatePicker_onAnEmptyMap_createsTheMapFromTheChosenTemplate() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1");
             BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            addEmptyMap(emma, personaPageId, "jm-picked");

            Page viewerPage = victor.newPage();
            viewerPage.navigate("/pages/" + personaPageId);
            viewerPage.locator("section[data-jm-map-id=jm-picked][data-jm-enhanced=true]").waitFor();
            viewerPage.waitForLoadState();
            assertThat(viewerPage.locator(".jm-panels__template")).hasCount(0); // viewers get no picker
            browser.assertClean(viewerPage);

            Page page = emma.newPage();
            page.navigate("/pages/" + personaPageId);
            Locator start = page.locator("[data-jm-panels-for=jm-picked] .jm-panels__template");
            assertThat(start).hasText("Start from a template");
            start.focus();
            page.keyboard().press("Enter");

            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Choose a template"));
            assertThat(dialog).isVisible();
            Locator options = dialog.locator("[data-jm-template]");
            assertThat(options).hasCount(5);
            assertThat(dialog.locator("[data-jm-template=b2c]")).containsText("The five classic stages");
            assertThat(dialog.locator("[data-jm-template=b2c] input")).isFocused();
            browser.assertAccessible(page, "template picker");
            browser.screenshot(page, "panels-template-picker.png");

            page.keyboard().press("ArrowDown"); // radio group: the next template, e-commerce
            assertThat(dialog.locator("[data-jm-template=e-commerce] input")).isChecked();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create map")).click();

            page.locator("section.jm-map--full[data-jm-map-id=jm-picked]").waitFor();
            assertThat(page.locator(".jm-panels__notice")).hasText("Journey map created from the template.");
            JsonNode created = json(emma.request().get(mapUrl(personaPageId, "jm-picked")));
            JsonNode templates = json(emma.request().get("/rest/journeymaps/1.0/templates"));
            JsonNode eCommerce = null;
            for (JsonNode template : templates.get("templates")) {
                if (template.get("id").asText().equals("e-commerce")) {
                    eCommerce = template;
                }
            }
            assertThat(eCommerce).isNotNull();
            assertThat(created.at("/map/stages").size()).isEqualTo(eCommerce.get("stages").size());
            assertThat(created.at("/map/stages/0/name").asText()).isEqualTo(eCommerce.at("/stages/0").asText());
            browser.assertClean(page);
        }
    }

    @Test
    void history_showsVersionsReadOnlyAndTheVisualDiffInTheGrid() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            JsonNode before = restMap(emma);
            int oldVersion = before.get("pageVersion").asInt();
            String oldTitle = before.at("/map/title").asText();
            ObjectNode map = (ObjectNode) before.get("map").deepCopy();
            ArrayNode touchpoints = (ArrayNode) map.get("touchpoints");
            String laterStage = map.at("/stages/3/id").asText();
            String firstStage = map.at("/stages/0/id").asText();
            String removedName = "";
            String oldName = "";
            for (int i = touchpoints.size() - 1; i >= 0; i--) {
                ObjectNode tp = (ObjectNode) touchpoints.get(i);
                switch (tp.get("id").asText()) {
                    case "tp-demo-5" -> {
                        oldName = tp.get("name").asText();
                        tp.put("name", "One-page checkout");
                    }
                    case "tp-demo-6" -> tp.put("stageId", laterStage);
                    case "tp-demo-9" -> {
                        removedName = tp.get("name").asText();
                        touchpoints.remove(i);
                    }
                    default -> { }
                }
            }
            touchpoints.addObject().put("id", "tp-new-chat").put("stageId", firstStage).put("name", "Live chat").put("channel", "chat");
            APIResponse saved = emma.request().put(mapUrl(pageId, MAP_ID) + "?baseVersion=" + oldVersion, RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader("X-Atlassian-Token", "no-check").setData(map.toString().getBytes(StandardCharsets.UTF_8)));
            int newVersion = json(saved).get("pageVersion").asInt();

            Page page = openMap(emma);
            browser.assertPlatformFeatures(page);
            browser.assertAccessible(page, "page view with the map");
            Locator toggle = page.locator(TOOLS + " .jm-panels__history");
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            toggle.focus();
            page.keyboard().press("Enter");
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            Locator history = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Version history"));
            assertThat(history.locator(".jm-history__title")).isFocused();
            Locator newest = history.locator(".jm-history__item").first();
            assertThat(newest).hasAttribute("data-jm-version", String.valueOf(newVersion));
            assertThat(newest.locator(".jm-history__author")).hasText("emma");
            assertThat(newest.locator(".jm-history__summary")).not().isEmpty();
            assertThat(newest.locator(".jm-history__time")).hasAttribute("datetime", java.util.regex.Pattern.compile("^\\d{4}-"));
            browser.assertAccessible(page, "history panel open");
            browser.screenshot(page, "panels-history.png");

            newest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show changes")).click();
            Locator view = page.locator(TOOLS + " .jm-version-view");
            assertThat(view.locator(".jm-version-view__title")).hasText("Changes from version " + oldVersion + " to version " + newVersion);
            assertThat(view.locator(".jm-version-view__title")).isFocused();
            assertThat(page.locator("section.jm-map--interactive[data-jm-map-id=" + MAP_ID + "]")).isHidden();
            Locator added = view.locator("[data-jm-touchpoint-id=tp-new-chat]");
            assertThat(added).hasAttribute("data-jm-diff", "added");
            assertThat(added.locator(".jm-diff-badge")).hasText("Added");
            assertThat(view.locator("[data-jm-touchpoint-id=tp-demo-6]")).hasAttribute("data-jm-diff", "moved");
            Locator changed = view.locator("[data-jm-touchpoint-id=tp-demo-5]");
            assertThat(changed).hasAttribute("data-jm-diff", "changed");
            assertThat(changed.getAttribute("title")).as("the old value on hover").contains("Before: " + oldName);
            assertThat(view.locator(".jm-diff-list__item[data-jm-diff=removed]")).containsText(removedName);
            Locator removed = view.locator("[data-jm-touchpoint-id=tp-demo-9]");
            assertThat(removed).hasAttribute("data-jm-diff", "removed"); // its old card, back in its old column
            assertThat(removed.locator(".jm-diff-badge")).hasText("Removed");
            assertThat(removed).containsText(removedName);

            Locator note = changed.locator(".jm-diff-note");
            assertThat(note).isHidden();
            changed.focus();
            assertThat(note).isVisible();
            assertThat(note).containsText("Before: " + oldName);
            String described = changed.getAttribute("aria-describedby");
            assertThat(page.locator("#" + described.trim().split("\\s+")[0])).containsText("Before: " + oldName);
            assertThat(view.locator("[data-jm-edit]")).hasCount(0); // a past version is read-only
            browser.assertAccessible(page, "visual diff shown");
            browser.screenshot(page, "panels-diff.png");

            view.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Back to the current map")).click();
            assertThat(view).isHidden();
            assertThat(page.locator("section.jm-map--interactive[data-jm-map-id=" + MAP_ID + "]")).isVisible();
            assertThat(history.locator(".jm-history__title")).isFocused();

            Locator older = history.locator(".jm-history__item[data-jm-version=\"" + oldVersion + "\"]");
            if (older.count() == 0) {
                older = history.locator(".jm-history__item").nth(1);
            }
            String olderVersion = older.getAttribute("data-jm-version");
            older.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("View")).click();
            assertThat(view.locator(".jm-version-view__title")).hasText("Version " + olderVersion + ", read-only");
            assertThat(view.locator("[data-jm-touchpoint-id=tp-demo-9]")).hasCount(1);
            assertThat(view.locator("[data-jm-touchpoint-id=tp-new-chat]")).hasCount(0);
            assertThat(view.locator("h2.jm-map__title")).hasText(oldTitle);
            assertThat(view.locator("[data-jm-edit], .jm-editable")).hasCount(0);
            Object duplicateIds = page.evaluate("() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
                    + " return ids.filter((id, i) => ids.indexOf(id) !== i); }");
            assertThat((List<?>) duplicateIds).as("ids of the shown version do not clash with the live map").isEmpty();
            browser.screenshot(page, "panels-version.png");
            browser.assertClean(page);
        }
    }

    @Test
    void restore_asksForConfirmationAndSavesTheOldVersionAsANewOne() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1");
             BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            JsonNode before = restMap(emma);
            int oldVersion = before.get("pageVersion").asInt();
            String oldTitle = before.at("/map/title").asText();
            ObjectNode map = (ObjectNode) before.get("map").deepCopy();
            map.put("title", "A title to undo");
            APIResponse saved = emma.request().put(mapUrl(pageId, MAP_ID) + "?baseVersion=" + oldVersion, RequestOptions.create()
                    .setHeader("Content-Type", "application/json").setHeader("X-Atlassian-Token", "no-check").setData(map.toString().getBytes(StandardCharsets.UTF_8)));
            int newVersion = json(saved).get("pageVersion").asInt();

            Page viewerPage = openMap(victor);
            viewerPage.locator(TOOLS + " .jm-panels__history").click();
            viewerPage.locator(TOOLS + " .jm-history__item").first().waitFor();
            assertThat(viewerPage.locator(TOOLS + " .jm-history__restore")).hasCount(0); // viewers cannot restore
            assertThat(viewerPage.locator(TOOLS + " .jm-panels__import")).hasCount(0); // viewers cannot import
            browser.assertClean(viewerPage);

            Page page = openMap(emma);
            page.locator(TOOLS + " .jm-panels__history").click();
            Locator item = page.locator(TOOLS + " .jm-history__item[data-jm-version=\"" + oldVersion + "\"]");
            Locator restore = item.locator(".jm-history__restore");
            restore.click();
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Restore version " + oldVersion + "?"));
            assertThat(dialog).isVisible();
            assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))).isFocused();
            page.keyboard().press("Escape");
            assertThat(dialog).hasCount(0);
            assertThat(restore).isFocused();
            assertThat(restMap(emma).get("pageVersion").asInt()).as("cancel writes nothing").isEqualTo(newVersion);

            restore.click();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore this version")).click();
            assertThat(page.locator(TOOLS + " .jm-panels__notice")).hasText("Version " + oldVersion + " restored.");
            JsonNode after = restMap(emma);
            assertThat(after.get("pageVersion").asInt()).isEqualTo(newVersion + 1);
            assertThat(after.at("/map/title").asText()).isEqualTo(oldTitle);
            assertThat(page.locator("h2.jm-map__title").first()).hasText(oldTitle);
            browser.assertClean(page);
        }
    }

    @Test
    void csvImport_showsWhatWillChangeThenAppliesIt(@TempDir Path files) throws IOException {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openMap(emma);
            Locator exportCsv = page.locator(TOOLS + " .jm-panels__export-csv");
            assertThat(page.locator(TOOLS + " .jm-panels__export-json")).hasAttribute("href", mapUrl(pageId, MAP_ID) + "/export.json");
            APIResponse exported = emma.request().get(exportCsv.getAttribute("href"));
            assertThat(exported.status()).isEqualTo(200);
            String csv = exported.text();
            String touchpoint = restMap(emma).at("/map/touchpoints/2/name").asText();
            String renamed = csv.replaceFirst(java.util.regex.Pattern.quote(touchpoint), "Product page with delivery date");
            assertThat(renamed).isNotEqualTo(csv);
            Path good = files.resolve("touchpoints.csv");
            Files.writeString(good, renamed, StandardCharsets.UTF_8);
            Path bad = files.resolve("broken.csv");
            Files.writeString(bad, "stage,name\nNowhere,\"unclosed", StandardCharsets.UTF_8);
            int base = restMap(emma).get("pageVersion").asInt();

            page.locator(TOOLS + " .jm-panels__import").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Import touchpoints from a CSV file"));
            Locator file = dialog.getByLabel("CSV file");
            assertThat(file).isFocused();
            Locator apply = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply import"));
            assertThat(apply).isDisabled();

            file.setInputFiles(bad);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview changes")).click();
            assertThat(dialog.locator(".jm-import-preview__failed")).isVisible();
            assertThat(dialog.locator(".jm-import-preview__problems li").first()).containsText("Row ");
            assertThat(apply).isDisabled();

            file.setInputFiles(good);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview changes")).click();
            Locator updated = dialog.locator("[data-jm-import=updated]");
            assertThat(updated.locator(".jm-import-preview__count")).hasText("Changed touchpoints: 1");
            assertThat(updated).containsText(touchpoint);
            assertThat(dialog.locator("[data-jm-import=added] .jm-import-preview__count")).hasText("New touchpoints: 0");
            assertThat(apply).isEnabled();
            assertThat(restMap(emma).get("pageVersion").asInt()).as("a preview writes nothing").isEqualTo(base);
            browser.assertAccessible(page, "import preview");
            browser.screenshot(page, "panels-import-preview.png");

            apply.click();
            assertThat(page.locator(TOOLS + " .jm-panels__notice")).hasText("CSV imported.");
            JsonNode after = restMap(emma);
            assertThat(after.get("pageVersion").asInt()).isEqualTo(base + 1);
            assertThat(after.at("/map/touchpoints/2/name").asText()).isEqualTo("Product page with delivery date");
            browser.assertClean(page, "Failed to load resource");
        }
    }

    @Test
    void print_showsTheWholeGridWithoutControls() {
        try (BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            Page page = openMap(victor);
            assertThat(page.locator(TOOLS + " .jm-panels__print")).hasText("Print");
            assertThat(page.locator(TOOLS + " .jm-panels__export-csv")).isVisible();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(TOOLS)).isHidden();
            Locator scroll = page.locator("section[data-jm-map-id=" + MAP_ID + "] .jm-grid-scroll");
            assertThat(scroll).hasCSS("overflow-x", "visible");
            Object clipped = scroll.evaluate("e => e.scrollWidth > e.clientWidth + 1");
            assertThat(clipped).as("the whole grid fits the printed width").isEqualTo(false);
            browser.screenshot(page, "panels-print.png");
            browser.assertClean(page);
        }
    }

    @Test
    void germanViewer_getsThePanelsWordsFromTheGermanBundle() {
        try (BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1", "de-DE")) {
            Page page = openMap(victor);
            assertThat(page.locator(TOOLS + " .jm-panels__history")).hasText("Verlauf");
            assertThat(page.locator(TOOLS + " .jm-panels__export-csv")).hasText("CSV exportieren");
            page.locator(TOOLS + " .jm-panels__history").click();
            assertThat(page.locator(TOOLS + " .jm-history__title")).hasText("Versionsverlauf");
            assertThat(page.locator(TOOLS + " .jm-history__item").first().locator(".jm-history__view")).hasText("Ansehen");
            browser.assertClean(page);
        }
    }
}
