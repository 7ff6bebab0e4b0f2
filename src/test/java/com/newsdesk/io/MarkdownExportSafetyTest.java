package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Links;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.time.Instant;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Issue 12, finding 5: what a Markdown export holds renders as the text it was, never as live HTML or a link. */
class MarkdownExportSafetyTest {
    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    private static Article article(String headline, String dek, String byline, Document body) {
        return new Article(1, "a", headline, dek, byline, "", List.of(), "en", ArticleStatus.DRAFT, body, AT, AT, null,
                null, 1, "");
    }

    /** How a site renders the Markdown: CommonMark, raw HTML allowed (as most do). */
    private static String rendered(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    /** The body alone, as a site that reads the front matter renders it. */
    private static String renderedBody(String markdown) {
        return rendered(FrontMatter.split(markdown).body());
    }

    @Test
    void headlineDekAndBylineAreInertEvenWhereFrontMatterIsNotUnderstood() {
        Article hostile = article("<script>alert(1)</script> & more", "<img src=x onerror=alert(1)>",
                "[me](javascript:alert(1))", Document.of(Block.paragraph("Body")));
        String markdown = ArticleFileWriter.markdown(hostile);
        String html = rendered(markdown); // the whole file, front matter read as Markdown
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("href="), html);
        FrontMatter read = FrontMatter.split(markdown).frontMatter(); // and as a site that knows front matter
        assertEquals("<script>alert(1)</script> & more", read.title());
        assertEquals("<img src=x onerror=alert(1)>", read.dek());
        assertEquals("[me](javascript:alert(1))", read.byline());
    }

    @Test
    void aCodeRunHoldingBackticksStaysInsideItsCodeSpan() {
        String code = "a ``b` </code><script>x()</script>";
        Document body = Document.of(Block.of(BlockType.PARAGRAPH, Run.plain("Run "), Run.of(code, Mark.CODE),
                Run.plain(" after")));
        String html = renderedBody(ArticleFileWriter.markdown(article("H", "", "", body)));
        assertFalse(html.contains("<script"), html);
        assertEquals(code, Jsoup.parse(html).selectFirst("code").text());
        assertEquals("`x`", Jsoup.parse(rendered(MarkdownRenderer.codeSpan("`x`"))).selectFirst("code").text());
    }

    @Test
    void entityEncodedAndEscapedScriptLinksAreRefusedAndNeverWrittenLive() {
        for (String href : List.of("javascript&#58;alert(1)", "javascript&#x3A;alert(1)", "javascript&colon;alert(1)",
                "JaVaScRiPt&#0000058alert(1)", "javascript\\:alert(1)", "java&Tab;script:alert(1)",
                "javascript&amp;#58;alert(1)", "data&#58;text/html,<script>x</script>")) {
            assertFalse(Links.isSafe(href), href);
            Document body = Document.of(Block.of(BlockType.PARAGRAPH, Run.link("click", href)));
            String html = renderedBody(ArticleFileWriter.markdown(article("H", "", "", body)));
            assertFalse(html.contains("href"), href + " → " + html);
            assertTrue(html.contains("click"), html);
        }
        assertTrue(Links.isSafe("https://example.org/a?b=1&c=2"));
        assertTrue(Links.isSafe("https://example.org/search?q=a&amp;b"));
    }

    @Test
    void safeLinksRoundTripExactlyThroughMarkdown() {
        String href = "https://example.org/a_(b)?x=1&amp;y=<2>\\z";
        Document body = Document.of(Block.of(BlockType.PARAGRAPH, Run.link("link", href)));
        String html = renderedBody(ArticleFileWriter.markdown(article("H", "", "", body)));
        assertEquals(href, Jsoup.parse(html).selectFirst("a").attr("href"));
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String text = "1. not a list, - not a bullet, *not emphasis*, ~~not struck~~, &lt;not an entity&gt;";
        Document body = Document.of(Block.paragraph(text), Block.paragraph("# not a heading"),
                Block.paragraph("- neither"), Block.paragraph("2) nor"));
        String html = renderedBody(ArticleFileWriter.markdown(article("H", "", "", body)));
        var paragraphs = Jsoup.parse(html).select("p");
        assertEquals(List.of(text, "# not a heading", "- neither", "2) nor"), paragraphs.eachText());
    }
}
