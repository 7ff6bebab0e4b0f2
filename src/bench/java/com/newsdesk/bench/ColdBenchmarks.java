package com.newsdesk.bench;

import com.newsdesk.bench.BenchmarkReport.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Imports, exports and starts as users meet them: each a whole process started through the launcher users are told
 * to use ({@code ./newsdesk}, or {@code --launcher}), with the operating system's page cache dropped before every
 * run when this user may (root on Linux), side by side with its peers in the same run, alternating, with peak
 * resident memory as {@code /usr/bin/time} reports it.
 */
final class ColdBenchmarks {
    private static final String SECTION = "cold";
    private static final Path DROP_CACHES = Path.of("/proc/sys/vm/drop_caches");
    private static final Path TIME = Path.of("/usr/bin/time");

    private final Consumer<String> progress;
    private final Path launcher;
    private final Path scratch;
    private final boolean dropCaches;

    ColdBenchmarks(Consumer<String> progress, Path launcher, Path scratch, boolean keepPageCache) {
        this.progress = progress;
        this.launcher = launcher;
        this.scratch = scratch;
        this.dropCaches = !keepPageCache && cold();
    }

    /** The launcher beside the jar this class came from ({@code target/../newsdesk}), when there is one. */
    static Path launcherBesideTheJar() {
        Path jar = StartupBenchmarks.jarOf(com.newsdesk.cli.Cli.class);
        if (jar == null || jar.getParent() == null || jar.getParent().getParent() == null) {
            return null;
        }
        Path script = jar.getParent().getParent().resolve("newsdesk");
        return Files.isExecutable(script) ? script : null;
    }

    /** Whether runs here start with an empty page cache. */
    static boolean cold() {
        return Files.isWritable(DROP_CACHES);
    }

    /** One command in a race: what runs, where its standard output goes, and what is set up before each run. */
    /**
     * One side of a race. {@code ready}, when given, is the line on standard output at which the run counts as done
     * (the window's probe prints it once its first screen is laid out; what the process does after, such as waiting
     * at exit for a backup thread's native call, is not what the figure measures); the run is still awaited whole
     * for its peak memory.
     */
    /** What the window's start-up probe prints once the screen it was asked for is laid out. */
    static final String WINDOW_READY = "newsdesk: window ready";

    record Contender(String name, List<String> command, Path stdout, Measure.Work before, String ready) {
        Contender(String name, List<String> command) {
            this(name, command, null, () -> { }, null);
        }

        Contender(String name, List<String> command, Path stdout, Measure.Work before) {
            this(name, command, stdout, before, null);
        }

        Contender readyAt(String line) {
            return new Contender(name, command, stdout, before, line);
        }
    }

    /** Seconds and peak resident megabytes of each run (NaN when {@code /usr/bin/time} is missing). */
    record Result(double[] seconds, double[] megabytes) {
        double medianSeconds() {
            return Measure.median(seconds);
        }

        String describe() {
            double memory = Measure.median(megabytes);
            return String.format("%.2f s", medianSeconds()) + (Double.isNaN(memory) ? "" : String.format(", %.0f MB",
                    memory));
        }
    }

    /** Every cold figure, or with {@code startsOnly} the command's and the window's starts and memory only. */
    List<Row> run(boolean quick, int runs, Map<String, String> env, boolean startsOnly)
            throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        int subscribers = quick ? 20_000 : 1_000_000;
        int comments = quick ? 20_000 : 1_000_000;
        int articles = quick ? 500 : 20_000;
        Path empty = scratch.resolve("cold-empty.db");
        Path big = scratch.resolve("cold-big.db");
        newsdesk(env, "init", "--db", empty.toString());
        progress.accept(String.format("cold runs: building a newsroom of %,d articles, %,d comments and %,d"
                + " subscribers", articles, comments, subscribers));
        newsdesk(env, "demo", "--db", big.toString(), "--articles", Integer.toString(articles), "--comments",
                Integer.toString(comments), "--subscribers", Integer.toString(subscribers));
        Path ours = scratch.resolve("cold-subscribers.csv");
        Path ghost = scratch.resolve("cold-ghost.csv");
        if (!startsOnly) {
            newsdesk(env, "export-subscribers", "--db", big.toString(), "--format", "csv", "--out", ours.toString());
            newsdesk(env, "export-subscribers", "--db", big.toString(), "--format", "ghost", "--split-comma-labels",
                    "--out", ghost.toString());
        }
        String size = String.format("%,d", subscribers);

