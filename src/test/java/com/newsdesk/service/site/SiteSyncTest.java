package com.newsdesk.service.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.site.SyncReport;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments both ways between a newsroom and a real WordPress (issue 19): never a mock of its REST API. */
class SiteSyncTest {
    private static final Actor MODERATOR = Actor.staff("mona", Role.MODERATOR);

    @TempDir Path dir;
    private RealWordPress wordpress;
    private Database database;
    private SiteService sites;
    private CommentService comments;

    @BeforeEach
    void setUp() {
        wordpress = RealWordPress.start();
        database = TestNewsrooms.open(dir.resolve("newsroom.db"));
        sites = new SiteService(database, TestNewsrooms.CLOCK);
        comments = new CommentService(database, TestNewsrooms.CLOCK);
        sites.add(TestNewsrooms.OWNER, "Our site", wordpress.url, wordpress.user, wordpress.password);
    }

    @AfterEach
    void tearDown() {
        database.close();
        wordpress.close();
    }

    private SyncReport sync() {
        return sites.sync(MODERATOR, null, wordpress.password, TaskMonitor.NONE);
    }

    private Comment local(long remoteId) {
        return database.read(tx -> tx.sites().commentOfRemote(1, remoteId).flatMap(id -> tx.comments().find(id)))
                .orElseThrow();
    }

    @Test
    void theFirstPullBringsEveryStatusWithItsPostAsAStubAndTheSitesDecisionsStand() {
        long held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Held <em>here</em> &amp; there", "0");
        long spam = wordpress.comment(1, 0, "Bot", "bot@example.net", "Buy now", "spam");
        long trash = wordpress.comment(1, 0, "Rude", "rude@example.net", "Go away", "trash");
        long reply = wordpress.comment(1, held, "Omar", "omar@example.org", "I agree<br />\nfully", "1");
        wordpress.php("wp_insert_comment(array('comment_post_ID' => 1, 'comment_type' => 'pingback',"
                + " 'comment_content' => 'A pingback', 'comment_approved' => '1'));");

        SyncReport report = sync();

        assertThat(report.problem()).isEmpty();
        assertThat(report.pulled()).isEqualTo(5); // WordPress's own sample comment and the four; not the pingback
        assertThat(report.pushed()).isZero();
        assertThat(local(held).status()).isEqualTo(CommentStatus.PENDING); // held on the site: still to decide
        assertThat(local(spam).status()).isEqualTo(CommentStatus.SPAM);
        assertThat(local(trash).status()).isEqualTo(CommentStatus.TRASH);
        assertThat(local(1).status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(local(held).plainText()).isEqualTo("Held here & there");
        assertThat(local(held).bodyIsHtml()).isTrue();
        assertThat(local(reply).parentId()).isEqualTo(local(held).id()); // the reply came first (newest first)
        assertThat(local(reply).plainText()).isEqualTo("I agree\nfully");
        var article = database.read(tx -> tx.articles().find(local(held).articleId())).orElseThrow();
        assertThat(article.slug()).isEqualTo("hello-world");
        assertThat(article.headline()).isEqualTo("Hello world!");
        assertThat(article.extras().stubOf()).isEqualTo("publish");
        assertThat(sites.site(MODERATOR, null).pulledTo()).isEqualTo(reply);
    }

    @Test
    void aLaterSyncFetchesOnlyWhatIsNewAndTheSitesDecisionsOnCommentsStillOpenHere() {
        long held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "First", "0");
        sync();
        long newer = wordpress.comment(1, 0, "Lina", "lina@example.org", "Second", "0");
        wordpress.php("wp_set_comment_status(" + held + ", 'approve');");

        SyncReport report = sync();

        assertThat(report.pulled()).isEqualTo(2); // one new, one decided there
        assertThat(local(newer).status()).isEqualTo(CommentStatus.PENDING);
        assertThat(local(held).status()).isEqualTo(CommentStatus.APPROVED);
        long all = database.read(tx -> tx.comments().count(null));
        assertThat(all).isEqualTo(3);
        assertThat(sync().pulled()).isZero();
    }

