package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Role;
import com.newsdesk.storage.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, comments from WordPress: the files are written here in the shapes of wordpress-importer's own test data
 * ({@code phpunit/data/valid-wxr-1.1.xml}, {@code wxr-with-note-comments.xml}, the https namespace of its newer
 * fixtures): every WXR version and namespace it writes, its editorial notes, and the site's decisions.
 */
class WordPressFidelityTest {
    @TempDir Path dir;
    private final Actor editor = Actor.staff("edna", Role.EDITOR);

    private static String export(String scheme, String version, String items) {
        return export(scheme, version, true, items);
    }

    private static String export(String scheme, String version, boolean stated, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0"
                	xmlns:excerpt="%1$s://wordpress.org/export/%2$s/excerpt/"
                	xmlns:content="http://purl.org/rss/1.0/modules/content/"
                	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                	xmlns:dc="http://purl.org/dc/elements/1.1/"
                	xmlns:wp="%1$s://wordpress.org/export/%2$s/"
                >
                <channel>
                	<title>My WordPress Website</title>
                	<language>en-US</language>
                	%3$s
                	<wp:base_site_url>https://site.example</wp:base_site_url>
                %4$s
                </channel>
                </rss>
                """.formatted(scheme, version, stated ? "<wp:wxr_version>" + version + "</wp:wxr_version>" : "", items);
    }

    private static String page(String slug, String comments) {
        return """
                	<item>
                		<title><![CDATA[Page with notes and comments]]></title>
                		<dc:creator><![CDATA[admin]]></dc:creator>
                		<content:encoded><![CDATA[<!-- wp:paragraph {"metadata":{"noteId":2}} -->
                <p>Paragraph with note 1</p>
                <!-- /wp:paragraph -->]]></content:encoded>
                		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
                		<wp:post_id>10</wp:post_id>
                		<wp:post_date><![CDATA[2026-03-24 10:38:09]]></wp:post_date>
                		<wp:post_date_gmt><![CDATA[2026-03-24 10:38:09]]></wp:post_date_gmt>
                		<wp:post_name><![CDATA[%s]]></wp:post_name>
                		<wp:status><![CDATA[publish]]></wp:status>
                		<wp:post_type><![CDATA[page]]></wp:post_type>
                		<wp:post_password><![CDATA[]]></wp:post_password>
                %s	</item>
                """.formatted(slug, comments);
    }

    private static String comment(int id, String text, String approved, String type) {
        return """
                		<wp:comment>
                			<wp:comment_id>%d</wp:comment_id>
                			<wp:comment_author><![CDATA[admin]]></wp:comment_author>
                			<wp:comment_author_email><![CDATA[admin@localhost.com]]></wp:comment_author_email>
                			<wp:comment_author_IP><![CDATA[127.0.0.1]]></wp:comment_author_IP>
                			<wp:comment_date><![CDATA[2026-03-24 10:37:45]]></wp:comment_date>
                			<wp:comment_date_gmt><![CDATA[2026-03-24 10:37:45]]></wp:comment_date_gmt>
                			<wp:comment_content><![CDATA[%s]]></wp:comment_content>
                			<wp:comment_approved><![CDATA[%s]]></wp:comment_approved>
                			<wp:comment_type><![CDATA[%s]]></wp:comment_type>
                			<wp:comment_parent>0</wp:comment_parent>
                			<wp:comment_user_id>1</wp:comment_user_id>
                		</wp:comment>
                """.formatted(id, text, approved, type);
    }

    private CommentIntakeSummary importing(Database db, String text) throws Exception {
        Path file = Files.writeString(dir.resolve("export.xml"), text, StandardCharsets.UTF_8);
        return new CommentService(db, TestNewsrooms.CLOCK).importComments(editor, file, TaskMonitor.NONE);
    }

    @ParameterizedTest(name = "WXR {1} over {0}")
    @CsvSource({"http, 1.0", "http, 1.1", "http, 1.2", "https, 1.1", "https, 1.2"})
    void everyWxrVersionAndNamespaceWordPressWritesIsRead(String scheme, String version) throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentIntakeSummary summary = importing(db, export(scheme, version,
                    page("a-page", comment(4, "A reader's comment", "1", "comment"))));
            assertEquals(1, summary.imported());
            var stub = db.read(tx -> tx.articles().findBySlug("a-page")).orElseThrow();
            assertEquals("wordpress:publish", stub.extras().stubOf());
        }
    }

    @Test
    void aFileWithoutAWxrVersionIsNotAWordPressExport() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> importing(db,
                    export("http", "1.2", false, page("a-page", comment(4, "Hi", "1", "comment")))));
            assertTrue(refused.getMessage().contains("not a WordPress export"), refused.getMessage());
            assertEquals(0L, (long) db.read(tx -> tx.articles().count()), "nothing was made");
            InvalidInputException foreign = assertThrows(InvalidInputException.class, () -> importing(db,
                    export("http", "9", page("a-page", comment(4, "Hi", "1", "comment")))));
            assertTrue(foreign.getMessage().contains("not a WordPress export"), "an RSS file with other namespaces: "
                    + foreign.getMessage());
            InvalidInputException newer = assertThrows(InvalidInputException.class, () -> importing(db,
                    export("https", "1.3", page("a-page", comment(4, "Hi", "1", "comment")))));
            assertTrue(newer.getMessage().contains("WXR version \"1.3\""), newer.getMessage());
        }
    }

    /** As wordpress-importer's wxr-with-note-comments.xml: two editorial notes and one reader comment. */
    @Test
    void editorialNotesAreNeverReaderComments() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentIntakeSummary summary = importing(db, export("http", "1.2", page("page-with-notes-and-comments",
                    comment(2, "Note on para 1", "0", "note") + comment(3, "Note on heading 1", "0", "note")
                            + comment(4, "Comment on post Page with notes and comments", "1", "comment"))));
            assertEquals(1, summary.imported());
            assertEquals(2, summary.notes());
            assertTrue(summary.describe().contains("2 editorial notes left out (not reader comments)"),
                    summary.describe());
            assertEquals(List.of("Comment on post Page with notes and comments"), db.read(tx -> {
                List<String> bodies = new java.util.ArrayList<>();
                tx.comments().forEach(comment -> bodies.add(comment.body()));
                return bodies;
            }));
        }
    }

    @Test
    void theSitesDecisionStandsAndTheRulesSortOnlyWhatArrivesUndecided() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            CommentService service = new CommentService(db, TestNewsrooms.CLOCK);
            service.saveRules(editor, CommentRules.defaults().with(CommentRules.Kind.BLOCKED_WORD, List.of("casino")));
            importing(db, export("https", "1.2", page("a-page", comment(4, "Approved earlier", "1", "comment")
                    + comment(5, "Held, by the same address", "0", "comment")
                    + comment(6, "Held, with casino in it", "0", "comment")
                    + comment(7, "Spam at the site", "spam", "comment")
                    + comment(8, "Trashed at the site", "trash", "comment"))));
            var byBody = new java.util.HashMap<String, CommentStatus>();
            db.read(tx -> {
                tx.comments().forEach(comment -> byBody.put(comment.body(), comment.status()));
                return null;
            });
            assertEquals(CommentStatus.APPROVED, byBody.get("Approved earlier"));
            assertEquals(CommentStatus.PENDING, byBody.get("Held, by the same address"), "never approved by the rules");
            assertEquals(CommentStatus.PENDING, byBody.get("Held, with casino in it"), "held stays held");
            assertEquals(CommentStatus.SPAM, byBody.get("Spam at the site"));
            assertEquals(CommentStatus.TRASH, byBody.get("Trashed at the site"));

            String slug = "a-page";
            Path undecided = Files.writeString(dir.resolve("undecided.json"), """
                    [{"articleSlug": "%s", "authorName": "Cy", "authorEmail": "cy@example.org",
                      "body": "Try our casino", "submittedAt": "2026-11-01T10:00:00Z"}]
                    """.formatted(slug));
            service.importComments(editor, undecided, TaskMonitor.NONE);
            var cy = db.read(tx -> tx.comments().byAuthor("cy@example.org", 1)).get(0).comment();
            assertEquals(CommentStatus.SPAM, cy.status(), "a comment that arrives undecided is sorted by the rules");
            assertEquals("blocked word “casino”", cy.reason());
        }
    }
}
