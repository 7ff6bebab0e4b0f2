package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Role;
import com.newsdesk.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentIntakeTest {
    @TempDir Path dir;
    private final Actor moderator = Actor.staff("salma", Role.MODERATOR);
    private final Actor editor = Actor.staff("edna", Role.EDITOR);

    private static String wxr(String items) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                  <title>The Gazette</title>
                  <wp:wxr_version>1.2</wp:wxr_version>
                """ + items + """
                </channel>
                </rss>
                """;
    }

    private static String comment(int id, int parent, String author, String email, String text, String approved,
            String type) {
        return """
                    <wp:comment>
                      <wp:comment_id>%d</wp:comment_id>
                      <wp:comment_author><![CDATA[%s]]></wp:comment_author>
                      <wp:comment_author_email><![CDATA[%s]]></wp:comment_author_email>
                      <wp:comment_author_url>https://example.com/</wp:comment_author_url>
                      <wp:comment_author_IP><![CDATA[198.51.100.%d]]></wp:comment_author_IP>
                      <wp:comment_date><![CDATA[2024-03-0%d 11:00:00]]></wp:comment_date>
                      <wp:comment_date_gmt><![CDATA[2024-03-0%d 10:00:00]]></wp:comment_date_gmt>
                      <wp:comment_content><![CDATA[%s]]></wp:comment_content>
                      <wp:comment_approved><![CDATA[%s]]></wp:comment_approved>
                      <wp:comment_type><![CDATA[%s]]></wp:comment_type>
                      <wp:comment_parent>%d</wp:comment_parent>
                      <wp:comment_user_id>0</wp:comment_user_id>
                      <wp:commentmeta><wp:meta_key><![CDATA[akismet_result]]></wp:meta_key>
                        <wp:meta_value><![CDATA[false]]></wp:meta_value></wp:commentmeta>
                    </wp:comment>
                """.formatted(id, author, email, id, id % 9 + 1, id % 9 + 1, text, approved, type, parent);
    }

    private static String item(String title, String slug, String comments) {
        return """
                  <item>
                    <title><![CDATA[%s]]></title>
                    <link>https://gazette.example/%s/</link>
                    <pubDate>Fri, 01 Mar 2024 09:00:00 +0000</pubDate>
                    <dc:creator><![CDATA[editor]]></dc:creator>
                    <content:encoded><![CDATA[<p>The <strong>council</strong> met.</p><script>x()</script>]]></content:encoded>
                    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                    <wp:post_id>7</wp:post_id>
                    <wp:post_date><![CDATA[2024-03-01 10:00:00]]></wp:post_date>
                    <wp:post_date_gmt><![CDATA[2024-03-01 09:00:00]]></wp:post_date_gmt>
                    <wp:post_name><![CDATA[%s]]></wp:post_name>
                    <wp:status><![CDATA[publish]]></wp:status>
                    <wp:post_type><![CDATA[post]]></wp:post_type>
                    <category domain="category" nicename="news"><![CDATA[News]]></category>
                    <category domain="post_tag" nicename="council"><![CDATA[council]]></category>
                    <wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>
                      <wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
                %s  </item>
                """.formatted(title, slug, slug, comments);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Comment> all(Database db) {
        List<Comment> comments = new ArrayList<>();
        db.read(tx -> {
            tx.comments().forEach(comments::add);
            return null;
        });
        return comments;
    }

    @Test
    void aWordPressExportBringsPostsCommentsDecisionsAndThreads() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentService service = new CommentService(db, TestNewsrooms.CLOCK);
            service.saveRules(moderator, CommentRules.defaults().with(CommentRules.Kind.BLOCKED_WORD, List.of("casino")));
            Path file = write("wordpress.xml", wxr(item("Council meets", "council-meets",
                    comment(3, 2, "Bea", "bea@example.org", "A reply that came before its parent", "1", "comment")
                    + comment(2, 0, "Ann", "ann@example.org", "First!\nSecond line", "1", "")
                    + comment(4, 0, "Cy", "cy@example.org", "Try our casino", "0", "comment")
                    + comment(5, 0, "Di", "di@example.org", "Held at the source, clean", "0", "comment")
                    + comment(6, 0, "Bot", "bot@example.org", "Buy pills", "spam", "comment")
                    + comment(7, 0, "Old", "old@example.org", "Deleted", "trash", "comment")
                    + comment(8, 0, "Blog", "", "Linked to you", "1", "pingback")
                    + comment(9, 0, "Blog", "", "Tracked you", "1", "trackback")
                    + comment(10, 0, "Ann", "ANN@example.org", "First!\nSecond line", "1", "comment")
                    + comment(11, 0, "Ann", "ann@example.org", "Ann again, no decision yet", "0", "comment"))
                    + item("No comments here", "quiet-post", "")));

            CommentIntakeSummary summary = service.importComments(editor, file, TaskMonitor.NONE);

            assertEquals(7, summary.imported());
            assertEquals(Map.of(CommentStatus.APPROVED, 2L, CommentStatus.PENDING, 3L, CommentStatus.SPAM, 1L,
                    CommentStatus.TRASH, 1L), summary.byStatus(), "the site's decisions stand, held ones included");
            assertEquals(1, summary.duplicates());
            assertEquals(2, summary.pingbacks());
            assertEquals(1, summary.articlesCreated());
            var article = db.read(tx -> tx.articles().find(tx.articles().idOfSlug("council-meets").orElseThrow()))
                    .orElseThrow();
            assertEquals("Council meets", article.headline());
            assertEquals(ArticleStatus.DRAFT, article.status(), "a comment import never publishes");
            assertNull(article.publishedAt());
            assertEquals("wordpress:publish", article.extras().stubOf());
            assertEquals(0L, (long) db.read(tx -> tx.articles().count(com.newsdesk.domain.ArticleFilter.ALL)),
                    "a stub is not in the article lists");
            assertEquals(1L, (long) db.read(tx -> tx.articles().count(
                    com.newsdesk.domain.ArticleFilter.ALL.withStubs(true))), "unless they are asked for");
            assertEquals(0L, (long) db.read(tx -> tx.articles().countByStatus()).get(ArticleStatus.DRAFT));
            assertEquals(List.of("council"), article.tags());
            assertTrue(article.body().plainText().contains("The council met."));
            assertTrue(!article.body().plainText().contains("x()"), "scripts never come in");
            assertTrue(db.read(tx -> tx.articles().idOfSlug("quiet-post")).isEmpty());

            List<Comment> comments = all(db);
            Comment ann = comments.stream().filter(c -> c.body().startsWith("First!")).findFirst().orElseThrow();
            Comment bea = comments.stream().filter(c -> c.authorName().equals("Bea")).findFirst().orElseThrow();
            assertEquals(ann.id(), bea.parentId(), "a reply keeps its parent, even when it comes first");
            assertEquals("First!\nSecond line", ann.body());
            assertEquals("198.51.100.2", ann.authorIp());
            assertEquals("2024-03-03T10:00:00Z", ann.submittedAt().toString());
            Comment cy = comments.stream().filter(c -> c.authorName().equals("Cy")).findFirst().orElseThrow();
            assertEquals(CommentStatus.PENDING, cy.status(), "held at the site: the rules do not re-sort it");
            assertEquals("held for moderation at the source", cy.reason());
            Comment again = comments.stream().filter(c -> c.body().startsWith("Ann again")).findFirst().orElseThrow();
            assertEquals(CommentStatus.PENDING, again.status(),
                    "the site held it: an earlier approved comment by the same address does not approve it");
            Comment di = comments.stream().filter(c -> c.authorName().equals("Di")).findFirst().orElseThrow();
            assertEquals(CommentStatus.PENDING, di.status());
            assertEquals("held for moderation at the source", di.reason());

            CommentIntakeSummary again2 = service.importComments(moderator, file, TaskMonitor.NONE);
            // the article exists now: a Moderator may bring in more comments for it
            assertEquals(0, again2.imported(), "importing the same file twice adds nothing");
            assertEquals(8, again2.duplicates());
        }
    }

    /** Issue 12, finding 4: a comment import is no way around the article permission and the checklist. */
    @Test
    void aModeratorCannotCreateArticlesThroughACommentImport() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentService service = new CommentService(db, TestNewsrooms.CLOCK);
            Path file = write("wordpress.xml", wxr(item("TK headline", "tk-post",
                    comment(2, 0, "Ann", "ann@example.org", "Hi", "1", ""))));
            com.newsdesk.domain.AccessDeniedException refused = assertThrows(
                    com.newsdesk.domain.AccessDeniedException.class,
                    () -> service.importComments(moderator, file, TaskMonitor.NONE));
            assertTrue(refused.getMessage().contains("takes the right to create articles"), refused.getMessage());
            assertTrue(refused.getMessage().contains("\"tk-post\""), refused.getMessage());
            assertEquals(0L, (long) db.read(tx -> tx.articles().count()), "nothing was made");
            assertEquals(0, all(db).size(), "nothing was imported");
        }
    }

    @Test
    void aPasswordProtectedOrPrivatePostArrivesAsAStubKeepingItsStatusButNotItsText() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentService service = new CommentService(db, TestNewsrooms.CLOCK);
            String locked = item("Members only", "members-only", comment(2, 0, "Ann", "ann@example.org", "Hi", "1", ""))
                    .replace("<wp:status><![CDATA[publish]]></wp:status>",
                            "<wp:status><![CDATA[publish]]></wp:status><wp:post_password>secret</wp:post_password>");
            String hidden = item("Private", "private-post", comment(3, 0, "Bo", "bo@example.org", "Hey", "1", ""))
                    .replace("<![CDATA[publish]]>", "<![CDATA[private]]>");
            service.importComments(editor, write("w.xml", wxr(locked + hidden)), TaskMonitor.NONE);
            var members = db.read(tx -> tx.articles().findBySlug("members-only")).orElseThrow();
            assertEquals("wordpress:publish+password", members.extras().stubOf());
            assertEquals("", members.body().plainText().strip(), "a password-protected post's text is not ours");
            assertEquals("wordpress:private", db.read(tx -> tx.articles().findBySlug("private-post")).orElseThrow()
                    .extras().stubOf());
        }
    }

    @Test
    void aBadFileChangesNothingAndSaysWhere() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentService service = new CommentService(db, TestNewsrooms.CLOCK);
            String good = item("Council meets", "council-meets", comment(2, 0, "Ann", "ann@example.org", "Hi", "1", ""));
            Path broken = write("broken.xml", wxr(good + item("Second", "second",
                    comment(3, 0, "Bo", "bo@example.org", "Hi", "1", "")).replace("</wp:comment_author>", "")));
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> service.importComments(editor, broken, TaskMonitor.NONE));
            assertTrue(bad.getMessage().startsWith("line "), bad.getMessage());
            assertTrue(bad.getMessage().contains("not well-formed XML"), bad.getMessage());
            assertEquals(0, all(db).size());
            assertEquals(0L, (long) db.read(tx -> tx.articles().count()));

            // Issue 13: one bad comment does not refuse the file; it is left out with where and why.
            Path badDate = write("date.xml", wxr(item("Council", "council",
                    comment(2, 0, "Ann", "ann@example.org", "Hi", "1", "").replace("2024-03-03 10:00:00", "yesterday")
                    + comment(4, 0, "Cy", "cy@example.org", "A good one", "1", ""))));
            CommentIntakeSummary partly = service.importComments(editor, badDate, TaskMonitor.NONE);
            assertEquals(1, partly.imported());
            assertEquals(1, partly.invalidCount());
            String problem = partly.invalid().get(0).toString();
            assertTrue(problem.contains("wp:comment in the post \"council\""), problem);
            assertTrue(problem.contains("\"yesterday\""), problem);
            assertTrue(partly.describe().endsWith("1 comments could not be read and were left out"), partly.describe());
        }
    }

    @Test
    void entityTricksAreRefusedWithoutExpanding() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentService service = new CommentService(db, TestNewsrooms.CLOCK);
            Path laughs = write("laughs.xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                    <rss><channel><item><title>&lol2;</title></item></channel></rss>
                    """);
            Path external = write("external.xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                    <rss><channel><item><title>&secret;</title></item></channel></rss>
                    """);
            for (Path file : List.of(laughs, external)) {
                InvalidInputException refused = assertThrows(InvalidInputException.class,
                        () -> service.importComments(moderator, file, TaskMonitor.NONE));
                assertTrue(refused.getMessage().contains("line"), refused.getMessage());
            }
            assertEquals(0L, (long) db.read(tx -> tx.articles().count()));
        }
    }

    @Test
    void jsonCommentsFindTheirArticlesAndKeepTheirDecisions() throws Exception {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 0, 0)) {
            CommentService service = new CommentService(db, TestNewsrooms.CLOCK);
            String slug = db.read(tx -> tx.articles().find(1).orElseThrow().slug());
            Path file = write("comments.json", """
                    [
                      {"id": 1, "articleSlug": "%s", "authorName": "Ann", "authorEmail": "ann@example.org",
                       "body": "Well said", "submittedAt": "2026-11-01T10:00:00Z", "status": "approved"},
                      {"id": 2, "articleSlug": "%s", "parentId": 1, "authorName": "Bo", "authorEmail": "bo@example.org",
                       "authorIp": "192.0.2.1", "body": "Agreed", "submittedAt": "2026-11-01T11:00:00Z"},
                      {"articleId": 2, "authorName": "Cy", "authorEmail": "cy@example.org",
                       "body": "On another article", "submittedAt": "2026-11-02T10:00:00Z", "status": "spam"}
                    ]
                    """.formatted(slug, slug));
            CommentIntakeSummary summary = service.importComments(moderator, file, TaskMonitor.NONE);
            assertEquals(3, summary.imported());
            List<Comment> comments = all(db);
            Comment bo = comments.stream().filter(c -> c.authorName().equals("Bo")).findFirst().orElseThrow();
            assertEquals(comments.stream().filter(c -> c.authorName().equals("Ann")).findFirst().orElseThrow().id(),
                    bo.parentId());
            assertEquals(CommentStatus.PENDING, bo.status());
            assertEquals("192.0.2.1", bo.authorIp());
            assertEquals(2, comments.stream().filter(c -> c.authorName().equals("Cy")).findFirst().orElseThrow()
                    .articleId());

            Path bad = write("bad.json", """
                    [{"articleSlug": "%s", "authorName": "Ann", "body": "ok", "submittedAt": "2026-11-01T10:00:00Z"},
                     {"articleSlug": "no-such-story", "authorName": "Bo", "body": "x", "submittedAt": "2026-11-01T10:00:00Z"}]
                    """.formatted(slug));
            CommentIntakeSummary partly = service.importComments(moderator, bad, TaskMonitor.NONE);
            assertEquals("$[1].articleSlug: no article with the slug \"no-such-story\"",
                    partly.invalid().get(0).toString());
            assertEquals(4, all(db).size(), "the good comment of the file is kept, the bad one left out");

            Path typo = write("typo.json", "[{\"articleId\": 1, \"bodyy\": \"x\"}]");
            assertEquals("$[0].bodyy: unknown field", service.importComments(moderator, typo, TaskMonitor.NONE)
                    .invalid().get(0).toString());
            Path truncated = write("truncated.json", "[{\"articleId\": 1, \"body\": \"x\"");
            assertTrue(assertThrows(InvalidInputException.class,
                    () -> service.importComments(moderator, truncated, TaskMonitor.NONE)).getMessage()
                    .contains("ends too early"));
        }
    }

    @Test
    void aNewsdeskExportBringsItsCommentsIntoAnotherNewsroomBySlug() throws Exception {
        Path export = dir.resolve("export.json");
        try (Database source = TestNewsrooms.sample(dir.resolve("a.db"), 4, 30, 0)) {
            new TransferService(source, TestNewsrooms.CLOCK).exportTo(TestNewsrooms.OWNER, com.newsdesk.service.output.OutputTarget.file(export), ExportScope.ALL,
                    TaskMonitor.NONE);
        }
        try (Database target = TestNewsrooms.sample(dir.resolve("b.db"), 4, 0, 0)) {
            CommentService service = new CommentService(target, TestNewsrooms.CLOCK);
            CommentIntakeSummary summary = service.importComments(moderator, export, TaskMonitor.NONE);
            assertEquals(30, summary.imported() + summary.duplicates());
            assertNull(all(target).stream().filter(c -> c.parentId() != null && c.parentId() == c.id()).findAny()
                    .orElse(null));
        }
    }
}
