package com.newsdesk.bench;

import com.newsdesk.bench.BenchmarkReport.Row;
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
 * Start-up, timed from outside in child JVMs of the same jar, plain and with a class-data archive: the command line
 * ({@code export} of an empty newsroom, end to end) and, when a display is available, the window (to its first screen
 * laid out) and the article editor ({@code bench-editor}).
 */
final class StartupBenchmarks {
    private static final String SECTION = "start";
    private final Consumer<String> progress;

    StartupBenchmarks(Consumer<String> progress) {
        this.progress = progress;
    }

    List<Row> run(boolean quick, Path scratch, Map<String, String> env) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        Path jar = jarOf(com.newsdesk.cli.Cli.class);
        if (jar == null) {
            return rows; // run from classes (the tests): there is no jar to start
        }
        int runs = quick ? 3 : 7;
        Path empty = scratch.resolve("empty.db");
        Database.open(empty, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE).close();
        List<String> export = List.of("export", "--db", empty.toString(), "--out",
                scratch.resolve("empty.json").toString());
        progress.accept("command-line start");
        rows.add(Measure.row(SECTION, "command line: export of an empty newsroom, end to end", "ms",
                timed(runs, jar, List.of(), Map.of(), export), "≤ 250 ms", "`java -jar`"));
        rows.add(Measure.row(SECTION, "command line: the same with a class-data archive", "ms",
                timed(runs, jar, archive(jar, scratch.resolve("cli.jsa"), Map.of(), export), Map.of(), export),
                "≤ 250 ms", "`./newsdesk` (keeps the archive)"));
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return rows; // the window and the editor need a display
        }
        progress.accept("window start on " + display);
        Map<String, String> probe = Map.of("NEWSDESK_STARTUP_PROBE", "1", "DISPLAY", display);
        List<String> window = List.of("--db", empty.toString());
        rows.add(Measure.row(SECTION, "window: JVM start to the first screen laid out", "ms",
                timed(runs, jar, List.of(), probe, window), "≤ 800 ms", "`java -jar`, display " + display));
        rows.add(Measure.row(SECTION, "window: the same with a class-data archive", "ms",
                timed(runs, jar, archive(jar, scratch.resolve("window.jsa"), probe, window), probe, window),
                "≤ 800 ms", "`./newsdesk` (keeps the archive)"));
        progress.accept("the article editor on " + display);
        List<String> editor = quick
                ? List.of("editor", "--rows", "--open-words", "20000", "--typing-words", "5000", "--keystrokes", "60")
                : List.of("editor", "--rows");
        Path benchJar = jarOf(StartupBenchmarks.class);
        if (benchJar == null) {
            return rows;
        }
        String printed = child(benchJar, List.of(), Map.of("DISPLAY", display), editor);
        for (String line : printed.split("\\R")) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4 && fields[0].equals("row")) {
                double[] millis = java.util.Arrays.stream(fields[2].split(",")).mapToDouble(Double::parseDouble)
                        .toArray();
                rows.add(Measure.row("editor", fields[1], "ms", millis,
                        fields[1].startsWith("keystroke") ? "one frame (16 ms)" : "", fields[3]));
            }
        }
        return rows;
    }

    /** Options that make the JVM map an archive of the classes one untimed run of these arguments loaded. */
    private static List<String> archive(Path jar, Path archive, Map<String, String> env, List<String> arguments)
            throws IOException, InterruptedException {
        child(jar, List.of("-XX:ArchiveClassesAtExit=" + archive), env, arguments);
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    /** Milliseconds of each run of the jar with these arguments, after one untimed run that warms the disk cache. */
    private static double[] timed(int runs, Path jar, List<String> options, Map<String, String> env,
            List<String> arguments) throws IOException, InterruptedException {
        double[] times = new double[runs];
        for (int run = -1; run < runs; run++) {
            long start = System.nanoTime();
            child(jar, options, env, arguments);
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        return times;
    }

    /** Runs the jar in a child JVM and returns what it printed; a failed run is an error. */
    private static String child(Path jar, List<String> options, Map<String, String> env, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")); // archive notes go to standard output
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException("newsdesk " + String.join(" ", arguments) + " exited with " + status + ": "
                    + printed.strip());
        }
        return printed;
    }

    /** The jar a class was loaded from, or null when it came from a classes folder. */
    static Path jarOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
