package com.journeymaps.standalone.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comments panel in a real browser (Debian's chromium) against a real standalone server with the demo space:
 * a commenter comments on a touchpoint chosen by keyboard, an editor replies and resolves, the badges on the cards
 * follow, and a viewer reads without a form. No CSP violations, no console errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsPanelIT {

    private static final String DEMO_MAP_PAGE = "Online store: customer journey";
    private static final String PANEL = "aside.jm-comments[role=dialog]";

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
        page.locator("section.jm-map[data-jm-enhanced=true]").waitFor();
        return page;
    }

    @Test
    void commentReplyResolve_andTheBadgeCountsOpenComments() {
        Locator firstCard;
        String touchpointId;
        try (BrowserContext colin = browser.signedIn("colin", "Colin-Demo-1")) {
            Page page = openMap(colin);
            firstCard = page.locator("article.jm-card[data-jm-touchpoint-id]").first();
            touchpointId = firstCard.getAttribute("data-jm-touchpoint-id");
            Locator badge = page.locator("[data-jm-comment-count=\"" + touchpointId + "\"]");
            assertThat(badge).isHidden();

            firstCard.focus();
            page.keyboard().press("Enter");
            Locator panel = page.locator(PANEL);
            assertThat(panel).isVisible();
            assertThat(panel).hasAttribute("aria-labelledby", java.util.regex.Pattern.compile(".+"));
            assertThat(panel.locator("h2")).isFocused();
            assertThat(panel.locator(".jm-comments__status")).hasText("No comments on this item yet.");

            panel.getByLabel("New comment").fill("Where does the <b>40%</b> drop-off come from?");
            panel.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Comment").setExact(true)).click();
            Locator comment = panel.locator("li.jm-comment").first();
            assertThat(comment.locator(".jm-comment__text")).hasText("Where does the <b>40%</b> drop-off come from?");
            assertThat(comment.locator(".jm-comment__text b")).hasCount(0);
            assertThat(comment.locator(".jm-comment__author")).hasText("colin");
            assertThat(badge).isVisible();
            assertThat(badge.locator(".jm-comment-badge")).hasText("1");

            page.keyboard().press("Escape");
            assertThat(panel).isHidden();
            assertThat(firstCard).isFocused();
            browser.assertClean(page);
        }

        try (BrowserContext emma = browser.signedIn("emma", "Emma-Demo-1")) {
            Page page = openMap(emma);
            Locator card = page.locator("article.jm-card[data-jm-touchpoint-id=\"" + touchpointId + "\"]");
            Locator badge = page.locator("[data-jm-comment-count=\"" + touchpointId + "\"] .jm-comment-badge");
            assertThat(badge).hasText("1");
            card.locator(".jm-card__channel, .jm-card__facts").first().click();
            Locator panel = page.locator(PANEL);
            assertThat(panel).isVisible();
            Locator thread = panel.locator("li.jm-comment").first();
            assertThat(thread.locator(".jm-comment__author")).hasText("colin");
            assertThat(thread.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Edit"))).hasCount(0);

            thread.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Reply")).first().click();
            panel.getByLabel("Your reply").fill("From the Q3 analytics export.");
            panel.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Send reply")).click();
            Locator reply = thread.locator(".jm-comment__replies li.jm-comment");
            assertThat(reply.locator(".jm-comment__text")).hasText("From the Q3 analytics export.");
            assertThat(reply.locator(".jm-comment__author")).hasText("emma");
            assertThat(badge).hasText("2");

            thread.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Resolve")).click();
            assertThat(panel.locator("li.jm-comment").first().locator(".jm-comment__resolved")).hasText("Resolved");
            assertThat(page.locator("[data-jm-comment-count=\"" + touchpointId + "\"]")).isHidden();
            browser.screenshot(page, "comments-panel.png");

            panel.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Reopen")).click();
            assertThat(badge).hasText("2");
            browser.assertClean(page);
        }

        try (BrowserContext victor = browser.signedIn("victor", "Victor-Demo-1")) {
            Page page = openMap(victor);
            Locator card = page.locator("article.jm-card[data-jm-touchpoint-id=\"" + touchpointId + "\"]");
            assertThat(page.locator("[data-jm-comment-count=\"" + touchpointId + "\"] .jm-comment-badge")).hasText("2");
            card.focus();
            page.keyboard().press("Enter");
            Locator panel = page.locator(PANEL);
            assertThat(panel.locator("li.jm-comment")).hasCount(2);
            assertThat(panel.locator(".jm-comments__new")).isHidden();
            assertThat(panel.locator(".jm-comments__readonly")).isVisible();
            assertThat(panel.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Resolve"))).hasCount(0);
            assertThat(panel.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Reply"))).hasCount(0);
            browser.assertClean(page);
        }
    }
}
