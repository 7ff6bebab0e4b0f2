package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import com.newsdesk.io.CommentBodies;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: WordPress stores comments as HTML (its allowed tags, entities, {@code <br />}); readers and moderators
 * see the text with its links and emphasis, never source text, and the site export prints it as the site would.
 */
class CommentHtmlFidelityTest {
    @TempDir Path dir;
    private final Actor editor = Actor.staff("edna", Role.EDITOR);
    /** A comment as WordPress stores it, with a script kses would have removed and one an attacker slipped in. */
    private static final String STORED = "I read the post&#039;s <strong>first</strong> part.<br />\n"
            + "See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow\">the source</a> &amp; more.\n\n"
            + "<script>alert(1)</script><a href=\"javascript:alert(2)\">click</a> Bye &lt;3";

    private Comment imported(Database db) throws Exception {
        String wxr = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>Post</title><wp:post_name>post</wp:post_name><wp:status>publish</wp:status>
                <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
                <wp:comment_author_email>ann@example.org</wp:comment_author_email>
                <wp:comment_date_gmt>2024-03-03 10:00:00</wp:comment_date_gmt>
                <wp:comment_content><![CDATA[%s]]></wp:comment_content>
                <wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type>
                <wp:comment_parent>0</wp:comment_parent></wp:comment></item>
                </channel></rss>
                """.formatted(STORED);
        new CommentService(db, TestNewsrooms.CLOCK).importComments(editor, Files.writeString(dir.resolve("w.xml"), wxr),
                TaskMonitor.NONE);
        return db.read(tx -> tx.comments().byAuthor("ann@example.org", 1)).get(0).comment();
    }

    @Test
    void theReadingPaneShowsTheTextWithItsLinksAndEmphasisNeverSource() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            Comment comment = imported(db);
            assertTrue(comment.bodyIsHtml());
            assertEquals(STORED, comment.body(), "stored as the site stored it");
            var detail = new CommentService(db, TestNewsrooms.CLOCK).detail(editor, comment.id());
            String text = detail.text().plainText();
            assertTrue(text.startsWith("I read the post's first part."), text);
            String withoutTheHeart = text.replace("Bye <3", "Bye"); // the reader's own "&lt;3", shown as typed
            assertFalse(withoutTheHeart.contains("&#039;") || withoutTheHeart.contains("&amp;")
                    || withoutTheHeart.contains("<"), text);
            assertTrue(text.endsWith("Bye <3"), text);
            assertFalse(text.contains("alert(1)"), "a script's text is not shown: " + text);
            List<Run> runs = detail.text().blocks().stream().flatMap(block -> block.runs().stream()).toList();
            assertTrue(runs.stream().anyMatch(run -> run.text().equals("first") && run.has(Mark.BOLD)), runs.toString());
            assertTrue(runs.stream().anyMatch(run -> "https://example.org/a?b=1&c=2".equals(run.href())), runs.toString());
            assertTrue(runs.stream().noneMatch(run -> run.href() != null && run.href().startsWith("javascript")));
            assertTrue(comment.plainText().startsWith("I read the post's first part.\nSee the source & more."),
                    "the list shows the text too: " + comment.plainText());
        }
    }

    @Test
    void theSiteExportPrintsAllowedTagsSafeLinksAndEntitiesOnce() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            imported(db);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CommentService(db, TestNewsrooms.CLOCK).exportForSiteTo(editor, null, null,
                    new OutputTarget.ToStream(out, "test"));
            var html = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray()).get(0).get("html")
                    .asText();
            assertTrue(html.contains("post's <strong>first</strong> part."), html);
            assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">the source</a>"
                    + " &amp; more."), html);
            assertFalse(html.contains("script") || html.contains("javascript") || html.contains("&amp;#"), html);
            assertTrue(html.contains("Bye &lt;3"), "entities decoded once, escaped once: " + html);
        }
    }

    @Test
    void theNewsroomExportKeepsTheBodyAndItsFormat() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            Comment comment = imported(db);
            Path export = dir.resolve("e.json");
            new TransferService(db, TestNewsrooms.CLOCK).exportTo(TestNewsrooms.OWNER, OutputTarget.file(export),
                    ExportScope.ALL, TaskMonitor.NONE);
            assertTrue(Files.readString(export, StandardCharsets.UTF_8).contains("\"bodyFormat\":\"html\""));
            try (Database other = TestNewsrooms.open(dir.resolve("other.db"))) {
                new TransferService(other, TestNewsrooms.CLOCK).importFile(TestNewsrooms.OWNER, export, false,
                        TaskMonitor.NONE);
                Comment back = other.read(tx -> tx.comments().find(comment.id())).orElseThrow();
                assertEquals(comment, back, "body and format come back as they were");
            }
        }
    }

    @Test
    void aTextCommentStaysText() {
        Comment typed = new Comment(1, 1, null, "Bo", "", "a <b>not bold</b> & plain\nsecond line",
                com.newsdesk.domain.CommentStatus.PENDING, null, TestNewsrooms.CLOCK.instant(), null, null);
        assertEquals(List.of("a <b>not bold</b> & plain", "second line"), CommentBodies.document(typed).blocks()
                .stream().map(block -> block.text()).toList());
        assertTrue(CommentBodies.html(typed).contains("a &lt;b&gt;not bold&lt;/b&gt; &amp; plain<br>second line"),
                CommentBodies.html(typed));
    }
}
