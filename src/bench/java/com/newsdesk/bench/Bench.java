package com.newsdesk.bench;

import com.newsdesk.cli.Cli;
import com.newsdesk.domain.Actor;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.PasswordHasher;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmarks, a program of their own beside the product ({@code target/newsdesk-bench.jar}): they use the
 * product's services and its command line as a user would, and the product knows nothing of them.
 */
@Command(name = "newsdesk-bench", mixinStandardHelpOptions = true, subcommands = EditorBenchmark.class,
        description = {"Measure Newsdesk on a newsroom it builds with demo in a temporary folder (or on --db) and print"
                + " a table: median, min and max of each figure, with its goal and peer.",
            "--quick runs small sizes in under a minute. Nothing is asserted: these are measurements."})
public final class Bench implements Callable<Integer> {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Clock clock;
    private final OutputStream stdout;
    private final PasswordHasher hasher;
    @Option(names = "--quick", description = "Small sizes, few runs.")
    boolean quick;
    @Option(names = "--out", paramLabel = "FILE|-", description = "Also write the table as JSON.")
    String outFile;
    @Option(names = "--server", paramLabel = "URL",
            description = "An empty PostgreSQL database (postgresql://HOST[:PORT]/DATABASE?user=NAME; password from"
                    + " PGPASSWORD or ~/.pgpass): adds the shared newsroom's figures beside the same newsroom's in a file.")
    String server;
    @Option(names = "--only", paramLabel = "comments|subscribers|writing|start|server|cold|cold-start",
            description = "One section only (comments includes the whole-newsroom figures; cold runs imports,"
                    + " exports and starts as whole processes through the launcher, with the page cache dropped"
                    + " when this user may; cold-start only the command's and the window's starts).")
    String only;
    @Option(names = "--launcher", paramLabel = "FILE",
            description = "The launcher the cold runs start (default: ./newsdesk beside target/newsdesk.jar).")
    String launcher;
    @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each cold figure (default 5; 2 with"
            + " --quick).")
    Integer runs;
    @Option(names = "--keep-page-cache", description = "Cold runs start new processes but leave the operating"
            + " system's page cache as it is (a second start, as opposed to the first after a boot).")
    boolean keepPageCache;
    @Option(names = "--db", paramLabel = "FILE",
            description = "Measure a copy of this newsroom instead of building one (the newsroom itself is never"
                    + " written; copying it takes the right to export it whole).")
    String database;
    @Option(names = "--user", paramLabel = "NAME",
            description = "Your staff account in --db, when it has any (password from $NEWSDESK_PASSWORD or asked).")
    String user;