    @Test
    void decisionsRepliesAndEditsMadeHereReachTheSiteOnce() {
        long held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Please approve me", "0");
        long other = wordpress.comment(1, 0, "Bot", "bot@example.net", "Cheap pills", "1");
        sync();
        comments.decide(MODERATOR, local(held).id(), CommentStatus.PENDING, CommentStatus.APPROVED);
        comments.decide(MODERATOR, local(other).id(), CommentStatus.APPROVED, CommentStatus.SPAM);
        Comment reply = comments.reply(MODERATOR, local(held).id(), "Thank you, Nadia & all.");
        comments.edit(MODERATOR, local(1).id(), "Edited here");
        assertThat(sites.waiting(MODERATOR)).isEqualTo(4);

        SyncReport report = sync();

        assertThat(report.problem()).isEmpty();
        assertThat(report.pushed()).isEqualTo(4);
        assertThat(report.conflicts()).isZero();
        assertThat(report.waiting()).isZero();
        assertThat(wordpress.status(held)).isEqualTo("approved");
        assertThat(wordpress.status(other)).isEqualTo("spam");
        assertThat(wordpress.php("echo get_comment(1)->comment_content;")).isEqualTo("Edited here");
        String replies = wordpress.php("foreach (get_comments(array('parent' => " + held + ")) as $c) {"
                + " echo $c->user_id, '|', $c->comment_approved, '|', $c->comment_content; }");
        assertThat(replies).isEqualTo("1|1|Thank you, Nadia &amp; all.");
        boolean linked = database.read(tx -> tx.sites().isLinked(reply.id()));
        assertThat(linked).isTrue();

        SyncReport again = sync();
        assertThat(again.pushed()).isZero();
        assertThat(again.pulled()).isZero(); // its own reply is not pulled back as a new comment
        assertThat(wordpress.php("echo count(get_comments(array('parent' => " + held + ")));")).isEqualTo("1");
        assertThat(database.read(tx -> tx.audit().find(com.newsdesk.domain.AuditFilter.ALL, 100)).stream().filter(entry -> entry.action().startsWith("site."))).hasSizeGreaterThan(4);
    }

    @Test
    void whereTheSiteDecidedMeanwhileItsDecisionStandsAndTheLostOneIsReported() {
        long held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Maybe spam", "0");
        sync();
        comments.decide(MODERATOR, local(held).id(), CommentStatus.PENDING, CommentStatus.APPROVED);
        wordpress.php("wp_spam_comment(" + held + ");");

        SyncReport report = sync();

        assertThat(report.conflicts()).isEqualTo(1);
        assertThat(report.pushed()).isZero();
        assertThat(report.notes()).hasSize(1);
        assertThat(report.notes().get(0)).contains("already spam on the site");
        assertThat(wordpress.status(held)).isEqualTo("spam");
        assertThat(local(held).status()).isEqualTo(CommentStatus.SPAM);
        assertThat(report.waiting()).isZero();
    }

    @Test
    void aCommentDeletedOnTheSiteIsReportedAndStaysHere() {
        long held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Soon gone", "0");
        sync();
        long id = local(held).id();
        comments.decide(MODERATOR, id, CommentStatus.PENDING, CommentStatus.APPROVED);
        wordpress.php("wp_delete_comment(" + held + ", true);");

        SyncReport report = sync();

        assertThat(report.conflicts()).isEqualTo(1);
        assertThat(report.notes()).hasSize(1);
        assertThat(report.notes().get(0)).contains("deleted on the site");
        assertThat(database.read(tx -> tx.comments().find(id)).orElseThrow().status())
                .isEqualTo(CommentStatus.APPROVED);
        assertThat(report.waiting()).isZero();
    }

