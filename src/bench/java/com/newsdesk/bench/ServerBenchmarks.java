package com.newsdesk.bench;

import com.newsdesk.bench.BenchmarkReport.Row;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.SampleNewsroom;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.subscribers.SubscriberList;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.storage.NewsroomCopy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The shared newsroom's figures (issue 15): the same newsroom in a file and on a PostgreSQL server, copied there by
 * {@code copy}; each interactive figure side by side (p50 and p95, same run), five moderators on one queue, and the
 * subscribers' JSON export next to psql's COPY of the same rows.
 */
final class ServerBenchmarks {
    private static final String SECTION = "server";
    private static final int PAGE = 200;

    private final Clock clock;
    private final Consumer<String> progress;
    private final Actor actor = Actor.owner("bench");

    ServerBenchmarks(Clock clock, Consumer<String> progress) {
        this.clock = clock;
        this.progress = progress;
    }

    List<Row> run(boolean quick, Path scratch, NewsroomAddress.Server server, Map<String, String> env)
            throws InterruptedException {
        List<Row> rows = new ArrayList<>();
        int size = quick ? 20_000 : 1_000_000;
        Path file = scratch.resolve("server-bench.db");
        try (Database local = Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE);
                Database shared = Database.open(server, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE, env)) {
            if (!NewsroomCopy.isEmpty(shared)) {
                throw new RefusedException("The server benchmark needs an empty database: " + server.describe()
                        + " holds a newsroom.");
            }
            progress.accept(String.format("a newsroom of %,d comments and %,d subscribers", size, size));
            new SampleNewsroom(local, clock).fill(actor, new SampleNewsroom.Size(quick ? 500 : 20_000, size, size), 1,
                    TaskMonitor.NONE);
            progress.accept("copy onto " + server.describe());
            long start = System.nanoTime();
            NewsroomCopy.copy(local, shared, (table, copied) -> { });
            rows.add(Measure.row(SECTION, String.format("copy of the newsroom onto the server (%,d rows)",
                    NewsroomCopy.rowCounts(shared).values().stream().mapToLong(Long::longValue).sum()), "s",
                    new double[] {(System.nanoTime() - start) / 1e9}, "", "`copy --from FILE --to URL`"));
            shared.read(tx -> null); // warm
            int runs = quick ? 50 : 200;
            int warmups = quick ? 50 : 200;
            for (Database db : List.of(local, shared)) {
                rows.addAll(interactive(db, db.isShared() ? "PostgreSQL" : "SQLite", warmups, runs));
            }
            rows.addAll(moderators(shared, quick ? 10 : 60));
            rows.addAll(export(server, env, quick ? 3 : 5, scratch));
        }
        return rows;
    }

    /**
     * The subscribers' JSON export as a user runs it (a whole process through the launcher beside the jar, else
     * {@code java -jar}) next to psql's {@code COPY (SELECT row_to_json(s) FROM subscribers s) TO STDOUT},
     * alternating after one untimed round (the launcher records a server command's class-data archive then), with the
     * page cache dropped before every run where that may be done (as root), as the cold section does.
     */
    private List<Row> export(NewsroomAddress.Server server, Map<String, String> env, int runs, Path scratch) {
        Path jar = jarOf(com.newsdesk.cli.Cli.class);
        Path psql = onPath("psql");
        if (jar == null || psql == null) {
            return List.of(); // run from classes (the tests), or no psql to compare with
        }
        progress.accept("the subscribers' JSON export on the server, next to psql's COPY");
        String url = "postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?user="
                + server.user();
        Path launcher = ColdBenchmarks.launcherBesideTheJar();
        List<String> ours = new ArrayList<>(launcher != null ? List.of(launcher.toString())
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        ours.addAll(List.of("export-subscribers", "--db", url, "--format", "json", "--out",
                scratch.resolve("subscribers.json").toString()));
        List<String> theirs = List.of(psql.toString(), "--no-psqlrc", "--quiet", "--host=" + server.host(),
                "--port=" + server.port(), "--username=" + server.user(), "--dbname=" + server.database(),
                "--command=COPY (SELECT row_to_json(s) FROM subscribers s) TO STDOUT");
        double[] oursSeconds = new double[runs];
        double[] theirsSeconds = new double[runs];
        boolean cold = ColdBenchmarks.cold();
        for (int run = -1; run < runs; run++) {
            double our = seconds(ours, env, null, cold);
            double their = seconds(theirs, env, scratch.resolve("copy.json"), cold);
            if (run >= 0) {
                oursSeconds[run] = our;
                theirsSeconds[run] = their;
            }
        }
        String how = (launcher != null ? "`./newsdesk`" : "`java -jar newsdesk.jar`")
                + (cold ? ", page cache dropped before every run" : "");
        return List.of(Measure.row(SECTION, "export-subscribers --format json, whole process", "s", oursSeconds,
                        "no slower than psql", how),
                Measure.row(SECTION, "psql COPY (SELECT row_to_json(s) FROM subscribers s) TO STDOUT", "s",
                        theirsSeconds, "", "the peer"));
    }

    private static double seconds(List<String> command, Map<String, String> env, Path output, boolean cold) {
        try {
            if (cold) {
                ColdBenchmarks.dropPageCache();
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD
                    : ProcessBuilder.Redirect.to(output.toFile()));
            if (env.get("PGPASSWORD") != null) {
                builder.environment().put("PGPASSWORD", env.get("PGPASSWORD"));
            }
            long start = System.nanoTime();
            int status = builder.start().waitFor();
            double took = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + "… exited with " + status);
            }
            return took;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Path onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (java.nio.file.Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path jarOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location
                    : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private List<Row> interactive(Database db, String engine, int warmups, int runs) {
        progress.accept("interactive figures on " + engine);
        List<Row> rows = new ArrayList<>();
        NewsroomService newsroom = new NewsroomService(db);
        CommentService moderation = new CommentService(db, clock);
        SubscriberList subscribers = new SubscriberList(db, clock);
        ArticleService articles = new ArticleService(db, clock);
        CommentFilter pending = CommentFilter.queue(CommentStatus.PENDING);
        rows.addAll(percentiles(engine + ": pending queue, first page of 200", Measure.millis(warmups, runs,
                () -> newsroom.commentPage(actor, pending, 0, PAGE))));
        rows.addAll(percentiles(engine + ": status counts", Measure.millis(warmups, runs, newsroom::stats)));
        List<Comment> queue = newsroom.commentPage(actor, pending, 0, 2).stream().map(CommentSummary::comment).toList();
        Comment one = queue.get(0);
        boolean[] approved = {false};
        rows.addAll(percentiles(engine + ": save a decision (approve, then back to pending)", Measure.millis(warmups,
                runs, () -> {
                    moderation.decide(actor, one.id(), approved[0] ? CommentStatus.APPROVED : CommentStatus.PENDING,
                            approved[0] ? CommentStatus.PENDING : CommentStatus.APPROVED);
                    approved[0] = !approved[0];
                })));
        if (approved[0]) {
            moderation.decide(actor, one.id(), CommentStatus.APPROVED, CommentStatus.PENDING);
        }
        SubscriberFilter byName = new SubscriberFilter(null, null, null, "nadia", null, null);
        rows.addAll(percentiles(engine + ": subscriber filter (name \"nadia\"), first page", Measure.millis(warmups,
                runs, () -> subscribers.page(actor, byName, 0, 0, PAGE))));
        rows.addAll(percentiles(engine + ": article search (\"rain traffic\"), 50 best", Measure.millis(warmups, runs,
                () -> articles.search(actor, "rain traffic", com.newsdesk.domain.ArticleFilter.ALL, 50))));
        return rows;
    }

    /** Five moderators on two seats take one pending queue for {@code seconds}: decisions, doubles, losses. */
    private List<Row> moderators(Database shared, int seconds) throws InterruptedException {
        progress.accept("five moderators on one queue for " + seconds + " s");
        CommentFilter pending = CommentFilter.queue(CommentStatus.PENDING);
        Map<Long, Integer> decided = new ConcurrentHashMap<>();
        AtomicLong refused = new AtomicLong();
        long before = countDecisions(shared);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            Actor moderator = Actor.staff("moderator" + m, Role.MODERATOR);
            CommentService desk = new CommentService(shared, clock);
            NewsroomService reader = new NewsroomService(shared);
            CommentStatus to = m % 2 == 0 ? CommentStatus.APPROVED : CommentStatus.SPAM;
            java.util.Random random = new java.util.Random(m);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    List<CommentSummary> page = reader.commentPage(actor, pending, 0, 20);
                    if (page.isEmpty()) {
                        return;
                    }
                    Comment pick = page.get(random.nextInt(page.size())).comment(); // others may take it first
                    try {
                        Comment now = desk.decide(moderator, pick.id(), CommentStatus.PENDING, to);
                        if (moderator.username().equals(now.decidedBy())) { // else another approver was first
                            decided.merge(pick.id(), 1, Integer::sum);
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (RefusedException already) {
                        refused.incrementAndGet();
                    }
                }
            }, "moderator-" + m);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long decisions = decided.values().stream().mapToLong(Integer::longValue).sum();
        long doubles = decided.values().stream().filter(times -> times > 1).count();
        long recorded = countDecisions(shared) - before;
        long lost = decisions - recorded;
        List<Row> rows = new ArrayList<>();
        rows.add(Measure.row(SECTION, "five moderators, one queue: decisions per second", "1/s",
                new double[] {decisions / (double) seconds}, "", String.format("%,d decided, %,d refused as taken"
                        + " already, %d double decisions, %d lost", decisions, refused.get(), doubles, lost)));
        if (doubles != 0 || lost != 0) {
            throw new IllegalStateException("moderators decided " + doubles + " comments twice and lost " + lost);
        }
        return rows;
    }

    private long countDecisions(Database db) {
        return new com.newsdesk.service.AuditService(db, clock).entries(actor,
                new com.newsdesk.domain.AuditFilter(null, "comment.decide", null, null), Integer.MAX_VALUE).size();
    }

    /** p50 and p95 rows of one figure; the goal for every interactive figure is 16 ms at p95. */
    private static List<Row> percentiles(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        return List.of(Measure.row(SECTION, name + " (p50; max is the slowest run)", "ms", millis, "", ""),
                Measure.row(SECTION, name + " (p95)", "ms", new double[] {p95}, "≤ 16 ms", ""));
    }
}