    Bench(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, OutputStream stdout,
            PasswordHasher hasher) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
        this.stdout = stdout;
        this.hasher = hasher;
    }

    public static void main(String[] args) {
        OutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, System.getenv(), Clock.systemUTC(), stdout,
                new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS)));
    }

    /** Runs the benchmarks: exit 0 when measured, 1 when refused (the reason on stderr), 2 on a usage error. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
            OutputStream stdout, PasswordHasher hasher) {
        CommandLine commandLine = new CommandLine(new Bench(out, err, env, clock, stdout, hasher));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            // The cold runs say in their own words which child process failed and what it printed.
            err.println("newsdesk-bench: " + (exception instanceof IOException ? exception.getMessage()
                    : Cli.messageOf(exception, env, args)));
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (only != null && !List.of("comments", "subscribers", "writing", "start", "server", "cold", "cold-start")
                .contains(only)) {
            throw new com.newsdesk.domain.InvalidInputException("--only", "\"" + only + "\" is not a section: comments,"
                    + " subscribers, writing, start, server, cold or cold-start");
        }
        if (runs != null && runs < 1) {
            throw new com.newsdesk.domain.InvalidInputException("--runs", "give 1 or more runs, not " + runs);
        }
        if (launcher != null && !(Files.isRegularFile(Path.of(launcher)) && Files.isExecutable(Path.of(launcher)))) {
            throw new com.newsdesk.domain.InvalidInputException("--launcher", launcher
                    + " is not a program to run (give ./newsdesk or the installed newsdesk)");
        }
        OutputTarget target = outFile == null ? null : OutputTarget.parse(outFile, stdout);
        if (target != null && !target.isStandardOutput()) { // refused now, not after minutes of measuring
            GuardedWriter.check(database == null ? null : Path.of(database), Path.of(outFile),
                    GuardedWriter.Replacing.NO_DATABASE);
        }
        Path scratch = Files.createTempDirectory("newsdesk-bench");
        try {
            List<BenchmarkReport.Row> rows = new ArrayList<>();
            Path file = scratch.resolve("bench.db");
            if (database != null) { // the user's newsroom is only read: the product's own backup copies it, signed in
                List<String> backup = new ArrayList<>(List.of("backup", "--db", database, "--out", file.toString()));
                if (user != null) {
                    backup.addAll(List.of("--user", user));
                }
                int copied = Cli.run(backup.toArray(String[]::new), new PrintWriter(java.io.Writer.nullWriter()), err,
                        env, clock, stdout, hasher);
                if (copied != 0) {
                    return copied;
                }
            }
            java.util.function.Consumer<String> progress = step -> {
                err.println("Measuring " + step + "…");
                err.flush();
            };
            if (only == null || only.equals("comments")) {
            try (Database db = Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE)) {
                if (database == null) {
                    SampleNewsroom.Size size = quick ? new SampleNewsroom.Size(500, 20_000, 0)
                            : new SampleNewsroom.Size(20_000, 1_000_000, 0);
                    err.printf("Building a newsroom of %,d articles and %,d comments…%n", size.articles(),
                            size.comments());
                    err.flush();
                    new SampleNewsroom(db, clock).fill(Actor.owner("bench"), size, 1, TaskMonitor.NONE);
                }
                rows.addAll(new CommentBenchmarks(db, clock, progress).run(quick, scratch));
                rows.addAll(new NewsroomBenchmarks(db, file, clock, progress).run(quick, scratch));
            }
            }
            if (only == null || only.equals("subscribers")) {
                rows.addAll(new SubscriberBenchmarks(clock, progress).run(quick, scratch));
            }
            if (only == null || only.equals("writing")) {
                rows.addAll(new WritingBenchmarks(progress).run(quick));
            }
            if (server != null && (only == null || only.equals("server"))) {
                rows.addAll(new ServerBenchmarks(clock, progress).run(quick, scratch,
                        (com.newsdesk.storage.NewsroomAddress.Server) com.newsdesk.storage.DataLocation
                                .resolveAddress(server, env), env));
            }
            if (only == null || only.equals("start")) {
                rows.addAll(new StartupBenchmarks(progress).run(quick, scratch, env));
            }
            if (only == null || only.equals("cold") || only.equals("cold-start")) {
                Path script = launcher != null ? Path.of(launcher) : ColdBenchmarks.launcherBesideTheJar();
                if (script == null) {
                    err.println("No launcher beside the jar: the cold runs are left out (--launcher FILE).");
                } else {
                    rows.addAll(new ColdBenchmarks(progress, script, scratch, keepPageCache).run(quick,
                            runs != null ? runs : quick ? 2 : 5, env, "cold-start".equals(only)));
                }
            }
            Measure.printTable(rows, out);
            if (target != null) {
                GuardedWriter.write(database == null ? null : Path.of(database), target, stream -> {
                    BenchmarkReport.write(machine(), rows, stream);
                    return rows.size();
                });
                (target.isStandardOutput() ? err : out).println("Wrote " + rows.size() + " figures to "
                        + target.describe() + ".");
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }

    private Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("maxHeapMB", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("pageCacheDroppedBeforeEachColdRun", Boolean.toString(ColdBenchmarks.cold() && !keepPageCache));
        return machine;
    }
}
