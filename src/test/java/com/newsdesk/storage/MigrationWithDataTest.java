package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.io.JsonDocumentCodec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A newsroom written at every earlier schema version, holding an article (with a tag, a revision and its search
 * index), a comment and a subscriber with a label, is migrated to the latest when opened, and every record reads
 * back whole: an upgrade never loses what the file held.
 */
class MigrationWithDataTest {
    @TempDir Path dir;

    static List<Integer> earlierVersions() {
        return java.util.stream.IntStream.range(1, Migrations.latestVersion()).boxed().toList();
    }

    @ParameterizedTest(name = "schema {0}")
    @MethodSource("earlierVersions")
    void aNewsroomAtThisSchemaMigratesWithItsDataWhole(int version) throws Exception {
        Path file = dir.resolve("schema-" + version + ".db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (int applied = 1; applied <= version; applied++) {
                statement.executeUpdate(Migrations.script(applied));
            }
            statement.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + version);
            // Only the columns schema 1 had: every later column must come with a value for old rows.
            statement.executeUpdate("""
                    INSERT INTO articles (id, slug, headline, dek, byline, section, language, status, body, body_text,
                                          created_at, updated_at, published_at, scheduled_at, version)
                    VALUES (7, 'le-tramway', 'Le tramway arrive', 'Lundi', 'Léa Martin', 'Local', 'fr', 'published',
                            '{"version":1,"blocks":[{"type":"paragraph","runs":[{"text":"Les rames circulent."}]}]}',
                            'Les rames circulent.', '2026-01-02T10:00:00Z', '2026-01-02T11:00:00Z',
                            '2026-01-02T11:00:00Z', NULL, 3)""");
            statement.executeUpdate("INSERT INTO tags (id, name) VALUES (1, 'Transport')");
            statement.executeUpdate("INSERT INTO article_tags (article_id, tag_id, position) VALUES (7, 1, 0)");
            statement.executeUpdate("""
                    INSERT INTO article_revisions (id, article_id, headline, body, author, note, created_at)
                    VALUES (1, 7, 'Le tramway arrive',
                            '{"version":1,"blocks":[{"type":"paragraph","runs":[{"text":"Premier jet."}]}]}',
                            'lea', 'Saved', '2026-01-02T10:30:00Z')""");
            statement.executeUpdate("""
                    INSERT INTO comments (id, article_id, parent_id, author_name, author_email, body, status, reason,
                                          submitted_at, decided_by, decided_at, version)
                    VALUES (1, 7, NULL, 'Omar', 'omar@example.org', 'Enfin !', 'approved', NULL,
                            '2026-01-03T08:00:00Z', 'salma', '2026-01-03T09:00:00Z', 1)""");
            statement.executeUpdate("""
                    INSERT INTO subscribers (id, email, name, status, source, subscribed_at, unsubscribed_at,
                                             created_at, updated_at)
                    VALUES (1, 'ana@example.org', 'Ana', 'subscribed', 'website', '2026-01-01T00:00:00Z', NULL,
                            '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')""");
            statement.executeUpdate("INSERT INTO labels (id, name) VALUES (1, 'Press')");
            statement.executeUpdate("INSERT INTO subscriber_labels (subscriber_id, label_id) VALUES (1, 1)");
        }

        try (Database db = Database.open(file, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            var article = db.read(tx -> tx.articles().find(7)).orElseThrow();
            assertEquals("Le tramway arrive", article.headline());
            assertEquals("Les rames circulent.", article.bodyText());
            assertEquals(List.of("Transport"), article.tags());
            assertEquals(3, article.version());
            assertEquals(List.of(7L), db.read(tx -> tx.articles().rankedIds("rames", 10)), "the search index");
            assertEquals("Premier jet.", db.read(tx -> tx.revisions().forArticle(7)).get(0).body().plainText());
            var comment = db.read(tx -> tx.comments().find(1)).orElseThrow();
            assertEquals("Enfin !", comment.body());
            assertEquals(CommentStatus.APPROVED, comment.status());
            var subscriber = db.read(tx -> tx.subscribers().findByEmail("ANA@example.org")).orElseThrow();
            assertEquals(SubscriberStatus.SUBSCRIBED, subscriber.status());
            assertEquals(List.of("Press"), subscriber.labels());
            Map<CommentStatus, Long> comments = db.read(tx -> tx.comments().countByStatus());
            assertEquals(1L, comments.get(CommentStatus.APPROVED), "the counts the desks show");
            assertTrue(db.read(tx -> tx.articles().countByStatus()).get(com.newsdesk.domain.ArticleStatus.PUBLISHED)
                    == 1L);
        }
    }
}
