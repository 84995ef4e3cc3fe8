package com.journeymaps.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.standalone.StandaloneConfig;
import com.journeymaps.standalone.StandaloneServer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's chromium (or Debian's firefox-esr) driven by Playwright, for browser tests of the standalone
 * server. Never downloads a browser: a machine without the browser fails the tests with the command that
 * installs it. Every page it opens records console errors, uncaught exceptions and
 * Content-Security-Policy violations, so tests can assert there were none.
 */
final class BrowserSession implements AutoCloseable {

    /** Debian's chromium; -Djm.chromium=… runs the Chromium tests in another Blink browser, such as Microsoft Edge. */
    static final Path CHROMIUM = Paths.get(System.getProperty("jm.chromium", "/usr/bin/chromium"));
    /** Debian's firefox-esr; -Djm.firefox=… runs the Firefox tests in another (recent) Firefox. */
    static final Path FIREFOX = Paths.get(System.getProperty("jm.firefox", "/usr/bin/firefox-esr"));

    /** The browser engines the tests drive: Blink through Chrome's DevTools protocol, Gecko through WebDriver BiDi. */
    enum Engine { CHROMIUM, FIREFOX }

    /**
     * Firefox preferences on top of the ones Playwright writes into the fresh profile (which already turn off
     * updates, telemetry, safe browsing and the new-tab page's feeds). Belt and braces so nothing leaves the
     * machine: no DNS-over-HTTPS, no prefetching, no captive-portal or remote-settings checks, and every
     * non-loopback HTTP(S) request goes to a closed loopback port (Firefox never proxies loopback addresses).
     */
    private static final Map<String, Object> FIREFOX_PREFS = Map.ofEntries(
            Map.entry("network.trr.mode", 5),
            Map.entry("network.dns.disablePrefetch", true),
            Map.entry("network.prefetch-next", false),
            Map.entry("network.captive-portal-service.enabled", false),
            Map.entry("captivedetect.canonicalURL", ""),
            Map.entry("services.settings.server", "http://127.0.0.1:9/v1"),
            Map.entry("browser.region.network.url", ""),
            Map.entry("browser.aboutwelcome.enabled", false),
            Map.entry("toolkit.telemetry.enabled", false),
            Map.entry("toolkit.telemetry.server", ""),
            Map.entry("extensions.blocklist.enabled", false),
            Map.entry("network.proxy.type", 1),
            Map.entry("network.proxy.http", "127.0.0.1"),
            Map.entry("network.proxy.http_port", 9),
            Map.entry("network.proxy.ssl", "127.0.0.1"),
            Map.entry("network.proxy.ssl_port", 9),
            Map.entry("network.proxy.no_proxies_on", "127.0.0.1, localhost"));

    /**
     * Where screenshots go: target/screenshots, or -Djm.screenshots=../docs/screenshots to refresh the
     * ones docs/frontend.md shows.
     */
    static final Path SCREENSHOTS = Paths.get(System.getProperty("jm.screenshots", "target/screenshots"));

    /**
     * The platform features the front end (web/src/main/ui) relies on beyond ES2020, which esbuild does not lower:
     * each a name and a check that is true where the browser has it. docs/browser-support.md lists them with the
     * engine versions that have them.
     */
    private static final String MISSING_PLATFORM_FEATURES = """
            () => {
              const checks = {
                'HTMLDialogElement.showModal': () => typeof HTMLDialogElement === 'function' && 'showModal' in HTMLDialogElement.prototype,
                'Element.replaceChildren': () => 'replaceChildren' in Element.prototype,
                'CSS.escape': () => typeof CSS === 'object' && typeof CSS.escape === 'function',
                'crypto.getRandomValues': () => typeof crypto === 'object' && typeof crypto.getRandomValues === 'function',
                'PointerEvent': () => typeof PointerEvent === 'function',
                'DOMParser': () => typeof DOMParser === 'function',
                'MutationObserver': () => typeof MutationObserver === 'function',
                'fetch': () => typeof fetch === 'function',
                'localStorage and sessionStorage': () => typeof localStorage === 'object' && typeof sessionStorage === 'object',
                'CSS selector :has()': () => CSS.supports('selector(:has(input:checked))'),
                'CSS selector :focus-visible': () => CSS.supports('selector(:focus-visible)'),
                'CSS zoom': () => CSS.supports('zoom', '0.5'),
                'CSS position: sticky': () => CSS.supports('position', 'sticky'),
                'CSS logical properties': () => CSS.supports('inset-inline-start', '0') && CSS.supports('padding-inline-start', '0'),
                'CSS gap': () => CSS.supports('gap', '1px'),
                'CSS min() and max()': () => CSS.supports('width', 'min(1px, 2px)') && CSS.supports('width', 'max(1px, 2px)'),
                'CSS touch-action': () => CSS.supports('touch-action', 'none'),
                'CSS user-select': () => CSS.supports('user-select', 'none'),
                'CSS break-inside': () => CSS.supports('break-inside', 'avoid'),
              };
              return Object.keys(checks).filter(name => { try { return !checks[name](); } catch (e) { return true; } });
            }
            """;