    @Test
    void decisionsWaitWhileTheSiteIsAwayAndGoWhenItIsBack() {
        long held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Patience", "0");
        sync();
        comments.decide(MODERATOR, local(held).id(), CommentStatus.PENDING, CommentStatus.TRASH);
        wordpress.stop();

        SyncReport away = sync();

        assertThat(away.stopped()).isTrue();
        assertThat(away.problem()).contains("could not be reached");
        assertThat(away.waiting()).isEqualTo(1);
        assertThat(sites.site(MODERATOR, null).lastError()).contains("could not be reached");
        wordpress.serve();

        SyncReport back = sync();

        assertThat(back.stopped()).isFalse();
        assertThat(back.pushed()).isEqualTo(1);
        assertThat(back.waiting()).isZero();
        assertThat(wordpress.status(held)).isEqualTo("trash");
        assertThat(sites.site(MODERATOR, null).lastError()).isEmpty();
    }

    @Test
    void aNewsroomImportedFromItsJsonExportFindsItsCommentsAgainInsteadOfCopyingThem() throws Exception {
        wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Held <em>here</em>", "0");
        long reply = wordpress.comment(1, 1, "Omar", "omar@example.org", "A reply", "1");
        sync();
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        new com.newsdesk.service.TransferService(database, TestNewsrooms.CLOCK).export(TestNewsrooms.OWNER, json,
                com.newsdesk.service.ExportScope.ALL, TaskMonitor.NONE);
        try (Database imported = TestNewsrooms.open(dir.resolve("imported.db"))) {
            new com.newsdesk.service.TransferService(imported, TestNewsrooms.CLOCK).importStream(TestNewsrooms.OWNER,
                    new java.io.ByteArrayInputStream(json.toByteArray()), json.size(), false, TaskMonitor.NONE);
            SiteService again = new SiteService(imported, TestNewsrooms.CLOCK);
            again.add(TestNewsrooms.OWNER, "Our site", wordpress.url, wordpress.user, wordpress.password);

            SyncReport report = again.sync(MODERATOR, null, wordpress.password, TaskMonitor.NONE);

            assertThat(report.pulled()).isZero(); // all three found, none copied
            long comments = imported.read(tx -> tx.comments().count(null));
            assertThat(comments).isEqualTo(3);
            long linked = imported.read(tx -> tx.sites().commentOfRemote(1, reply)).orElseThrow();
            assertThat(linked).isEqualTo(local(reply).id());
        }
    }

    @Test
    void aWrongPasswordStopsTheSyncAndIsSaidInWords() {
        SyncReport report = sites.sync(MODERATOR, null, "abcd efgh ijkl mnop qrst uvwx", TaskMonitor.NONE);

        assertThat(report.stopped()).isTrue();
        assertThat(report.problem()).contains("refused the sign-in");
        assertThatThrownBy(() -> sites.add(TestNewsrooms.OWNER, "Again", wordpress.url, wordpress.user, "wrong"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("refused the sign-in");
        assertThat(sites.sites(MODERATOR)).hasSize(1);
    }

    @Test
    void anAddressThatIsNotWordPressIsRefusedAndNothingIsAdded() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<html><body>A plain web page</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThatThrownBy(() -> sites.add(TestNewsrooms.OWNER, "Not WP", url, "admin", "pw"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("does not answer as a WordPress site");
        } finally {
            server.stop(0);
        }
        assertThat(sites.sites(MODERATOR)).extracting(site -> site.name()).containsExactly("Our site");
    }

    @Test
    void onlyAdminsAddSitesAndWritersDoNotSync() {
        assertThatThrownBy(() -> sites.add(MODERATOR, "Mine", wordpress.url, wordpress.user, wordpress.password))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.sync(Actor.staff("wendy", Role.WRITER), null, wordpress.password,
                TaskMonitor.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.add(TestNewsrooms.OWNER, "Our site", wordpress.url, wordpress.user,
                wordpress.password)).isInstanceOf(RefusedException.class).hasMessageContaining("already has a site");
        assertThat(List.of(sites.waiting(Actor.staff("wendy", Role.WRITER)))).containsExactly(0L);
    }
}
