package com.journeymaps.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.standalone.StandaloneConfig;
import com.journeymaps.standalone.StandaloneServer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's chromium driven by Playwright, for browser tests of the standalone server. Never
 * downloads a browser: a machine without /usr/bin/chromium fails the tests with the command that
 * installs it. Every page it opens records console errors, uncaught exceptions and
 * Content-Security-Policy violations, so tests can assert there were none.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    /**
     * Where screenshots go: target/screenshots, or -Djm.screenshots=../docs/screenshots to refresh the
     * ones docs/frontend.md shows.
     */
    static final Path SCREENSHOTS = Paths.get(System.getProperty("jm.screenshots", "target/screenshots"));

    private static final String RECORD_CSP_VIOLATIONS = """
            window.__jmCspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__jmCspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
            });
            """;

    private final Playwright playwright;
    private final Browser browser;
    private final URI base;
    private final Map<Page, List<String>> problems = new ConcurrentHashMap<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    /** The server this session started for itself, closed with it; null when the caller owns the server. */
    private StandaloneServer ownServer;

    BrowserSession(URI base) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's chromium at " + CHROMIUM
                    + " and never download one. Install it with: apt-get update && apt-get install -y chromium"
                    + " (.ci/run does this).");
        }
        this.base = base;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser profile (cookies, localStorage) in British English, signed in as this person. */
    BrowserContext signedIn(String username, String password) {
        return signedIn(username, password, "en-GB");
    }

    /**
     * A fresh browser profile whose language (Accept-Language) is {@code locale}, signed in as this
     * person. The first time per person it signs in through the real form; later profiles start with
     * that session's cookies, which keeps the suite fast.
     */
    BrowserContext signedIn(String username, String password, String locale) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(base.toString()).setViewportSize(1280, 900).setLocale(locale);
        String session = sessions.get(username);
        if (session != null) {
            options.setStorageState(session);
        }
        BrowserContext context = browser.newContext(options);
        context.addInitScript(RECORD_CSP_VIOLATIONS);
        context.onPage(this::watch);
        if (session == null) {
            Page page = context.newPage();
            page.navigate("/login");
            page.fill("#jm-username", username);
            page.fill("#jm-password", password);
            page.click("form.jm-signin button[type=submit]");
            page.waitForURL(url -> !url.contains("/login"));
            page.close();
            sessions.put(username, context.storageState());
        }
        return context;
    }

    private void watch(Page page) {
        List<String> found = problems.computeIfAbsent(page, p -> new CopyOnWriteArrayList<>());
        page.onConsoleMessage(message -> {
            // The host's missing favicon is not the page's problem.
            if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
                found.add(message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> found.add("uncaught: " + error));
    }

    /**
     * A fresh standalone server with the demo content on a random loopback port (data in {@code data}) and
     * a browser on it; closing the session stops both.
     */
    static BrowserSession onDemoServer(Path data) {
        StandaloneServer server = new StandaloneServer(new StandaloneConfig("127.0.0.1", 0, data, true, 4));
        server.start();
        try {
            BrowserSession session = new BrowserSession(server.baseUri());
            session.ownServer = server;
            return session;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The id of the demo page titled {@code title}, as the demo viewer's landing page lists it. */
    long demoPageIdTitled(String title) {
        try (BrowserContext victor = signedIn("victor", "Victor-Demo-1")) {
            return pageIdTitled(victor, title);
        }
    }

    /** The page's id from the landing page's list of pages. */
    long pageIdTitled(BrowserContext context, String title) {
        Page page = context.newPage();
        try {
            page.navigate("/");
            String id = page.locator("li[data-page-id]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(title)).first().getAttribute("data-page-id");
            return Long.parseLong(id);
        } finally {
            page.close();
        }
    }

    /**
     * Asserts the page had no CSP violation, no uncaught exception and no console error, except
     * console lines containing one of {@code expected} (Chrome logs every non-2xx response, such as
     * the 409 of a conflict the editor then resolves, as "Failed to load resource").
     */
    void assertClean(Page page, String... expected) {
        Object violations = page.evaluate("() => window.__jmCspViolations || []");
        assertThat((List<?>) violations).as("Content-Security-Policy violations").isEmpty();
        List<String> unexpected = problems.getOrDefault(page, List.of()).stream()
                .filter(problem -> Arrays.stream(expected).noneMatch(problem::contains))
                .toList();
        assertThat(unexpected).as("console errors and uncaught exceptions on " + page.url()).isEmpty();
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    @Override
    public void close() {
        try {
            browser.close();
            playwright.close();
        } finally {
            if (ownServer != null) {
                ownServer.close();
            }
        }
    }
}
