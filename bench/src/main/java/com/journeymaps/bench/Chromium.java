package com.journeymaps.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium through Playwright for the browser measurements ({@link BrowserTiming}, {@link Screenshots}):
 * never a downloaded browser, the flags the project's browser tests use, and signing in to the standalone
 * server's login form.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    /** Playwright told not to download a browser of its own. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Debian's Chromium, headless, with no background network traffic. */
    static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("needs Debian's chromium at " + EXECUTABLE + " (apt-get install -y chromium)");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /**
     * A fresh context on the standalone server for the browser timings: 1280 × 900 window, British English; the
     * same for every load, drag and scroll measurement so their figures compare.
     */
    static BrowserContext context(Browser browser, BenchServer server) {
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(server.baseUri().toString()).setViewportSize(1280, 900).setLocale("en-GB"));
    }

    /** A new page of {@code context} (whose base URL is the server's), signed in as a demo account. */
    static Page signedIn(BrowserContext context, String user, String password) {
        Page page = context.newPage();
        page.navigate("login");
        page.fill("form.jm-signin input[name=username]", user);
        page.fill("form.jm-signin input[name=password]", password);
        page.click("form.jm-signin button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }
}
