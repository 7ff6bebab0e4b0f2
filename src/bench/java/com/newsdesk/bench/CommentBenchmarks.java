package com.newsdesk.bench;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.bench.BenchmarkReport.Row;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.NewsroomService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.storage.Database;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The comment desk's figures on a newsroom with many comments: queue pages by key and by offset, counts, a saved
 * decision, the reading pane, filters, the rules, and the intake of a WordPress export.
 */
final class CommentBenchmarks {
    private static final String SECTION = "comments";
    private static final int PAGE = 200;

    private final Database db;
    private final Clock clock;
    private final Actor actor = Actor.owner("bench");
    private final NewsroomService newsroom;
    private final CommentService moderation;
    private final Consumer<String> progress;

    CommentBenchmarks(Database db, Clock clock, Consumer<String> progress) {
        this.db = db;
        this.clock = clock;
        this.newsroom = new NewsroomService(db);
        this.moderation = new CommentService(db, clock);
        this.progress = progress;
    }

    List<Row> run(boolean quick, Path scratch) throws IOException {
        List<Row> rows = new ArrayList<>();
        int runs = quick ? 10 : 50;
        int warmups = quick ? 50 : 300; // steady state: the JIT has compiled the mapping code, as in a working session
        CommentFilter pending = CommentFilter.queue(CommentStatus.PENDING);
        CommentFilter all = CommentFilter.queue(null);
        long total = newsroom.commentCount(actor, all);
        long pendingCount = newsroom.commentCount(actor, pending);
        if (pendingCount < 20) {
            throw new com.newsdesk.service.RefusedException(String.format("The comment benchmarks need a newsroom with"
                    + " at least 20 pending comments; this one has %,d. Leave out --db to measure one bench builds.",
                    pendingCount));
        }
        String size = String.format("%,d comments", total);
        progress.accept("comment queues on " + size);

        rows.add(Measure.row(SECTION, "pending queue: first page of 200", "ms",
                Measure.millis(warmups, runs, () -> newsroom.commentPage(actor, pending, 0, PAGE)), "≤ 1 ms", ""));
        rows.add(keyset("pending", pending, pendingCount / 2, warmups, runs));
        rows.add(keyset("all", all, total / 2, warmups, runs));
        int offsetRuns = quick ? 3 : 5;
        rows.add(Measure.row(SECTION, String.format("all queue: page at row %,d by OFFSET", total / 2), "ms",
                Measure.millis(1, offsetRuns, () -> newsroom.commentPage(actor, all, (int) (total / 2), PAGE)),
                "", "the OFFSET paging keyset replaces"));
        rows.add(Measure.row(SECTION, "status counts (all queues)", "ms",
                Measure.millis(warmups, runs, newsroom::stats), "≤ 50 ms", ""));

        List<Comment> queue = newsroom.commentPage(actor, pending, 0, Math.max(runs, 20)).stream()
                .map(CommentSummary::comment).toList();
        int[] next = {0};
        double[] decisions = new double[runs];
        for (int i = -warmups / 10; i < runs; i++) { // untimed warm-ups first
            Comment comment = queue.get(next[0]++ % queue.size());
            long start = System.nanoTime();
            moderation.decide(actor, comment.id(), CommentStatus.PENDING, CommentStatus.APPROVED);
            if (i >= 0) {
                decisions[i] = (System.nanoTime() - start) / 1e6;
            }
            moderation.decide(actor, comment.id(), CommentStatus.APPROVED, CommentStatus.PENDING); // put back
        }
        rows.add(Measure.row(SECTION, "save a decision (pending → approved, audited)", "ms", decisions,
                "≤ 16 ms with the next comment shown", ""));
        rows.add(Measure.row(SECTION, "reading pane: comment, parent, history, author", "ms",
                Measure.millis(warmups, runs, () -> moderation.detail(actor, queue.get(next[0]++ % queue.size()).id())),
                "≤ 16 ms", ""));

        String email = queue.get(0).authorEmail();
        CommentFilter byAuthor = new CommentFilter(null, null, email, null, null, null);
        rows.add(Measure.row(SECTION, "filter by author: count and first page", "ms", Measure.millis(warmups, runs, () -> {
            newsroom.commentCount(actor, byAuthor);
            newsroom.commentPage(actor, byAuthor, 0, PAGE);
        }), "≤ 100 ms", ""));
        CommentFilter search = new CommentFilter(CommentStatus.PENDING, null, null, null, null, "flooded");
        rows.add(Measure.row(SECTION, "text search in the pending queue: count and first page", "ms",
                Measure.millis(1, quick ? 3 : 5, () -> {
                    newsroom.commentCount(actor, search);
                    newsroom.commentPage(actor, search, 0, PAGE);
                }), "", "a scan of the queue's text"));

        rows.add(rules(queue, quick));
        rows.add(intake(quick, scratch));
        return rows;
    }

