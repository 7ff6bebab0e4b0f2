package com.newsdesk.cli;

import com.newsdesk.io.BenchmarkReport;
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
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new BenchmarkReport.Row(section, name, unit, median, sorted[0], sorted[n - 1], n, goal, peer);
    }
}
