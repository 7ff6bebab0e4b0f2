package com.newsdesk.bench;

import com.newsdesk.bench.BenchmarkReport;
import java.util.Arrays;

/** Times repeated work and turns the times into a benchmark row (median, min, max). */
final class Measure {
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Measure() {}

    /** Milliseconds of each of {@code runs} timed runs, after {@code warmups} untimed ones. */
    static double[] millis(int warmups, int runs, Work work) {
        try {
            for (int i = 0; i < warmups; i++) {
                work.run();
            }
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                work.run();
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            return times;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark run failed: " + e.getMessage(), e);
        }
    }

    static BenchmarkReport.Row row(String section, String name, String unit, double[] values, String goal,
            String peer) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new BenchmarkReport.Row(section, name, unit, median(values), sorted[0], sorted[sorted.length - 1],
                sorted.length, goal, peer);
    }

    /** Seconds to copy a file beside itself, each run: the disk's own limit for writing that much. */
    static double[] copySeconds(java.nio.file.Path file, int runs) throws java.io.IOException {
        java.nio.file.Path target = file.resolveSibling(file.getFileName() + ".copy");
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            java.nio.file.Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            java.nio.file.Files.delete(target);
        }
        return seconds;
    }

    /** Starts a new peak for {@link #peakHeapMegabytes}. */
    static void resetPeakHeap() {
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(
                java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    /** The most heap used since {@link #resetPeakHeap}: the sum of the heap pools' peaks, in MB. */
    static double peakHeapMegabytes() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1048576.0;
    }

    /** The rows that follow an export's time: its throughput and its peak heap, per run. */
    static java.util.List<BenchmarkReport.Row> exportRows(String section, double[] seconds, long bytes,
            double[] peakHeap) {
        double[] throughput = java.util.Arrays.stream(seconds).map(s -> bytes / 1e6 / s).toArray();
        return java.util.List.of(
                row(section, "  same, written", "MB/s", throughput, "", ""),
                row(section, "  same, peak heap", "MB", peakHeap, "≤ 256 MB",
                        String.format("heap limit %,d MB", Runtime.getRuntime().maxMemory() >> 20)));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void printTable(java.util.List<BenchmarkReport.Row> rows, java.io.PrintWriter out) {
        out.printf("%-62s %12s %12s %12s  %-8s %s%n", "measure", "median", "min", "max", "unit", "goal / peer");
        for (BenchmarkReport.Row row : rows) {
            out.printf("%-62s %12s %12s %12s  %-8s %s%n", row.section() + ": " + row.name(), format(row.median()),
                    format(row.min()), format(row.max()), row.unit(),
                    String.join(" · ", java.util.List.of(row.goal(), row.peer()).stream().filter(text -> !text.isEmpty())
                            .toList()));
        }
        out.flush();
    }

    private static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.3f", value);
    }
}
