package com.journeymaps.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Whether a change of markup or CSS changed what a reader sees: full-page screenshots of every page of the
 * standalone server (the demo content, a 100-touchpoint map and the page-overhead map), each as a viewer and
 * as an editor, the current version and version 1 (read-only, static rendering), taken with Debian's
 * Chromium; then a pixel-by-pixel comparison of two such sets. The grid's scroll region is opened up (and its deferred parts rendered) so the
 * whole grid is in the picture, and the texts that change from run to run (times) are hidden. Two runs of
 * the same build give identical pictures.
 *
 * <p>Run: {@code java -cp "bench/target/benchmarks.jar:$(cat bench/target/browser-classpath.txt)"
 * com.journeymaps.bench.Screenshots take /tmp/shots/before} (with the build before the change), again with
 * the build after it into another folder, then {@code ... Screenshots compare /tmp/shots/before
 * /tmp/shots/after}: one line per picture, with the number of differing pixels and where they are.
 */
public final class Screenshots {

    private static final String STEADY = "time, .jm-page__meta { visibility: hidden !important } "
            + "* { caret-color: transparent !important } "
            + ".jm-grid-scroll, .jm-map--interactive .jm-grid-scroll { max-height: none !important; "
            + "overflow: visible !important } "
            // a full-page picture is sized before the grid's deferred parts are rendered (grid.css)
            + ".jm-map--interactive .jm-card, .jm-map--interactive .jm-entries { content-visibility: visible !important }";

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("take")) {
            take(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("compare")) {
            int differing = compare(Path.of(args[1]), Path.of(args[2]));
            System.out.println(differing == 0 ? "all pictures are the same" : differing + " picture(s) differ");
        } else {
            throw new IllegalArgumentException("usage: Screenshots take <folder> | compare <folder> <folder>");
        }
    }

    private static void take(Path out) throws IOException {
        Files.createDirectories(out);
        long[] last = new long[1];
        try (BenchServer server = BenchServer.start(pages -> {
            pages.add("Screenshots: 100 touchpoints", BenchServer.mapPage("jm-shots",
                    BenchServer.json(BenchMaps.generate(42, 100).toBuilder().id("jm-shots").build())));
            last[0] = pages.add("Screenshots: 50 stages", BenchServer.mapPage("jm-grid",
                    BenchServer.json(PageOverhead.grid(7).toBuilder().id("jm-grid").build())));
        });
             Playwright playwright = Chromium.playwright();
             Browser browser = Chromium.launch(playwright)) {
            for (String[] user : new String[][] {{"victor", "Victor-Demo-1"}, {"emma", "Emma-Demo-1"}}) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setBaseURL(server.baseUri().toString()).setViewportSize(1400, 900)
                        .setReducedMotion(ReducedMotion.REDUCE).setBypassCSP(true))) {
                    Page page = Chromium.signedIn(context, user[0], user[1]);
                    for (long id = 1; id <= last[0]; id++) { // the page ids of the demo content and ours: bounded
                        for (String view : List.of("", "/versions/1")) {
                            Response response = page.navigate("pages/" + id + view);
                            if (response == null || response.status() != 200) {
                                continue;
                            }
                            page.waitForLoadState(LoadState.NETWORKIDLE);
                            page.waitForTimeout(700);
                            page.addStyleTag(new Page.AddStyleTagOptions().setContent(STEADY));
                            page.evaluate("() => document.activeElement && document.activeElement.blur()");
                            page.mouse().move(0, 0); // off the page's controls: a hovered button looks different
                            Path file = out.resolve(user[0] + "-" + id + view.replace('/', '-') + ".png");
                            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                                    .setAnimations(ScreenshotAnimations.DISABLED));
                            System.out.println(file);
                        }
                    }
                }
            }
        }
    }

    /** Prints one line per picture of {@code before}; returns how many differ from {@code after}'s. */
    static int compare(Path before, Path after) throws IOException {
        int differing = 0;
        try (Stream<Path> files = Files.list(before)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                Path other = after.resolve(file.getFileName());
                if (!Files.exists(other)) {
                    System.out.println(file.getFileName() + ": missing in " + after);
                    differing++;
                    continue;
                }
                BufferedImage a = ImageIO.read(file.toFile());
                BufferedImage b = ImageIO.read(other.toFile());
                if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
                    System.out.printf("%s: size %dx%d, then %dx%d%n", file.getFileName(), a.getWidth(), a.getHeight(),
                            b.getWidth(), b.getHeight());
                    differing++;
                    continue;
                }
                long pixels = 0;
                int minX = Integer.MAX_VALUE;
                int minY = Integer.MAX_VALUE;
                int maxX = -1;
                int maxY = -1;
                for (int y = 0; y < a.getHeight(); y++) {
                    for (int x = 0; x < a.getWidth(); x++) {
                        if (a.getRGB(x, y) != b.getRGB(x, y)) {
                            pixels++;
                            minX = Math.min(minX, x);
                            minY = Math.min(minY, y);
                            maxX = Math.max(maxX, x);
                            maxY = Math.max(maxY, y);
                        }
                    }
                }
                System.out.printf("%s: %dx%d, %d differing pixels%s%n", file.getFileName(), a.getWidth(), a.getHeight(),
                        pixels, pixels == 0 ? "" : " in [" + minX + "," + minY + "]-[" + maxX + "," + maxY + "]");
                if (pixels > 0) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