    private Row keyset(String name, CommentFilter filter, long depth, int warmups, int runs) {
        Comment known = newsroom.commentPage(actor, filter, (int) depth - 1, 1).get(0).comment();
        return Measure.row(SECTION, String.format("%s queue: page of 200 at row %,d by key", name, depth), "ms",
                Measure.millis(warmups, runs, () -> newsroom.commentPageAfter(actor, filter, known.submittedAt(),
                        known.id(), PAGE)), "≤ 1 ms", "");
    }

    /** The rules on real comment texts: microseconds per comment, 100 entries in each word list. */
    private Row rules(List<Comment> sample, boolean quick) {
        progress.accept("comment rules");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            words.add("spamword" + i);
        }
        CommentRules rules = new CommentRules(Map.of(CommentRules.Kind.BLOCKED_WORD, words,
                CommentRules.Kind.SUSPECT_WORD, words.stream().map(word -> "suspect" + word).toList(),
                CommentRules.Kind.BLOCKED_DOMAIN, List.of("spam.example", "junk.example")), 2, true);
        List<Comment> texts = newsroom.commentPage(actor, CommentFilter.queue(CommentStatus.PENDING), 0,
                quick ? 2_000 : 20_000).stream().map(CommentSummary::comment).toList();
        double[] perComment = Measure.millis(1, 5, () -> {
            for (Comment comment : texts) {
                rules.judge(comment.authorName(), comment.authorEmail(), comment.authorIp(), comment.body(), false);
            }
        });
        for (int i = 0; i < perComment.length; i++) {
            perComment[i] = perComment[i] * 1000 / texts.size();
        }
        return Measure.row(SECTION, "rules on one comment (100 blocked + 100 suspect words)", "µs", perComment, "",
                "");
    }

    /** A WordPress export written here, imported into a fresh newsroom each run: comments per second. */
    private Row intake(boolean quick, Path scratch) throws IOException {
        int comments = quick ? 5_000 : 100_000;
        progress.accept(String.format("import of a WordPress export with %,d comments", comments));
        Path wxr = scratch.resolve("wordpress.xml");
        writeWxr(wxr, comments);
        int runs = quick ? 1 : 3;
        double[] rates = new double[runs];
        for (int run = 0; run < runs; run++) {
            Path file = scratch.resolve("intake-" + run + ".db");
            try (Database fresh = Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE)) {
                long start = System.nanoTime();
                new CommentService(fresh, clock).importComments(actor, wxr, TaskMonitor.NONE);
                rates[run] = comments / ((System.nanoTime() - start) / 1e9);
            }
            Files.deleteIfExists(file);
        }
        return Measure.row(SECTION, String.format("import-comments: WordPress export of %,d comments", comments),
                "comments/s", rates, "", "rules, duplicate check and threading included");
    }

    private static void writeWxr(Path file, int comments) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                    + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>Bench</title>\n"
                    + "<wp:wxr_version>1.2</wp:wxr_version>\n");
            int perPost = 100;
            for (int post = 0; post * perPost < comments; post++) {
                out.write("<item><title>Post " + post + "</title><content:encoded><![CDATA[<p>Body of post " + post
                        + ".</p>]]></content:encoded><wp:post_id>" + (post + 1) + "</wp:post_id>"
                        + "<wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt><wp:post_name>post-" + post
                        + "</wp:post_name><wp:post_type>post</wp:post_type>\n");
                for (int i = 0; i < perPost && post * perPost + i < comments; i++) {
                    int id = post * perPost + i + 1;
                    out.write("<wp:comment><wp:comment_id>" + id + "</wp:comment_id><wp:comment_author>Reader " + id % 5000
                            + "</wp:comment_author><wp:comment_author_email>reader" + id % 5000
                            + "@example.org</wp:comment_author_email><wp:comment_author_IP>192.0.2." + id % 250
                            + "</wp:comment_author_IP><wp:comment_date_gmt>2024-01-02 10:" + String.format("%02d", i % 60)
                            + ":00</wp:comment_date_gmt><wp:comment_content><![CDATA[Comment number " + id
                            + " on this story, with some words about the council and http://example.org/" + id
                            + "]]></wp:comment_content><wp:comment_approved>" + (id % 3 == 0 ? "1" : "0")
                            + "</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>"
                            + (i > 0 && i % 4 == 0 ? id - 1 : 0) + "</wp:comment_parent></wp:comment>\n");
                }
                out.write("</item>\n");
            }
            out.write("</channel></rss>\n");
        }
    }
}
