package com.journeymaps.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * Two builds of one benchmark operation compared in one JVM, their calls interleaved: each build's
 * {@code benchmarks.jar} is loaded by its own class loader, then rounds of calls alternate between
 * them, and the thread CPU time of each call is recorded. On a machine shared with other work the
 * load drifts by whole factors within a minute; runs of {@link CpuTime} one after the other then
 * compare the load as much as the builds, while interleaved rounds see the same load.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.journeymaps.bench.CpuTimeAB <jar A> <jar B>
 * <benchmark class> <method> [rounds] [calls per round] [field=value ...]}, for example
 * {@code ... CpuTimeAB before.jar after.jar DiffMergeBenchmark merge 12 20 touchpoints=5000}. The first
 * third of the rounds warm up and are not counted.
 */
public final class CpuTimeAB {

    private CpuTimeAB() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: CpuTimeAB <jar A> <jar B> <benchmark class> <method> [rounds] [calls] [field=value ...]");
            System.exit(2);
        }
        String className = args[2].contains(".") ? args[2] : "com.journeymaps.bench." + args[2];
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 12;
        int calls = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        String[] fields = args.length > 6 ? Arrays.copyOfRange(args, 6, args.length) : new String[0];
        Object[] states = new Object[2];
        Method[] methods = new Method[2];
        for (int build = 0; build < 2; build++) {
            ClassLoader loader = new URLClassLoader(new URL[] {new File(args[build]).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(className);
            states[build] = type.getConstructor().newInstance();
            for (String field : fields) {
                String[] nameValue = field.split("=", 2);
                type.getField(nameValue[0]).setInt(states[build], Integer.parseInt(nameValue[1]));
            }
            type.getMethod("setUp").invoke(states[build]);
            methods[build] = type.getMethod(args[3]);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // HotSpot's own bean also counts the bytes a thread allocates: less allocation, fewer young collections
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        long self = Thread.currentThread().getId();
        int counted = rounds - rounds / 3;
        long[][] cpu = new long[2][counted * calls];
        long[][] bytes = new long[2][counted * calls];
        int[] filled = new int[2];
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            for (int build = 0; build < 2; build++) {
                for (int i = 0; i < calls; i++) {
                    long allocatedBefore = allocation.getThreadAllocatedBytes(self);
                    long before = threads.getCurrentThreadCpuTime();
                    sink = methods[build].invoke(states[build]);
                    long time = threads.getCurrentThreadCpuTime() - before;
                    long allocated = allocation.getThreadAllocatedBytes(self) - allocatedBefore;
                    if (round >= rounds / 3) {
                        bytes[build][filled[build]] = allocated;
                        cpu[build][filled[build]++] = time;
                    }
                }
            }
        }
        System.out.printf("%d cores, %s, load average %.1f at the end; %s.%s, %d rounds of %d calls, %d counted per build%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), className, args[3], rounds, calls,
                counted * calls);
        for (int build = 0; build < 2; build++) {
            Arrays.sort(cpu[build]);
            Arrays.sort(bytes[build]);
            System.out.printf("%-40s cpu p50 %8.3f  p90 %8.3f  p99 %8.3f ms; allocated p50 %,.0f KB%n", args[build],
                    PageOverhead.ms(cpu[build], 50), PageOverhead.ms(cpu[build], 90), PageOverhead.ms(cpu[build], 99),
                    bytes[build][bytes[build].length / 2] / 1024.0);
        }
        if (sink == null) {
            System.out.println("(the operation returned null)");
        }
    }
}
