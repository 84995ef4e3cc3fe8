package com.journeymaps.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * Issue 9, item 4: a bounded load run against the standalone server on loopback (in-process, so the
 * driver's own threads share the machine with it). {@code users} simulated people (default 50), each
 * a thread with its own signed-in session (editors {@code emma} and {@code admin} in turn), work for
 * {@code seconds} (default 60) on 20 pages, each holding one map of 100 touchpoints
 * ({@link BenchMaps}, seeds 1–20).
 *
 * <p><b>Think time.</b> A person reads what a request brought before making the next one: after every
 * step a user pauses for a think time drawn uniformly from {@code [min, max]} milliseconds (default
 * 1,000–3,000 ms) by that user's own {@link Random}, seeded from {@code seed} (default 42) and the
 * user's number, so a run's sequence of steps and pauses is reproducible. Users also start at a
 * random moment within the first {@code max} milliseconds rather than all at once. This is the
 * <em>user model</em> (an open-ish workload whose offered rate is about {@code users ÷ (mean think +
 * response time)}). A think time of {@code 0} turns the run into a <em>stress test</em>: a closed
 * loop in which every user sends the next request the moment the last one answers, so {@code users}
 * requests are always in flight and the latencies measure the queue at saturation, not what a person
 * would wait for. Both are useful; only the user model is what issue 9's targets describe.
 *
 * <p>Each step picks a page at random: 80 % reads, half of them the page
 * view (server-side render), half the map over REST; 20 % saves, which change one touchpoint's name in
 * the map as that person last read it and send it with that read's {@code baseVersion}, so saves
 * overlap, merge, and sometimes conflict (409, intended). Reports p50/p95/p99 per kind, the same for the requests
 * sent in the first ten seconds and after them (the server starts cold), answers by status, and the heap every five
 * seconds (used, and the old generation after its last collection).
 *
 * <p>Run: {@code java -Xmx512m -cp bench/target/benchmarks.jar com.journeymaps.bench.LoadDriver [users] [seconds]
 * [think] [seed] [gzip]}, where {@code think} is {@code min-max} in milliseconds (default {@code 1000-3000}), one
 * number for a fixed pause, or {@code 0} for the no-think-time stress run. With {@code gzip} (since session 11,
 * when the server began to compress) the page views and REST reads ask for gzip as a browser does: the server
 * compresses them, and the driver inflates the reads it uses.
 */
public final class LoadDriver {

    static final int MAPS = 20;
    static final int TOUCHPOINTS = 100;
    /** The requests sent in the run's first seconds are also reported apart: the server starts cold. */
    static final int WARM_UP_SECONDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Whether page views and reads ask for gzip, as a browser does. */
    private static boolean gzip;

    private LoadDriver() {
    }

    /** One request: its kind, the answer's status, when it was sent ({@code System.nanoTime()}) and how long it took. */
    private record Sample(String kind, int status, long sentAt, long nanos) {

        static Sample since(String kind, int status, long sentAt) {
            return new Sample(kind, status, sentAt, System.nanoTime() - sentAt);
        }
    }

    private record Read(int pageVersion, JsonNode map) {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        ThinkTime think = ThinkTime.parse(args.length > 2 ? args[2] : "1000-3000");
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        gzip = args.length > 4 && args[4].equals("gzip");
        if (users < 1 || users > 1_000 || seconds < 1 || seconds > 3_600) {
            throw new IllegalArgumentException("users must be 1..1000 and seconds 1..3600, got " + users + " and " + seconds);
        }
        long[] pageIds = new long[MAPS];
        try (BenchServer server = BenchServer.start(pages -> {
            for (int m = 0; m < MAPS; m++) {
                pageIds[m] = pages.add("Load map " + (m + 1),
                        BenchServer.mapPage("jm-load-" + m, BenchServer.json(BenchMaps.generate(m + 1, TOUCHPOINTS).toBuilder().id("jm-load-" + m).build())));
            }
        })) {
            List<BenchServer.Client> clients = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                clients.add(u % 2 == 0 ? server.signIn("emma", "Emma-Demo-1") : server.signIn("admin", "Admin-Demo-1"));
            }
            // warm-up: every map read and viewed once by each of a few users, not counted
            for (int m = 0; m < MAPS; m++) {
                clients.get(0).get("pages/" + pageIds[m]);
                clients.get(0).get(mapPath(pageIds[m], m));
            }
            List<String> heap = new ArrayList<>();
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(users);
            List<Future<List<Sample>>> results = new ArrayList<>();
            AtomicInteger failures = new AtomicInteger();
            Map<String, Integer> exceptions = new ConcurrentHashMap<>();
            for (int u = 0; u < users; u++) {
                BenchServer.Client client = clients.get(u);
                long userSeed = seed * 1_000 + u;
                results.add(pool.submit(() -> user(client, userSeed, think, pageIds, deadline, failures, exceptions)));
            }
            MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null
                            && (p.getName().contains("Old") || p.getName().contains("Tenured")))
                    .findFirst().orElse(null);
            while (System.nanoTime() < deadline) {
                Thread.sleep(Math.min(5_000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
                heap.add(String.format("%3d s: heap used %4d MB, old gen after last GC %s",
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
                        old == null ? "n/a" : (old.getCollectionUsage().getUsed() >> 20) + " MB"));
            }
            List<Sample> samples = new ArrayList<>();
            for (Future<List<Sample>> result : results) {
                samples.addAll(result.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.gc();
            long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;

            System.out.printf("%n%s%s%n%d users, %.0f s, %d maps of %d touchpoints, %d requests (%.1f/s), %d cores, %s, seed %d,"
                    + " load average at the end %.1f%n", think.describe(),
                    gzip ? "; views and reads ask for gzip" : "; nothing asks for gzip", users, elapsed, MAPS, TOUCHPOINTS, samples.size(),
                    samples.size() / elapsed, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.version"), seed,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (String kind : List.of("view", "read", "save")) {
                long[] nanos = samples.stream().filter(s -> s.kind().equals(kind)).mapToLong(Sample::nanos).sorted()
                        .toArray();
                Map<Integer, Integer> statuses = new TreeMap<>();
                samples.stream().filter(s -> s.kind().equals(kind)).forEach(s -> statuses.merge(s.status(), 1, Integer::sum));
                if (nanos.length > 0) {
                    System.out.printf("%-4s n=%6d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  status %s%n",
                            kind, nanos.length, PageOverhead.ms(nanos, 50), PageOverhead.ms(nanos, 95),
                            PageOverhead.ms(nanos, 99), nanos[nanos.length - 1] / 1e6, statuses);
                }
            }
            // where the slow requests fall: the first seconds run on code the JIT has not compiled yet
            long warm = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
            for (String kind : List.of("view", "read", "save")) {
                long[] early = samples.stream().filter(s -> s.kind().equals(kind) && s.sentAt() < warm)
                        .mapToLong(Sample::nanos).sorted().toArray();
                long[] late = samples.stream().filter(s -> s.kind().equals(kind) && s.sentAt() >= warm)
                        .mapToLong(Sample::nanos).sorted().toArray();
                if (early.length > 0 && late.length > 0) {
                    System.out.printf("%-4s first %d s: n=%5d  p95 %7.1f ms  p99 %7.1f ms;  after: n=%6d  p95 %7.1f ms"
                                    + "  p99 %7.1f ms  max %7.1f ms%n", kind, WARM_UP_SECONDS, early.length,
                            PageOverhead.ms(early, 95), PageOverhead.ms(early, 99), late.length, PageOverhead.ms(late, 95),
                            PageOverhead.ms(late, 99), late[late.length - 1] / 1e6);
                }
            }
            System.out.println("exceptions (no answer): " + (exceptions.isEmpty() ? "none" : exceptions));
            System.out.println("unexpected answers (not 200, not 409 on a save): " + failures.get());
            heap.forEach(System.out::println);
            System.out.printf("after the run and System.gc(): heap used %d MB%n", afterGc);
        }
    }

    private static String mapPath(long pageId, int m) {
        return BenchServer.REST + "pages/" + pageId + "/maps/jm-load-" + m;
    }

    private static List<Sample> user(BenchServer.Client client, long seed, ThinkTime think, long[] pageIds,
            long deadline, AtomicInteger failures, Map<String, Integer> exceptions) throws InterruptedException {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        Map<Integer, Read> lastRead = new HashMap<>();
        int edit = 0;
        pause(think.maxMillis() > 0 ? (long) (random.nextDouble() * think.maxMillis()) : 0, deadline);
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                pause(think.next(random), deadline);
                if (System.nanoTime() >= deadline) {
                    break;
                }
            }
            first = false;
            int m = random.nextInt(pageIds.length);
            int dice = random.nextInt(10);
            try {
                if (dice < 2) {
                    Read read = lastRead.get(m);
                    if (read == null) {
                        read = read(client, pageIds[m], m, samples, failures);
                        lastRead.put(m, read);
                    }
                    if (read == null) {
                        continue;
                    }
                    ObjectNode map = read.map().deepCopy();
                    JsonNode touchpoints = map.get("touchpoints");
                    ((ObjectNode) touchpoints.get(random.nextInt(touchpoints.size())))
                            .put("name", "Edited by " + seed + " #" + (++edit));
                    long t = System.nanoTime();
                    HttpResponse<String> response = client.put(mapPath(pageIds[m], m) + "?baseVersion="
                            + read.pageVersion(), map.toString());
                    samples.add(Sample.since("save", response.statusCode(), t));
                    if (response.statusCode() != 200 && response.statusCode() != 409) {
                        if (failures.incrementAndGet() == 1) {
                            System.out.println("first unexpected save answer: " + response.statusCode() + " "
                                    + response.body().substring(0, Math.min(500, response.body().length())));
                        }
                    }
                    lastRead.remove(m); // the next save of this map starts from a fresh read
                } else if (dice < 6) {
                    long t = System.nanoTime();
                    int status = gzip ? client.getBytes("pages/" + pageIds[m], "Accept-Encoding", "gzip").statusCode()
                            : client.get("pages/" + pageIds[m]).statusCode();
                    samples.add(Sample.since("view", status, t));
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                } else {
                    Read read = read(client, pageIds[m], m, samples, failures);
                    if (read != null) {
                        lastRead.put(m, read);
                    }
                }
            } catch (Exception e) {
                exceptions.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        return samples;
    }

    /** Sleeps {@code millis}, but not past the end of the run. */
    private static void pause(long millis, long deadline) throws InterruptedException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        long sleep = Math.min(millis, left);
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
    }

    /** A user's pause between two steps, uniform in [min, max] milliseconds; 0–0 is no pause (stress run). */
    record ThinkTime(long minMillis, long maxMillis) {

        ThinkTime {
            if (minMillis < 0 || maxMillis < minMillis || maxMillis > 600_000) {
                throw new IllegalArgumentException("think time must be 0 <= min <= max <= 600000 ms, got "
                        + minMillis + "-" + maxMillis);
            }
        }

        /** {@code "1000-3000"}, {@code "2000"} (fixed) or {@code "0"} (no think time). */
        static ThinkTime parse(String text) {
            try {
                int dash = text.indexOf('-');
                return dash < 0 ? new ThinkTime(Long.parseLong(text), Long.parseLong(text))
                        : new ThinkTime(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("think time must be min-max or one number of milliseconds, got '"
                        + text + "'", e);
            }
        }

        long next(Random random) {
            return minMillis + (maxMillis == minMillis ? 0 : (long) (random.nextDouble() * (maxMillis - minMillis)));
        }

        String describe() {
            return maxMillis == 0 ? "STRESS RUN: no think time (closed loop, every user always has a request in flight)"
                    : String.format("USER MODEL: think time %,d-%,d ms between steps, uniform, seeded", minMillis, maxMillis);
        }
    }

    private static Read read(BenchServer.Client client, long pageId, int m, List<Sample> samples,
            AtomicInteger failures) throws Exception {
        long t = System.nanoTime();
        HttpResponse<byte[]> response = gzip ? client.getBytes(mapPath(pageId, m), "Accept-Encoding", "gzip")
                : client.getBytes(mapPath(pageId, m));
        samples.add(Sample.since("read", response.statusCode(), t));
        if (response.statusCode() != 200) {
            failures.incrementAndGet();
            return null;
        }
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
        JsonNode body = gzipped ? JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(response.body())))
                : JSON.readTree(response.body());
        return new Read(body.get("pageVersion").asInt(), body.get("map"));
    }
}