    private static final String RECORD_CSP_VIOLATIONS = """
            window.__jmCspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__jmCspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
            });
            """;

    private static final Path AXE = Paths.get("..", "web", "node_modules", "axe-core", "axe.min.js");

    private final Engine engine;
    private String axeSource;
    private final Playwright playwright;
    private final Browser browser;
    private final URI base;
    private final Map<Page, List<String>> problems = new ConcurrentHashMap<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    /** The server this session started for itself, closed with it; null when the caller owns the server. */
    private StandaloneServer ownServer;

    BrowserSession(URI base) {
        this(base, Engine.CHROMIUM);
    }

    BrowserSession(URI base, Engine engine) {
        requireBrowser(engine);
        this.engine = engine;
        this.base = base;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            this.browser = engine == Engine.FIREFOX
                    // The "moz-" channels make Playwright drive a stock Firefox over WebDriver BiDi (built into
                    // Firefox) instead of its own patched build over Juggler; the executable path picks Debian's.
                    ? playwright.firefox().launch(new BrowserType.LaunchOptions()
                            .setChannel("moz-firefox")
                            .setExecutablePath(FIREFOX)
                            .setHeadless(true)
                            .setFirefoxUserPrefs(FIREFOX_PREFS))
                    : playwright.chromium().launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--disable-sync")));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Fails, naming the Debian package that provides it, when the engine's browser is not installed. */
    private static void requireBrowser(Engine engine) {
        Path executable = engine == Engine.FIREFOX ? FIREFOX : CHROMIUM;
        String debianPackage = engine == Engine.FIREFOX ? "firefox-esr" : "chromium";
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser tests need Debian's " + debianPackage + " at " + executable
                    + " and never download one. Install it with: apt-get update && apt-get install -y " + debianPackage
                    + " (.ci/run does this), or name another one with -Djm." + engine.name().toLowerCase(Locale.ROOT)
                    + "=/path/to/browser.");
        }
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
        return onDemoServer(data, Engine.CHROMIUM);
    }

    /** As {@link #onDemoServer(Path)}, in the given browser engine. */
    static BrowserSession onDemoServer(Path data, Engine engine) {
        requireBrowser(engine); // before the server starts: a missing browser fails at once
        StandaloneServer server = new StandaloneServer(new StandaloneConfig("127.0.0.1", 0, data, true, 4));
        server.start();
        try {
            BrowserSession session = new BrowserSession(server.baseUri(), engine);
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

    /** Asserts the browser has every platform feature the front end relies on (see MISSING_PLATFORM_FEATURES). */
    void assertPlatformFeatures(Page page) {
        assertThat((List<?>) page.evaluate(MISSING_PLATFORM_FEATURES))
                .as("platform features the front end needs, missing in " + engine + " " + browser.version()).isEmpty();
    }

    /**
     * Runs axe-core (from web/node_modules, put there by npm ci in web/; nothing is fetched) on the page as it
     * is now and asserts no serious or critical violation. The script is evaluated through the browser's remote
     * protocol (DevTools or WebDriver BiDi), so the page's CSP (no inline script) stays in force.
     */
    void assertAccessible(Page page, String view) {
        if (axeSource == null) {
            assertThat(AXE).as("axe-core from web/package.json (npm ci in web/ installs it)").exists();
            try {
                axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        page.evaluate(axeSource);
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '));
                }
                """);
        assertThat((List<?>) found).as("axe-core serious or critical violations: " + view).isEmpty();
    }

    /**
     * Saves a screenshot of the page. In Firefox (WebDriver BiDi) Playwright briefly inserts a style element to
     * settle animations, which the standalone CSP blocks and reports like any other violation: Firefox tests take
     * their screenshots after {@link #assertClean}.
     */
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
