package com.newsdesk.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a return at random moments (after a random number of finished articles and decisions), against the server in the server run: afterwards
 * every article is back whole or not at all, no decision is applied twice, and a second return completes the rest.
 * {@code -Dnewsdesk.kills=N} sets the kills (CI: 4); {@code -Dnewsdesk.killSeed=S} replays a run.
 */
class OfflineKillTest {
    private static final int KILLS = Integer.getInteger("newsdesk.kills", 4);
    private static final long SEED = Long.getLong("newsdesk.killSeed", System.nanoTime());
    private static final int ARTICLES = 20;
    private static final int COMMENTS = 60;
    private static final Actor SEAT = Actor.owner(System.getProperty("user.name"));
    private static final List<String> REPORT = new ArrayList<>();
    @TempDir Path dir;
    private final Random random = new Random(SEED);

    @AfterAll
    static void report() {
        System.out.println("Offline return kill test (seed " + SEED + ", " + KILLS + " kills, " + ARTICLES
                + " articles and " + COMMENTS + " decisions each):");
        REPORT.forEach(line -> System.out.println("  " + line));
    }

    @Test
    void aKilledReturnLeavesEachArticleWholeOrUntouchedAndARerunCompletesItOnce() throws Exception {
        long full;
        try (Database source = TestNewsrooms.open(dir.resolve("calibrate.db"))) {
            Path laptop = workedOffline(source, dir.resolve("calibrate-laptop.db"));
            long start = System.nanoTime();
            Process child = cli("offline", "return", "--db", laptop.toString()).start();
            String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.waitFor(), printed);
            full = (System.nanoTime() - start) / 1_000_000;
            checkComplete(source);
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            try (Database source = TestNewsrooms.open(dir.resolve("source-" + kill + ".db"))) {
                Path laptop = workedOffline(source, dir.resolve("laptop-" + kill + ".db"));
                // Killed after a random number of finished items (some kills come after the end: those too).
                killAfterItems(laptop, 1 + random.nextInt(ARTICLES + COMMENTS + 2));
                int[] back = checkWholeOrUntouched(source);
                outcomes.merge(back[0] + " of " + ARTICLES + " articles and " + back[1] + " of " + COMMENTS
                        + " decisions back at the kill", 1, Integer::sum);
                try (Database local = Database.open(laptop, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
                    OfflineService offline = new OfflineService(TestNewsrooms.CLOCK);
                    offline.bringBack(SEAT, source, local, Actor.owner("laptop"), TaskMonitor.NONE);
                    checkComplete(source);
                    assertTrue(offline.bringBack(SEAT, source, local, Actor.owner("laptop"), TaskMonitor.NONE)
                            .nothingChanged());
                }
            }
        }
        REPORT.add("a whole return took " + full + " ms (child JVM included)");
        outcomes.forEach((outcome, times) -> REPORT.add(times + " × " + outcome + "; the rerun completed it, once"));
    }

    /** A source with articles and pending comments, all taken into a file, every article edited, every comment decided. */
    private static Path workedOffline(Database source, Path laptop) {
        ArticleService articles = new ArticleService(source, TestNewsrooms.CLOCK);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Article made = articles.create(TestNewsrooms.OWNER, "Article " + i);
            articles.save(TestNewsrooms.OWNER, made.id(), draft(made, "Article " + i, "Original text " + i),
                    made.version(), null);
            slugs.add(made.slug());
        }
        long articleId = articles.find(TestNewsrooms.OWNER, slugs.get(0)).id();
        source.write(tx -> {
            for (int i = 0; i < COMMENTS; i++) {
                tx.comments().insert(new Comment(0, articleId, null, "Reader " + i, "reader" + i + "@example.org",
                        "Comment " + i, CommentStatus.PENDING, "", Instant.parse("2026-11-28T09:00:00Z").plusSeconds(i),
                        null, null));
            }
            return null;
        });
        try (Database local = Database.open(laptop, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE)) {
            Actor owner = Actor.owner("laptop");
            new OfflineService(TestNewsrooms.CLOCK).take(SEAT, source, local, owner, slugs, COMMENTS);
            ArticleService offline = new ArticleService(local, TestNewsrooms.CLOCK);
            for (var taken : local.read(tx -> tx.offline().takenArticles())) {
                Article mine = offline.find(owner, String.valueOf(taken.localId()));
                String n = mine.headline().substring("Article ".length());
                offline.save(owner, mine.id(), draft(mine, "Offline " + n, "Offline text " + n), mine.version(), null);
            }
            CommentService moderation = new CommentService(local, TestNewsrooms.CLOCK);
            for (var taken : local.read(tx -> tx.offline().takenComments())) {
                moderation.decide(owner, taken.localId(), CommentStatus.PENDING, CommentStatus.SPAM);
            }
        }
        return laptop;
    }

    /** Each article holds the offline text whole or its own whole, once; each decision is there once or not at all. */
    private static int[] checkWholeOrUntouched(Database source) {
        int[] back = new int[2];
        source.read(tx -> {
            for (Article article : tx.articles().page(com.newsdesk.domain.ArticleFilter.ALL, 0, 100).stream()
                    .map(summary -> tx.articles().find(summary.id()).orElseThrow()).toList()) {
                String n = article.headline().replaceAll("\\D", "");
                boolean offline = article.headline().equals("Offline " + n)
                        && article.bodyText().equals("Offline text " + n);
                boolean untouched = article.headline().equals("Article " + n)
                        && article.bodyText().equals("Original text " + n);
                assertTrue(offline || untouched, "torn: " + article.headline() + " / " + article.bodyText());
                long revisions = tx.revisions().forArticle(article.id()).stream()
                        .filter(revision -> revision.note().startsWith("Offline changes")).count();
                assertEquals(offline ? 1 : 0, revisions, article.headline());
                back[0] += offline ? 1 : 0;
            }
            var decisions = tx.audit().find(new AuditFilter(null, "comment.decide", null, null), 10 * COMMENTS);
            assertEquals(decisions.size(), decisions.stream().map(entry -> entry.recordId()).distinct().count(),
                    "a decision applied twice");
            long spam = tx.comments().count(CommentStatus.SPAM);
            assertEquals(decisions.size(), spam);
            back[1] = (int) spam;
            return null;
        });
        return back;
    }

    private static void checkComplete(Database source) {
        int[] back = checkWholeOrUntouched(source);
        assertEquals(ARTICLES, back[0]);
        assertEquals(COMMENTS, back[1]);
        assertTrue(source.read(tx -> tx.offline().checkouts(tx.articles().page(com.newsdesk.domain.ArticleFilter.ALL,
                0, 1).get(0).id())).isEmpty());
    }

    private static ArticleDraft draft(Article article, String headline, String body) {
        return new ArticleDraft(headline, article.dek(), article.byline(), article.section(), article.tags(),
                article.slug(), article.language(), Document.of(Block.paragraph(body)));
    }

    private static void killAfterItems(Path laptop, int items) throws Exception {
        Process child = com.newsdesk.service.ChildJvm.of(OfflineReturnChild.class.getName(), laptop.toString())
                .start();
        int seen = 0;
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("done ") && ++seen >= items) {
                    child.destroyForcibly(); // SIGKILL, mid-return
                    break;
                }
            }
        }
        child.waitFor();
    }

    private static ProcessBuilder cli(String... arguments) {
        return com.newsdesk.service.ChildJvm.of("com.newsdesk.app.Launcher", arguments);
    }
}
