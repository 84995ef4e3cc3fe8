package com.journeymaps.bench;

import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Level;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 9, item 2: what a journey map adds to serving a page. The standalone server runs in-process
 * on loopback; one page holds a 50-stage × 10-lane map, another the same texts as a static HTML
 * table (a header row of stage names, one row per lane). The driver requests them alternately,
 * signed in, one request at a time, and reports the median, p90 and p99 of the time from sending the
 * request to having the whole response (on loopback, that is server time plus a copy), and the ratio
 * of the medians; and, because a loaded machine inflates wall time by whole factors, the CPU time the whole
 * process (server and client in one JVM) spent on each request, with the ratio of its medians. It also checks which of our assets each page references: a page without a map
 * must get no byte of the journey-map JS or CSS. Between the pages it times the map's REST read, which the front
 * end asked for after every page view until the page carried the read itself, to compare whole page views across
 * that change. Since session 11 it also asks for both pages gzipped, as a browser does, and reports their bytes and
 * times (the client does not inflate them: the time is the server's, compression included, plus the transfer).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.journeymaps.bench.PageOverhead [requests]}
 * (default 1,000 of each page after 200 of each to warm up).
 */
public final class PageOverhead {

    static final int STAGES = 50;
    static final List<LaneType> LANES = List.of(LaneType.TOUCHPOINTS, LaneType.CUSTOMER_ACTIONS,
            LaneType.THOUGHTS, LaneType.EMOTIONS, LaneType.PAIN_POINTS, LaneType.OPPORTUNITIES, LaneType.CHANNELS,
            LaneType.FRONTSTAGE, LaneType.BACKSTAGE, LaneType.SUPPORT_PROCESSES);

    private PageOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int warmup = Math.max(20, requests / 5);
        JourneyMap map = grid(7).toBuilder().id("jm-overhead").build();
        String table = table(map);
        long[] ids = new long[2];
        try (BenchServer server = BenchServer.start(pages -> {
            ids[0] = pages.add("Overhead: map", BenchServer.mapPage("jm-overhead", BenchServer.json(map)));
            ids[1] = pages.add("Overhead: table", "<p>Before the table.</p>" + table + "<p>After the table.</p>");
        })) {
            BenchServer.Client client = server.signIn("admin", "Admin-Demo-1");
            String mapPath = "pages/" + ids[0];
            String tablePath = "pages/" + ids[1];
            String readPath = "rest/journeymaps/1.0/pages/" + ids[0] + "/maps/jm-overhead";
            HttpResponse<String> mapPage = client.get(mapPath);
            HttpResponse<String> tablePage = client.get(tablePath);
            if (mapPage.statusCode() != 200 || tablePage.statusCode() != 200 || !mapPage.body().contains("jm-overhead")) {
                throw new IllegalStateException("the pages do not render: " + mapPage.statusCode() + " "
                        + tablePage.statusCode());
            }
            System.out.printf("map JSON %,d bytes; map page %,d chars of HTML, table page %,d chars%n",
                    BenchServer.json(map).length(), mapPage.body().length(), tablePage.body().length());
            System.out.println("map page assets:   " + assets(client, mapPage.body()));
            System.out.println("table page assets: " + assets(client, tablePage.body()));
            boolean carried = mapPage.body().contains(" data-jm-read=");
            System.out.println(carried ? "the map page carries the map's read (data-jm-read): the front end makes no REST read"
                    : "the map page does not carry the map's read: the front end reads the map over REST after it");

            for (int i = 0; i < warmup; i++) {
                time(client, mapPath);
                time(client, tablePath);
                time(client, readPath);
            }
            long[] mapTimes = new long[requests];
            long[] tableTimes = new long[requests];
            long[] mapCpu = new long[requests];
            long[] tableCpu = new long[requests];
            long[] readTimes = new long[requests];
            long[] mapGzipTimes = new long[requests];
            long[] tableGzipTimes = new long[requests];
            for (int i = 0; i < requests; i++) {
                long cpu = processCpu();
                mapTimes[i] = time(client, mapPath);
                long between = processCpu();
                tableTimes[i] = time(client, tablePath);
                mapCpu[i] = between - cpu;
                tableCpu[i] = processCpu() - between;
                readTimes[i] = time(client, readPath);
                mapGzipTimes[i] = timeGzipped(client, mapPath);
                tableGzipTimes[i] = timeGzipped(client, tablePath);
            }
            Arrays.sort(mapTimes);
            Arrays.sort(tableTimes);
            Arrays.sort(readTimes);
            Arrays.sort(mapGzipTimes);
            Arrays.sort(tableGzipTimes);
            System.out.printf("%d requests of each page after %d of each to warm up%n", requests, warmup);
            System.out.printf("page with map:   median %.2f ms, p90 %.2f ms, p99 %.2f ms%n", ms(mapTimes, 50),
                    ms(mapTimes, 90), ms(mapTimes, 99));
            System.out.printf("page with table: median %.2f ms, p90 %.2f ms, p99 %.2f ms%n", ms(tableTimes, 50),
                    ms(tableTimes, 90), ms(tableTimes, 99));
            System.out.printf("ratio of medians (map / table): %.2f%n", ms(mapTimes, 50) / ms(tableTimes, 50));
            System.out.printf("asked for gzipped, as a browser asks: map page %s, table page %s%n",
                    sent(client.getBytes(mapPath, "Accept-Encoding", "gzip")),
                    sent(client.getBytes(tablePath, "Accept-Encoding", "gzip")));
            System.out.printf("page with map, gzipped:   median %.2f ms, p90 %.2f ms, p99 %.2f ms%n", ms(mapGzipTimes, 50),
                    ms(mapGzipTimes, 90), ms(mapGzipTimes, 99));
            System.out.printf("page with table, gzipped: median %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                    ms(tableGzipTimes, 50), ms(tableGzipTimes, 90), ms(tableGzipTimes, 99));
            System.out.printf("ratio of medians, gzipped (map / table): %.2f%n", ms(mapGzipTimes, 50) / ms(tableGzipTimes, 50));
            System.out.printf("the map's REST read: median %.2f ms, p90 %.2f ms%s%n", ms(readTimes, 50), ms(readTimes, 90),
                    carried ? " (no longer asked for by a page view)" : " (asked for by every page view after the page)");
            System.out.printf("CPU of the whole process per request (server, client, GC, JIT), which waiting for a core "
                    + "does not inflate:%n");
            // the process CPU clock ticks in steps of up to 10 ms, so only the mean over many requests means much
            double mapMean = Arrays.stream(mapCpu).average().orElseThrow() / 1e6;
            double tableMean = Arrays.stream(tableCpu).average().orElseThrow() / 1e6;
            System.out.printf("page with map:   mean %.2f ms%n", mapMean);
            System.out.printf("page with table: mean %.2f ms%n", tableMean);
            System.out.printf("ratio of CPU means (map / table): %.2f%n", mapMean / tableMean);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long time(BenchServer.Client client, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.get(path);
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return elapsed;
    }

    /** As {@link #time}, asking for the page gzipped (a build before session 11 sends it as it is). */
    private static long timeGzipped(BenchServer.Client client, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.getBytes(path, "Accept-Encoding", "gzip");
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return elapsed;
    }

    private static String sent(HttpResponse<byte[]> response) {
        return String.format("%,d bytes%s", response.body().length,
                response.headers().firstValue("Content-Encoding").map(e -> " (" + e + ")").orElse(" (not compressed)"));
    }

    static double ms(long[] sortedNanos, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    /** Each {@code /static/...} script or stylesheet the HTML references, with its size in bytes. */
    private static Map<String, Integer> assets(BenchServer.Client client, String html) throws Exception {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/static/[^\"]+)\"").matcher(html);
        while (m.find()) {
            HttpResponse<byte[]> asset = client.getBytes(m.group(1).substring(1));
            sizes.put(m.group(1), asset.statusCode() == 200 ? asset.body().length : -asset.statusCode());
        }
        return sizes;
    }

    /** A map of 50 stages and 10 visible lanes, one touchpoint per stage with every lane filled. */
    static JourneyMap grid(long seed) {
        Ids ids = Ids.seeded(seed);
        PersonaRef persona = new PersonaRef(ids.next(ElementKind.PERSONA), 1001, "Lena", "buyer", Map.of());
        List<Stage> stages = new ArrayList<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int s = 0; s < STAGES; s++) {
            Stage stage = new Stage(ids.next(ElementKind.STAGE), "Stage " + (s + 1), "Goal " + (s + 1), null);
            stages.add(stage);
            touchpoints.add(Touchpoint.builder().id(ids.next(ElementKind.TOUCHPOINT)).stageId(stage.id())
                    .name("Touchpoint " + (s + 1)).channel("web").action("Does step " + (s + 1))
                    .thought("Thinks about step " + (s + 1)).emotions(Map.of(persona.id(), s % 5 - 2))
                    .painPoints(List.of(new PainPoint(ids.next(ElementKind.PAIN_POINT), "Pain " + (s + 1),
                            Severity.values()[s % 4], Map.of())))
                    .opportunities(List.of(new Opportunity(ids.next(ElementKind.OPPORTUNITY), "Idea " + (s + 1),
                            OpportunityStatus.IDEA, Level.HIGH, Level.LOW, null, null, Map.of())))
                    .build());
        }
        List<Lane> lanes = new ArrayList<>();
        for (LaneType type : LANES) {
            Lane lane = new Lane(ids.next(ElementKind.LANE), type, null, true);
            if (type == LaneType.FRONTSTAGE || type == LaneType.BACKSTAGE || type == LaneType.SUPPORT_PROCESSES) {
                for (int s = 0; s < STAGES; s++) {
                    lane = lane.withCell(stages.get(s).id(), List.of(new LaneItem(ids.next(ElementKind.LANE_ITEM),
                            type.id() + " " + (s + 1))));
                }
            }
            lanes.add(lane);
        }
        return JourneyMap.builder().id(ids.next(ElementKind.MAP)).title("Page overhead map")
                .objective("Measure the page overhead").personas(List.of(persona)).stages(stages).lanes(lanes)
                .touchpoints(touchpoints).build();
    }

    /** The same texts as {@link #grid}'s map, as a plain storage-format table. */
    static String table(JourneyMap map) {
        StringBuilder out = new StringBuilder("<table><tbody><tr><th>Lane</th>");
        map.stages().forEach(stage -> out.append("<th>").append(stage.name()).append("</th>"));
        out.append("</tr>");
        for (Lane lane : map.lanes()) {
            out.append("<tr><th>").append(lane.type().id()).append("</th>");
            for (int s = 0; s < map.stages().size(); s++) {
                String stageId = map.stages().get(s).id();
                Touchpoint t = map.touchpoints().get(s);
                String text = switch (lane.type()) {
                    case TOUCHPOINTS -> t.name();
                    case CUSTOMER_ACTIONS -> t.action();
                    case THOUGHTS -> t.thought();
                    case EMOTIONS -> "Lena: " + t.emotions().values().iterator().next();
                    case PAIN_POINTS -> t.painPoints().get(0).text();
                    case OPPORTUNITIES -> t.opportunities().get(0).text();
                    case CHANNELS -> t.channel();
                    default -> lane.cells().getOrDefault(stageId, List.of()).stream().map(LaneItem::text)
                            .findFirst().orElse("");
                };
                out.append("<td>").append(text).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}
