package com.newsdesk.cli;

import com.newsdesk.domain.Actor;
import com.newsdesk.io.BenchmarkReport;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Newsdesk on a newsroom it builds with demo in a temporary folder (or on --db) and print"
                + " a table: median, min and max of each figure, with its goal and peer.",
            "--quick runs small sizes in under a minute. Nothing is asserted: these are measurements."})
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;
    @Option(names = "--quick", description = "Small sizes, few runs.")
    boolean quick;
    @Option(names = "--out", paramLabel = "FILE|-", description = "Also write the table as JSON.")
    String out;
    @Option(names = "--only", paramLabel = "comments|subscribers|start",
            description = "One section only (comments includes the whole-newsroom figures).")
    String only;
    @Option(names = "--db", paramLabel = "FILE",
            description = "Measure a copy of this newsroom instead of building one (the newsroom itself is never"
                    + " written; copying it takes the right to export it whole).")
    String database;
    @picocli.CommandLine.Mixin UserOption user;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (out != null && !context.target(out).isStandardOutput()) { // refused now, not after minutes of measuring
            GuardedWriter.check(database == null ? null : Path.of(database), Path.of(out),
                    GuardedWriter.Replacing.NO_DATABASE);
        }
        Path scratch = Files.createTempDirectory("newsdesk-bench");
        try {
            List<BenchmarkReport.Row> rows = new ArrayList<>();
            Path file = scratch.resolve("bench.db");
            if (database != null) { // the user's newsroom is only read, through a backup into the scratch folder
                try (Database original = context.open(database, Database.OpenMode.EXISTING)) {
                    new com.newsdesk.service.BackupService(original, context.clock)
                            .backUpTo(context.signIn(original, user.name), file);
                }
            }
            java.util.function.Consumer<String> progress = step -> {
                context.err.println("Measuring " + step + "…");
                context.err.flush();
            };
            if (only == null || only.equals("comments")) {
            try (Database db = Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE)) {
                if (database == null) {
                    SampleNewsroom.Size size = quick ? new SampleNewsroom.Size(500, 20_000, 0)
                            : new SampleNewsroom.Size(20_000, 1_000_000, 0);
                    context.err.printf("Building a newsroom of %,d articles and %,d comments…%n", size.articles(),
                            size.comments());
                    context.err.flush();
                    new SampleNewsroom(db, context.clock).fill(Actor.owner("bench"), size, 1, TaskMonitor.NONE);
                }
                rows.addAll(new CommentBenchmarks(db, context.clock, progress).run(quick, scratch));
                rows.addAll(new NewsroomBenchmarks(db, file, context.clock, progress).run(quick, scratch));
            }
            }
            if (only == null || only.equals("subscribers")) {
                rows.addAll(new SubscriberBenchmarks(context.clock, progress).run(quick, scratch));
            }
            if (only == null || only.equals("start")) {
                rows.addAll(new StartupBenchmarks(progress).run(quick, scratch, context.env));
            }
            Measure.printTable(rows, context.out);
            if (out != null) {
                context.export(out, target -> GuardedWriter.write(database == null ? null : Path.of(database), target,
                        stream -> {
                    BenchmarkReport.write(machine(), rows, stream);
                    return rows.size();
                }), written -> "Wrote " + written + " figures");
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }

    private static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("maxHeapMB", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }
}