        progress.accept("cold runs: command start");
        Path emptyJson = scratch.resolve("cold-empty.json");
        Path jar = StartupBenchmarks.jarOf(com.newsdesk.cli.Cli.class);
        List<Contender> start = new ArrayList<>(List.of(
                new Contender("./newsdesk", launch("export", "--db", empty.toString(), "--out", emptyJson.toString())),
                new Contender("java -jar", List.of(java(), "-jar", jar.toString(), "export", "--db", empty.toString(),
                        "--out", emptyJson.toString())),
                new Contender("java -version (the JVM alone)", List.of(java(), "-Xshare:auto", "-version")),
                new Contender("the floor: the JVM, the driver, one file (bench's BareExport)", floor("cli",
                        com.newsdesk.bench.floor.BareExport.class, empty.toString(), emptyJson.toString()))));
        rows.addAll(race("command start: export of an empty newsroom", "ms", 1000, "≤ 200 ms", runs, start, env));

        if (!startsOnly) {
            rows.addAll(exportsAndImports(runs, env, big, empty, ours, ghost, size));
        }
        String display = env.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            for (Path newsroom : List.of(empty, big)) {
                String which = newsroom.equals(empty) ? "an empty newsroom" : "the big newsroom";
                progress.accept("cold runs: window start on " + which);
                List<Contender> window = List.of(
                        new Contender("./newsdesk", launch("--db", newsroom.toString())).readyAt(WINDOW_READY),
                        new Contender("java -jar", List.of(java(), "-jar", jar.toString(), "--db",
                                newsroom.toString())).readyAt(WINDOW_READY),
                        new Contender("the floor: JavaFX showing one label (bench's BareWindow)", floor("window",
                                com.newsdesk.bench.floor.BareWindow.class)).readyAt(WINDOW_READY));
                Map<String, String> probe = new LinkedHashMap<>(env);
                probe.put("NEWSDESK_STARTUP_PROBE", "1");
                rows.addAll(race("window start to the first screen, " + which, "ms", 1000, "≤ 800 ms, then ≤ 600 ms",
                        runs, window, probe));
                probe.put("NEWSDESK_STARTUP_PROBE", "tour");
                progress.accept("cold runs: the window visiting every desk on " + which);
                rows.addAll(race("window visiting every desk, " + which, "ms", 1000, "≤ 250 MB resident", runs,
                        List.of(window.get(0)), probe));
            }
        }
        return rows;
    }

    private List<Row> exportsAndImports(int runs, Map<String, String> env, Path big, Path empty, Path ours, Path ghost,
            String size) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        boolean shell = Sqlite3Shell.available();
        progress.accept("cold runs: JSON export of " + size + " subscribers");
        Path json = scratch.resolve("cold-subscribers.json");
        List<Contender> export = new ArrayList<>(List.of(new Contender("newsdesk", launch("export-subscribers",
                "--db", big.toString(), "--format", "json", "--out", json.toString()))));
        if (shell) {
            export.add(new Contender("sqlite3 -json of the table", List.of("sqlite3", "-json", big.toString(),
                    Sqlite3Shell.script("subscribers-json")), json, () -> { }));
            export.add(new Contender("sqlite3 writing our records", List.of("sqlite3", big.toString(),
                    Sqlite3Shell.script("subscribers-as-newsdesk-json")), json, () -> { }));
        }
        rows.addAll(race("export-subscribers --format json, " + size, "s", 1,
                "no slower than sqlite3 -json; ≤ 300 MB", runs, export, env));

        progress.accept("cold runs: JSON export of the whole newsroom");
        Path whole = scratch.resolve("cold-newsroom.json");
        List<Contender> exportAll = new ArrayList<>(List.of(new Contender("newsdesk", launch("export", "--db",
                big.toString(), "--out", whole.toString()))));
        if (shell) {
            exportAll.add(new Contender("sqlite3 -json of the 3 tables", List.of("sqlite3", "-json",
                    big.toString(), Sqlite3Shell.script("whole-newsroom-json")), whole, () -> { }));
        }
        rows.addAll(race("export, the whole newsroom", "s", 1, "no slower than sqlite3 -json; ≤ 300 MB", runs,
                exportAll, env));

        Path target = scratch.resolve("cold-import.db");
        Measure.Work fresh = () -> {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(target + suffix));
            }
            Files.copy(empty, target, StandardCopyOption.REPLACE_EXISTING);
        };
        for (Path csv : List.of(ours, ghost)) {
            boolean isGhost = csv.equals(ghost);
            progress.accept("cold runs: import of " + size + " subscribers from " + (isGhost ? "a Ghost" : "our")
                    + " CSV");
            List<Contender> load = new ArrayList<>(List.of(new Contender("newsdesk", launch("import-subscribers",
                    "--db", target.toString(), csv.toString()), null, fresh)));
            if (shell) {
                String scripts = isGhost ? "ghost" : "newsdesk";
                String moved = Sqlite3Shell.script("raw-" + scripts + "-into-schema");
                String table = Sqlite3Shell.script("raw-" + scripts + "-csv");
                String csvImport = ".import --csv --skip 1 " + csv + " raw";
                if (!isGhost) { // the same work as for our CSV; left out there to keep the run under half an hour
                    load.add(new Contender("sqlite3 into our schema", List.of("sqlite3", target.toString(), table,
                            csvImport, "BEGIN;", moved, "COMMIT;"), null, fresh));
                }
                load.add(new Contender("sqlite3 into our schema, bulk-load steps", List.of("sqlite3",
                        target.toString(), Sqlite3Shell.script("bulk-load-settings"), table, csvImport, "BEGIN;",
                        Sqlite3Shell.script("bulk-load-drop"), moved, Sqlite3Shell.script("bulk-load-rebuild"),
                        "COMMIT;"), null, fresh));
                load.add(new Contender("sqlite3 .import into a bare table", List.of("sqlite3", target.toString(),
                        table.replace("TEMP TABLE", "TABLE"), csvImport), null, fresh));
            }
            rows.addAll(race("import-subscribers, " + (isGhost ? "Ghost members CSV" : "our CSV") + ", " + size
                    + " with labels, into an empty newsroom", "s", 1,
                    "no slower than sqlite3 into our schema; ≤ 300 MB", runs, load, env));
        }

        return rows;
    }

    /**
     * Runs the contenders in turn, {@code runs} rounds after one untimed round (the launcher records its class-data
     * archive then), and returns a time row and a memory row per contender; the first is ours, the others its peers.
     */
    private List<Row> race(String figure, String unit, double perSecond, String goal, int runs,
            List<Contender> contenders, Map<String, String> env) throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        double[][] seconds = new double[contenders.size()][runs];
        double[][] megabytes = new double[contenders.size()][runs];
        for (int round = -1; round < runs; round++) {
            for (int i = 0; i < contenders.size(); i++) {
                double[] measured = once(contenders.get(i), env);
                if (round >= 0) {
                    seconds[i][round] = measured[0];
                    megabytes[i][round] = measured[1];
                }
            }
        }
        for (int i = 0; i < contenders.size(); i++) {
            results.add(new Result(seconds[i], megabytes[i]));
        }
        List<Row> rows = new ArrayList<>();
        String peers = String.join("; ", java.util.stream.IntStream.range(1, contenders.size())
                .mapToObj(i -> contenders.get(i).name() + " " + results.get(i).describe()).toList());
        for (int i = 0; i < contenders.size(); i++) {
            double[] scaled = Arrays.stream(seconds[i]).map(s -> s * perSecond).toArray();
            String name = figure + ": " + contenders.get(i).name();
            rows.add(Measure.row(SECTION, name, unit, scaled, i == 0 ? goal : "", i == 0 ? peers : "peer"));
            if (!Double.isNaN(megabytes[i][0])) {
                rows.add(Measure.row(SECTION, "  same, peak resident memory", "MB", megabytes[i], "", ""));
            }
        }
        return rows;
    }

    /** One whole-process run: seconds from start to exit, and peak resident megabytes (NaN when unknown). */
    private double[] once(Contender contender, Map<String, String> env) throws IOException, InterruptedException {
        try {
            contender.before().run();
        } catch (Exception e) {
            throw new IOException("could not prepare " + contender.name() + ": " + e.getMessage(), e);
        }
        dropCaches();
        Path memory = scratch.resolve("cold-rss.txt");
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            command.addAll(List.of(TIME.toString(), "-f", "%M", "-o", memory.toString()));
        }
        command.addAll(contender.command());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.redirectOutput(contender.ready() != null ? ProcessBuilder.Redirect.PIPE
                : contender.stdout() == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.to(contender.stdout().toFile()));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        java.util.concurrent.CompletableFuture<String> errors = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        return e.getMessage();
                    }
                });
        long ready = -1;
        if (contender.ready() != null) {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (ready < 0 && line.equals(contender.ready())) {
                        ready = System.nanoTime();
                    }
                }
            }
        }
        int status = process.waitFor();
        long end = contender.ready() != null ? ready : System.nanoTime();
        if (status != 0) {
            throw new IOException(contender.name() + " exited with " + status + ": " + errors.join().strip());
        }
        if (end < 0) {
            throw new IOException(contender.name() + " exited without printing \"" + contender.ready() + "\"");
        }
        double seconds = (end - start) / 1e9;
        double megabytes = timed ? Double.parseDouble(Files.readString(memory).strip().lines()
                .reduce((first, last) -> last).orElse("0")) / 1024 : Double.NaN;
        return new double[] {seconds, megabytes};
    }

    private void dropCaches() throws IOException, InterruptedException {
        if (dropCaches) {
            dropPageCache();
        }
    }

    /** Writes what is pending and empties the operating system's page cache (as root: callers check {@link #cold()}). */
    static void dropPageCache() throws IOException, InterruptedException {
        new ProcessBuilder("sync").start().waitFor();
        Files.writeString(DROP_CACHES, "3");
    }

    private List<String> launch(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** The start script's JVM settings for the window, the command line and both (BenchTest holds them to it). */
    static final String WINDOW_SETTINGS = "-XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -Xmx1g"
            + " -XX:MaxGCPauseMillis=50";
    static final String CLI_SETTINGS = "-XX:+UseSerialGC -Xms64m";
    static final String COMPILER_SETTINGS = "-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000"
            + " -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000";
    static final String NO_GPU_SETTING = "-Dprism.order=sw";

    /**
     * A floor program from the bench's jar started as {@code ./newsdesk} starts that kind of run: its JVM settings
     * (the collector, heap, compiler thresholds, JavaFX's software pipeline without a graphics device) and a
     * class-data archive of its own, recorded by the race's untimed first round and mapped by the timed ones.
     */
    private List<String> floor(String kind, Class<?> main, String... arguments) throws IOException {
        Path jar = StartupBenchmarks.jarOf(ColdBenchmarks.class);
        if (jar == null) {
            throw new IOException("the floor programs run from the bench's jar: build it with mvn package");
        }
        Path archive = scratch.resolve("floor-" + kind + ".jsa");
        Files.deleteIfExists(archive);
        boolean gpu;
        try (var devices = Files.newDirectoryStream(Path.of("/dev/dri"), "renderD*")) {
            gpu = devices.iterator().hasNext();
        } catch (IOException none) {
            gpu = false;
        }
        String settings = kind.equals("window") ? WINDOW_SETTINGS + " " + COMPILER_SETTINGS + (gpu ? ""
                : " " + NO_GPU_SETTING) : CLI_SETTINGS + " " + COMPILER_SETTINGS + sqliteLibrary();
        String run = "\"" + java() + "\" -Xlog:cds=off -Xlog:cds+dynamic=off " + settings + " %s -cp \"" + jar
                + "\" " + main.getName() + " \"$@\"";
        String script = (gpu ? "" : "export GDK_GL=disable; ") + "a=\"" + archive + "\"; if [ -f \"$a\" ]; then exec "
                + String.format(run, "-XX:SharedArchiveFile=\"$a\"") + "; fi; exec "
                + String.format(run, "-XX:ArchiveClassesAtExit=\"$a\"");
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, "floor"));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * The SQLite driver's native library unpacked once into the scratch folder, as Newsdesk keeps it in its cache, so
     * that the floor does not unpack and check it at every run either (options naming it, or none on another system).
     */
    private String sqliteLibrary() throws IOException {
        String resource = "/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";
        if (!System.getProperty("os.name").equals("Linux") || !System.getProperty("os.arch").equals("amd64")) {
            return "";
        }
        Path folder = Files.createDirectories(scratch.resolve("floor-sqlite"));
        try (var library = ColdBenchmarks.class.getResourceAsStream(resource)) { // in the product's jar
            if (library == null) {
                return "";
            }
            Files.copy(library, folder.resolve("libsqlitejdbc.so"), StandardCopyOption.REPLACE_EXISTING);
        }
        return " -Dorg.sqlite.lib.path=" + folder + " -Dorg.sqlite.lib.name=libsqlitejdbc.so -Dorg.sqlite.tmpdir="
                + folder;
    }

    private void newsdesk(Map<String, String> env, String... arguments) throws IOException, InterruptedException {
        once(new Contender("newsdesk " + arguments[0], launch(arguments)), env);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
