package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.Correction;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Subscriber;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damaged and hostile input to the Newsdesk JSON reader and the article file reader (HTML, Markdown): a damaged file
 * reads or is refused with an {@link InvalidInputException} that names where; nothing else escapes. Tries per
 * property: {@code jqwik.tries.default} (2,000 in junit-platform.properties; the full run in the note: 10,000).
 */
class HostileInputProperties {
    private static final byte[] NEWSROOM = resource("/samples/newsroom-tiny.json");
    private static final byte[] PAGE = ("""
            <!doctype html><html lang="fr"><head><title>Le conseil vote</title>
            <meta property="og:title" content="Le conseil vote le budget">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Le conseil","author":{"name":"A"},
            "datePublished":"2024-03-01T10:00:00Z"}</script></head>
            <body><article><h1>Le conseil vote</h1><p class="byline">Par Ana</p><p>Le <b>budget</b> est adopté,
            <a href="https://example.org/x">lire</a> &amp; commenter.</p><ul><li>un</li><li>deux</li></ul>
            <blockquote>« Citation »</blockquote><script>alert(1)</script></article></body></html>
            """).getBytes(StandardCharsets.UTF_8);
    private static final byte[] MARKDOWN = ("""
            # Le conseil vote le budget

            Par **Ana**, le _1er mars_. Voir [le rapport](https://example.org/r "titre").

            > Une citation
            > sur deux lignes

            1. un
            2. deux

            <script>alert(1)</script> `code` ~~barré~~ الأمطار
            """).getBytes(StandardCharsets.UTF_8);

    @Property
    void damagedNewsroomExportsReadOrAreRefusedByPlace(@ForAll("damagedNewsrooms") byte[] file) {
        readsOrRefusesWithPlace(() -> NewsroomJsonReader.read(new ByteArrayInputStream(file), IGNORE));
    }

    @Property
    void damagedWebPagesReadOrAreRefusedByPlace(@ForAll("damagedPages") byte[] file) {
        readsOrRefusesWithPlace(() -> ArticleFileReader.read("article.html", file));
    }

    @Property
    void damagedMarkdownReadsOrIsRefusedByPlace(@ForAll("damagedMarkdown") byte[] file) {
        readsOrRefusesWithPlace(() -> ArticleFileReader.read("article.md", file));
    }

    @Provide
    Arbitrary<byte[]> damagedNewsrooms() {
        return Damage.of(NEWSROOM);
    }

    @Provide
    Arbitrary<byte[]> damagedPages() {
        return Damage.of(PAGE);
    }

    @Provide
    Arbitrary<byte[]> damagedMarkdown() {
        return Damage.of(MARKDOWN);
    }

    @Example
    void deepNestingInAnExportIsRefusedNotAStackOverflow() {
        String deep = "{\"format\":\"newsdesk\",\"version\":1,\"articles\":[" + "[".repeat(200_000);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> NewsroomJsonReader.read(stream(deep), IGNORE));
        assertNamesAPlace(refused);
    }

    @Example
    void aHugeFieldInAnExportIsRefusedByPlace() {
        String huge = "{\"format\":\"newsdesk\",\"version\":1,\"exportedAt\":\"2024-01-01T00:00:00Z\",\"articles\":[{"
                + "\"id\":1,\"headline\":\"" + "x".repeat(40_000_000) + "\"}]}";
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> NewsroomJsonReader.read(stream(huge), IGNORE));
        assertNamesAPlace(refused);
    }

    @Example
    void deeplyNestedPagesAndMarkdownStillRead() {
        ArticleFileReader.read("deep.html", ("<html><body>" + "<div><blockquote>".repeat(20_000) + "deep text")
                .getBytes(StandardCharsets.UTF_8));
        ArticleFileReader.read("deep.md", (">".repeat(20_000) + " deep\n\n" + "- ".repeat(5_000) + "item")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void readsOrRefusesWithPlace(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException refused) {
            assertNamesAPlace(refused);
        }
    }

    private static void assertNamesAPlace(InvalidInputException refused) {
        assertTrue(refused.location() != null && !refused.location().isBlank() && refused.problem() != null
                && !refused.problem().isBlank(), "a refusal without a place or a reason: " + refused.getMessage());
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) {
        try (InputStream in = HostileInputProperties.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    private static final NewsroomJsonReader.Handler IGNORE = new NewsroomJsonReader.Handler() {
        @Override public void article(Article article, String path) { }

        @Override public void revision(ArticleRevision revision, String path) { }

        @Override public void correction(Correction correction, String path) { }

        @Override public void pendingChanges(com.newsdesk.domain.PendingChanges pending, String path) { }

        @Override public void deleted(com.newsdesk.domain.DeletedArticle deleted, String path) { }

        @Override public void comment(Comment comment, String path) { }

        @Override public void subscriber(Subscriber subscriber, String path) { }
    };
}
