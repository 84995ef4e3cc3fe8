package com.journeymaps.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The JMH benchmarks' operations timed by the CPU time of the calling thread (ThreadMXBean) as well
 * as by the wall clock, one call at a time: on a machine shared with other work, waiting for a core
 * inflates wall-clock scores by whole factors, CPU time much less. Reports median and p99 of both
 * per operation, with the floor of each group in the same run.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.journeymaps.bench.CpuTime [calls] [filter]}
 * (default 200 measured calls per operation after 100 to warm up; {@code filter} keeps the
 * operations whose name contains it). Compare two builds by putting the other build's jar first on
 * the class path: the operations then run its core, web and standalone classes.
 */
public final class CpuTime {

    private CpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String filter = args.length > 1 ? args[1] : "";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Callable<Object>> operations = new LinkedHashMap<>();

        for (int size : new int[] {100, 1000}) {
            RenderBenchmark render = new RenderBenchmark();
            render.touchpoints = size;
            render.setUp();
            operations.put("render interactive " + size, render::renderInteractive);
            operations.put("render static " + size, render::renderStatic);
            operations.put("jackson parse " + size + " (render floor)", render::jacksonParse);
        }
        for (int size : new int[] {0, 1000}) {
            CodecBenchmark codec = new CodecBenchmark();
            codec.pageKb = 200;
            codec.touchpoints = size;
            codec.setUp();
            String body = size == 0 ? "20 KB body" : size + "-touchpoint map";
            operations.put("codec replaceBody, " + body, codec::replaceBody);
            operations.put("codec find, " + body, codec::find);
            operations.put("copy of the page (codec floor), " + body, codec::baselineCopy);
            operations.put("scan of the page (codec floor), " + body, codec::baselineScan);
        }
        for (int size : new int[] {1000, 5000}) {
            DiffMergeBenchmark diffMerge = new DiffMergeBenchmark();
            diffMerge.touchpoints = size;
            diffMerge.setUp();
            operations.put("diff " + size, diffMerge::diff);
            operations.put("merge " + size, diffMerge::merge);
            operations.put("jackson parse two " + size + " (diff floor)", diffMerge::baselineParseTwo);
            operations.put("jackson parse three " + size + " (merge floor)", diffMerge::baselineParseThree);
        }

        System.out.printf("%d cores, %s, load average %.1f; %d calls per operation%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), calls);
        System.out.printf("%-48s %10s %10s %10s %10s%n", "operation", "cpu p50", "cpu p99", "wall p50", "wall p99");
        List<Object> sink = new ArrayList<>();
        for (Map.Entry<String, Callable<Object>> operation : operations.entrySet()) {
            if (!operation.getKey().contains(filter)) {
                continue;
            }
            int warmup = Math.max(20, calls / 2);
            for (int i = 0; i < warmup; i++) {
                sink.add(operation.getValue().call());
                sink.clear();
            }
            long[] cpu = new long[calls];
            long[] wall = new long[calls];
            for (int i = 0; i < calls; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                sink.add(operation.getValue().call());
                wall[i] = System.nanoTime() - w;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
                sink.clear();
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("%-48s %10.3f %10.3f %10.3f %10.3f  ms%n", operation.getKey(), PageOverhead.ms(cpu, 50),
                    PageOverhead.ms(cpu, 99), PageOverhead.ms(wall, 50), PageOverhead.ms(wall, 99));
        }
    }
}
