package com.journeymaps.standalone.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grid editor in a real browser (Debian's chromium) against a real standalone server with the
 * demo space: touchpoint details and emotions, adding a stage and a touchpoint, moving touchpoints
 * by mouse drag and by keyboard, structure changes of two people merged, the persona filter, and a
 * viewer without edit controls. Each test gets a fresh server (the tests change the map's structure),
 * and each asserts no CSP violation, no uncaught exception and no console error.
 */
class GridEditingIT {

    private static final String DEMO_MAP_PAGE = "Online store: customer journey";
    private static final String MAP_ID = "jm-demo-store";
    private static final String ANNOUNCER = "[data-jm-announcer]";

    private BrowserSession browser;
    private long pageId;

    @BeforeEach
    void start(@TempDir Path data) {
        browser = BrowserSession.onDemoServer(data);
        pageId = browser.demoPageIdTitled(DEMO_MAP_PAGE);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page openEditableMap(BrowserContext context) {
        return DemoMap.openEditable(context, pageId);
    }

    private JsonNode restMap(BrowserContext context) {
        return DemoMap.read(context, pageId, MAP_ID).get("map");
    }

    @Test
    void touchpointDetails_editFieldsChannelMomentOfTruthEmotionAndPainPoints() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            Locator card = page.locator("[data-jm-touchpoint-id=tp-demo-2]");
            card.focus();
            page.keyboard().press("Enter");

            Locator dialog = page.locator("dialog.jm-details");
            assertThat(dialog).isVisible();
            assertThat(dialog).hasAttribute("aria-labelledby", dialog.locator("h2").getAttribute("id"));
            assertThat(dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).first()).isFocused();
            dialog.getByLabel("Description").fill("A friend tells her about the shop");
            dialog.getByLabel("Description").press("Tab");
            dialog.getByLabel("Channel").selectOption("chat");
            dialog.getByLabel("Moment of truth").check();

            // Emotions: Maya's slider moves from +2 down with the arrow keys; Tom's becomes unknown.
            Locator maya = dialog.locator(".jm-details__emotion[data-jm-persona-id=pr-maya] input[type=range]");
            assertThat(maya).hasAttribute("aria-valuetext", "Delighted (+2)");
            maya.focus();
            page.keyboard().press("ArrowLeft");
            page.keyboard().press("ArrowLeft");
            page.keyboard().press("ArrowLeft");
            assertThat(maya).hasAttribute("aria-valuetext", "Unhappy (-1)");
            dialog.locator(".jm-details__emotion[data-jm-persona-id=pr-tom] input[type=checkbox]").uncheck();

            // A pain point with its severity; an evidence link that is not http(s) is refused with a message.
            Locator pains = dialog.locator("fieldset[data-jm-list=painPoints]");
            pains.locator(".jm-details__adder input").fill("Did not know the shop's name");
            pains.locator(".jm-details__adder button").click();
            Locator pain = pains.locator("li").first();
            pain.getByLabel("Severity").selectOption("high");
            Locator evidence = dialog.locator("fieldset[data-jm-list=evidence]");
            evidence.locator(".jm-details__adder input").fill("javascript:alert(1)");
            evidence.locator(".jm-details__adder button").click();
            assertThat(dialog.locator(".jm-details__message")).hasText("Only http, https and mailto links can be stored");
            assertThat(evidence.locator("li")).hasCount(0);
            evidence.locator(".jm-details__adder input").fill("https://example.org/interviews/7");
            evidence.locator(".jm-details__adder input").press("Enter");
            assertThat(evidence.locator("li")).hasCount(1);
            browser.screenshot(page, "grid-details.png");

            page.keyboard().press("Escape");
            assertThat(dialog).hasCount(0);
            DemoMap.assertSaved(page);
            assertThat(page.locator("[data-jm-touchpoint-id=tp-demo-2]")).isFocused();

            JsonNode tp = DemoMap.byId(restMap(emma).get("touchpoints"), "tp-demo-2");
            assertThat(tp.get("description").asText()).isEqualTo("A friend tells her about the shop");
            assertThat(tp.get("channel").asText()).isEqualTo("chat");
            assertThat(tp.get("momentOfTruth").asBoolean()).isTrue();
            assertThat(tp.at("/emotions/pr-maya").asInt()).isEqualTo(-1);
            assertThat(tp.at("/emotions").has("pr-tom")).isFalse();
            assertThat(tp.at("/painPoints/0/text").asText()).isEqualTo("Did not know the shop's name");
            assertThat(tp.at("/painPoints/0/severity").asText()).isEqualTo("high");
            assertThat(tp.at("/evidence/0/url").asText()).isEqualTo("https://example.org/interviews/7");

            // The server's rendering follows: the card shows the channel, the moment of truth and the pain point.
            Locator shown = page.locator("[data-jm-touchpoint-id=tp-demo-2]");
            assertThat(shown.locator(".jm-card__channel")).containsText("Chat");
            assertThat(shown.locator(".jm-card__mot")).isVisible();
            assertThat(shown.locator(".jm-card__fact--pain")).containsText("High");
            browser.assertClean(page);
        }
    }

    @Test
    void addStageAndTouchpoint_andGiveAnEmptyGoal_fromTheKeyboardAndMouse() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            int stagesBefore = restMap(emma).get("stages").size();

            page.locator("[data-jm-tool=add-stage]").click();
            Locator input = page.locator("th[data-jm-stage-id] .jm-grid__stage-name input");
            assertThat(input).isFocused();
            assertThat(input).hasValue("New stage");
            input.fill("Loyalty");
            input.press("Enter");
            DemoMap.assertSaved(page);
            JsonNode map = restMap(emma);
            assertThat(map.get("stages").size()).isEqualTo(stagesBefore + 1);
            JsonNode stage = map.get("stages").get(stagesBefore);
            assertThat(stage.get("name").asText()).isEqualTo("Loyalty");
            assertThat(stage.get("id").asText()).matches("st-[0-9a-f]{8}");
            String stageId = stage.get("id").asText();

            // The new stage has no goal: its placeholder is editable.
            Locator goal = page.locator("[data-jm-edit=stage][data-jm-field=goal][data-jm-id=" + stageId + "]");
            assertThat(goal).hasText("Add a customer goal");
            goal.focus();
            page.keyboard().press("Enter");
            goal.locator("textarea").fill("Come back without thinking");
            goal.locator("textarea").press("Enter");
            DemoMap.assertSaved(page);

            Locator add = page.locator("tr.jm-grid__row--touchpoints td[data-jm-stage-id=" + stageId + "] button.jm-add");
            assertThat(add).hasAttribute("aria-label", "Add touchpoint to Loyalty");
            add.focus();
            page.keyboard().press("Enter");
            Locator name = page.locator("td[data-jm-stage-id=" + stageId + "] [data-jm-edit=touchpoint] input");
            assertThat(name).isFocused();
            name.fill("Loyalty points email");
            name.press("Enter");
            DemoMap.assertSaved(page);
            assertThat(page.locator(ANNOUNCER)).not().hasText("");

            map = restMap(emma);
            assertThat(DemoMap.byId(map.get("stages"), stageId).get("goal").asText()).isEqualTo("Come back without thinking");
            List<String> inStage = DemoMap.stageOrder(map, stageId);
            assertThat(inStage).hasSize(1);
            assertThat(DemoMap.byId(map.get("touchpoints"), inStage.get(0)).get("name").asText()).isEqualTo("Loyalty points email");
            browser.screenshot(page, "grid-added.png");

            page.reload();
            assertThat(page.locator("td[data-jm-stage-id=" + stageId + "] [data-jm-touchpoint-id]")).hasCount(1);
            browser.assertClean(page);
        }
    }

    @Test
    void dragTouchpointWithTheMouse_toAnotherStage() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            JsonNode map = restMap(emma);
            String first = map.at("/stages/0/id").asText();
            String second = map.at("/stages/1/id").asText();
            assertThat(DemoMap.stageOrder(map, second)).containsExactly("tp-demo-3", "tp-demo-4");

            // Drag "Instagram ad" (stage 1) onto the upper half of "Price comparison" (stage 2).
            page.locator("[data-jm-touchpoint-id=tp-demo-4]").scrollIntoViewIfNeeded();
            BoundingBox from = page.locator("[data-jm-touchpoint-id=tp-demo-1] .jm-card__number").boundingBox();
            BoundingBox to = page.locator("[data-jm-touchpoint-id=tp-demo-4]").boundingBox();
            page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
            page.mouse().down();
            page.mouse().move(from.x + 40, from.y + 20, new Mouse.MoveOptions().setSteps(4));
            page.mouse().move(to.x + to.width / 2, to.y + 8, new Mouse.MoveOptions().setSteps(8));
            assertThat(page.locator("[data-jm-touchpoint-id=tp-demo-4]")).hasClass(Pattern.compile("jm-card--drop-before"));
            page.mouse().up();

            assertThat(page.locator("td[data-jm-stage-id=" + second + "] [data-jm-touchpoint-id]"))
                    .hasCount(3);
            DemoMap.assertSaved(page);
            assertThat(page.locator(ANNOUNCER)).hasText("Instagram ad is now number 2 in Consideration");
            map = restMap(emma);
            assertThat(DemoMap.stageOrder(map, second)).containsExactly("tp-demo-3", "tp-demo-1", "tp-demo-4");
            assertThat(DemoMap.stageOrder(map, first)).containsExactly("tp-demo-2");
            // No in-place edit started from the drag.
            assertThat(page.locator("section.jm-map input")).hasCount(0);
            browser.assertClean(page);
        }
    }

    @Test
    void moveTouchpointWithTheKeyboard_withinAndAcrossStages_andUndo() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            JsonNode map = restMap(emma);
            String third = map.at("/stages/2/id").asText();
            String fourth = map.at("/stages/3/id").asText();
            Locator card = page.locator("[data-jm-touchpoint-id=tp-demo-5]");
            assertThat(card).hasAttribute("aria-describedby", Pattern.compile(".+"));
            card.focus();

            page.keyboard().press("Alt+ArrowDown");
            assertThat(page.locator(ANNOUNCER)).hasText("Checkout is now number 2 in Purchase");
            assertThat(card).isFocused();
            DemoMap.assertSaved(page);
            assertThat(DemoMap.stageOrder(restMap(emma), third)).containsExactly("tp-demo-6", "tp-demo-5");

            page.locator("[data-jm-touchpoint-id=tp-demo-5]").focus();
            page.keyboard().press("Alt+ArrowRight");
            DemoMap.assertSaved(page);
            assertThat(page.locator("[data-jm-touchpoint-id=tp-demo-5]")).isFocused();
            map = restMap(emma);
            assertThat(DemoMap.stageOrder(map, third)).containsExactly("tp-demo-6");
            assertThat(DemoMap.stageOrder(map, fourth)).containsExactly("tp-demo-7", "tp-demo-5", "tp-demo-8");

            page.keyboard().press("Control+z");
            DemoMap.assertSaved(page);
            page.waitForCondition(() -> DemoMap.stageOrder(restMap(emma), third).size() == 2);
            assertThat(DemoMap.stageOrder(restMap(emma), third)).containsExactly("tp-demo-6", "tp-demo-5");
            browser.assertClean(page);
        }
    }

    @Test
    void laneLabelsAndLaneItems_areEditedInPlace_andARemovedStageComesBackWithUndo() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            JsonNode map = restMap(emma);
            String first = map.at("/stages/0/id").asText();
            String actionsLane = page.locator("tr.jm-grid__row--customer-actions").getAttribute("data-jm-lane-id");

            Locator label = page.locator("[data-jm-edit=lane][data-jm-id=" + actionsLane + "]");
            label.click();
            assertThat(label.locator("input")).hasAttribute("aria-label", "Label");
            label.locator("input").fill("What they do");
            label.locator("input").press("Enter");
            DemoMap.assertSaved(page);
            assertThat(DemoMap.byId(restMap(emma).get("lanes"), actionsLane).get("label").asText()).isEqualTo("What they do");

            Locator painRow = page.locator("tr.jm-grid__row--pain-points");
            String painLane = painRow.getAttribute("data-jm-lane-id");
            painRow.locator("td[data-jm-stage-id=" + first + "] button.jm-add").click();
            Locator item = painRow.locator("td[data-jm-stage-id=" + first + "] [data-jm-edit=item] input");
            assertThat(item).isFocused();
            item.fill("Ads look like spam");
            item.press("Enter");
            DemoMap.assertSaved(page);
            assertThat(DemoMap.byId(restMap(emma).get("lanes"), painLane).at("/cells/" + first + "/0/text").asText())
                    .isEqualTo("Ads look like spam");

            // Removing the first stage takes its touchpoints, the flows between them and its lane cells along.
            page.locator("th[data-jm-stage-id=" + first + "] button[aria-label^='Remove stage']").click();
            DemoMap.assertSaved(page);
            assertThat(page.locator(ANNOUNCER)).hasText("Removed. Ctrl+Z undoes it.");
            map = restMap(emma);
            assertThat(map.get("stages").size()).isEqualTo(4);
            assertThat(DemoMap.stageOrder(map, first)).isEmpty();
            assertThat(DemoMap.byId(map.get("lanes"), painLane).path("cells").has(first)).isFalse();
            assertThat(page.locator("[data-jm-touchpoint-id=tp-demo-1]")).hasCount(0);

            page.keyboard().press("Control+z");
            DemoMap.assertSaved(page);
            assertThat(page.locator("[data-jm-touchpoint-id=tp-demo-1]")).hasCount(1);
            map = restMap(emma);
            assertThat(map.at("/stages/0/id").asText()).isEqualTo(first);
            assertThat(DemoMap.stageOrder(map, first)).containsExactly("tp-demo-1", "tp-demo-2");
            assertThat(DemoMap.byId(map.get("lanes"), painLane).at("/cells/" + first + "/0/text").asText())
                    .isEqualTo("Ads look like spam");
            browser.assertClean(page);
        }
    }

    @Test
    void twoPeopleChangingStructure_bothChangesSurviveTheMerge() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1");
             BrowserContext admin = browser.signedIn("admin", "Admin-Demo-1")) {
            Page emmas = openEditableMap(emma);
            Page admins = openEditableMap(admin);
            String second = restMap(emma).at("/stages/1/id").asText();

            emmas.locator("[data-jm-touchpoint-id=tp-demo-3]").focus();
            emmas.keyboard().press("Alt+ArrowDown");
            DemoMap.assertSaved(emmas);
            // The admin still has the old version: adding a stage there is merged with Emma's move.
            admins.locator("[data-jm-tool=add-stage]").click();
            admins.locator("th[data-jm-stage-id] .jm-grid__stage-name input").press("Enter");
            DemoMap.assertSaved(admins);

            JsonNode map = restMap(emma);
            assertThat(DemoMap.stageOrder(map, second)).containsExactly("tp-demo-4", "tp-demo-3");
            assertThat(map.get("stages").get(map.get("stages").size() - 1).get("name").asText()).isEqualTo("New stage");
            // The admin's page shows the merged map: Emma's move is there.
            assertThat(admins.locator("td[data-jm-stage-id=" + second + "] [data-jm-touchpoint-id]").first())
                    .hasAttribute("data-jm-touchpoint-id", "tp-demo-4");
            browser.assertClean(emmas);
            browser.assertClean(admins);
        }
    }

    @Test
    void twoPeopleMovingTheSameTouchpointToDifferentStages_theSecondChoosesInTheConflictDialog() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1");
             BrowserContext admin = browser.signedIn("admin", "Admin-Demo-1")) {
            Page emmas = openEditableMap(emma);
            Page admins = openEditableMap(admin);
            JsonNode map = restMap(emma);
            String awareness = map.at("/stages/0/id").asText();
            String purchase = map.at("/stages/2/id").asText();

            emmas.locator("[data-jm-touchpoint-id=tp-demo-3]").focus();
            emmas.keyboard().press("Alt+ArrowRight");
            DemoMap.assertSaved(emmas);
            admins.locator("[data-jm-touchpoint-id=tp-demo-3]").focus();
            admins.keyboard().press("Alt+ArrowLeft");

            Locator dialog = admins.locator("dialog.jm-conflict");
            assertThat(dialog).isVisible();
            Locator row = dialog.locator("tr[data-jm-conflict-field=stageId]");
            assertThat(row.locator("th")).containsText("Stage");
            assertThat(row.locator("[data-jm-side=ours]")).hasText("Awareness");
            assertThat(row.locator("[data-jm-side=theirs]")).hasText("Purchase");
            dialog.locator("button.jm-conflict__apply").click(); // theirs is preselected

            assertThat(dialog).hasCount(0);
            DemoMap.assertSaved(admins);
            assertThat(DemoMap.byId(restMap(admin).get("touchpoints"), "tp-demo-3").get("stageId").asText()).isEqualTo(purchase);
            assertThat(admins.locator("td[data-jm-stage-id=" + purchase + "] [data-jm-touchpoint-id=tp-demo-3]")).hasCount(1);
            assertThat(admins.locator("td[data-jm-stage-id=" + awareness + "] [data-jm-touchpoint-id=tp-demo-3]")).hasCount(0);
            browser.assertClean(emmas);
            browser.assertClean(admins, "status of 409 (Conflict)");
        }
    }

    @Test
    void personaFilter_curveAndEmotionsFollow_andLanesCanBeHiddenAndCollapsed() {
        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openEditableMap(emma);
            Locator tomSeries = page.locator("g.jm-curve__series[data-jm-persona-id=pr-tom]");
            Locator mayaSeries = page.locator("g.jm-curve__series[data-jm-persona-id=pr-maya]");
            assertThat(tomSeries).isVisible();
            assertThat(page.locator("li[data-jm-persona-id=pr-tom]").first()).isVisible();

            page.getByLabel("Persona", new Page.GetByLabelOptions().setExact(true)).selectOption("pr-maya");
            assertThat(tomSeries).isHidden();
            assertThat(mayaSeries).isVisible();
            assertThat(page.locator("li[data-jm-persona-id=pr-tom]:visible")).hasCount(0);
            page.locator("figure.jm-curve").scrollIntoViewIfNeeded();
            browser.screenshot(page, "grid-persona-filter.png");

            page.getByLabel("Highlight").selectOption("mot");
            assertThat(page.locator("section.jm-map")).hasClass(Pattern.compile("jm-highlight-mot"));

            // Collapse a lane (a view of one's own) and hide one (saved in the map).
            Locator row = page.locator("tr[data-jm-lane-id]").nth(1);
            String laneId = row.getAttribute("data-jm-lane-id");
            Locator collapse = row.locator("button.jm-lane-collapse");
            assertThat(collapse).hasAttribute("aria-expanded", "true");
            collapse.click();
            assertThat(collapse).hasAttribute("aria-expanded", "false");
            assertThat(row.locator("td").first().locator("> *").first()).isHidden();

            page.locator("details.jm-tools__lanes summary").click();
            page.locator("ul.jm-tools__lane-list li[data-jm-lane-id=" + laneId + "] input[type=checkbox]").uncheck();
            DemoMap.assertSaved(page);
            assertThat(page.locator("tr[data-jm-lane-id=" + laneId + "]")).hasCount(0);
            assertThat(DemoMap.byId(restMap(emma).get("lanes"), laneId).get("visible").asBoolean()).isFalse();
            // The filter survives the re-rendering.
            assertThat(tomSeries).isHidden();
            browser.assertClean(page);
        }
    }

    @Test
    void viewer_getsTheViewToolsButNoEditControls() {
        try (BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            Page page = victor.newPage();
            page.navigate("/pages/" + pageId);
            page.locator(".jm-tools select").first().waitFor();
            assertThat(page.locator("[data-jm-tool=add-stage]")).hasCount(0);
            assertThat(page.locator(".jm-controls, button.jm-add, .jm-editable")).hasCount(0);
            assertThat(page.locator(".jm-empty").first()).isHidden();
            page.locator("[data-jm-touchpoint-id=tp-demo-1]").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("dialog")).hasCount(0);

            page.getByLabel("Persona", new Page.GetByLabelOptions().setExact(true)).selectOption("pr-tom");
            assertThat(page.locator("g.jm-curve__series[data-jm-persona-id=pr-maya]")).isHidden();

            // Zoom to fit: on a narrow window the grid is scaled down until it fits.
            page.setViewportSize(640, 900);
            page.locator("[data-jm-tool=fit]").click();
            assertThat(page.locator("[data-jm-tool=fit]")).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("section.jm-map")).hasClass(Pattern.compile("jm-zoom-\\d+"));
            page.locator("[data-jm-tool=fit]").click();
            assertThat(page.locator("section.jm-map")).not().hasClass(Pattern.compile("jm-zoom-\\d+"));
            browser.assertClean(page);
        }
    }
}
