package com.newsdesk.cli;

import com.newsdesk.io.BenchmarkReport.Row;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Start-up, timed from outside in child JVMs of the same jar: the command line ({@code export} of an empty
 * newsroom, end to end) and the window (to its first screen laid out, when a display is available).
 */
final class StartupBenchmarks {
    private static final String SECTION = "start";
    private final Consumer<String> progress;

    StartupBenchmarks(Consumer<String> progress) {
        this.progress = progress;
    }

    List<Row> run(boolean quick, Path scratch, Map<String, String> env) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        Path jar = jar();
        if (jar == null) {
            return rows; // run from classes (the tests): there is no jar to start
        }
        int runs = quick ? 3 : 7;
        Path empty = scratch.resolve("empty.db");
        Database.open(empty, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE).close();
        progress.accept("command-line start");
        double[] cli = timed(runs, jar, Map.of(), "export", "--db", empty.toString(), "--out",
                scratch.resolve("empty.json").toString());
        rows.add(Measure.row(SECTION, "command line: export of an empty newsroom, end to end", "ms", cli, "≤ 250 ms",
                ""));
        String display = env.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            progress.accept("window start on " + display);
            double[] window = timed(runs, jar, Map.of("NEWSDESK_STARTUP_PROBE", "1", "DISPLAY", display), "--db",
                    empty.toString());
            rows.add(Measure.row(SECTION, "window: JVM start to the first screen laid out", "ms", window, "≤ 800 ms",
                    "display " + display));
        }
        return rows;
    }

    /** Milliseconds of each run of the jar with these arguments, after one untimed run that warms the disk cache. */
    private static double[] timed(int runs, Path jar, Map<String, String> env, String... arguments)
            throws IOException, InterruptedException {
        double[] times = new double[runs];
        for (int run = -1; run < runs; run++) {
            long start = System.nanoTime();
            int status = child(jar, env, arguments);
            if (status != 0) {
                throw new IOException("newsdesk " + String.join(" ", arguments) + " exited with " + status);
            }
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    private static int child(Path jar, Map<String, String> env, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return process.waitFor();
    }

    /** The jar this code runs from, or null when it runs from a classes folder. */
    private static Path jar() {
        try {
            Path location = Path.of(StartupBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
