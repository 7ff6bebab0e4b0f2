package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.HtmlRenderer;
import com.newsdesk.domain.document.Links;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    @Test
    void keepsBlocksInCanonicalForm() {
        Block block = Block.of(BlockType.PARAGRAPH, Run.plain("  Hello \n "), Run.plain(" big"),
                Run.of("", Mark.BOLD), Run.plain("  world  "));
        assertEquals(List.of(Run.plain("Hello big world")), block.runs());
    }

    @Test
    void rendersCleanHtmlWithListsAndQuotesGrouped() {
        Document document = Document.of(
                Block.of(BlockType.HEADING_2, Run.plain("Reactions")),
                Block.of(BlockType.PARAGRAPH, Run.plain("Read "), Run.link("this & that", "https://example.org/?a=1&b=2",
                        Mark.BOLD), Run.plain(" now.")),
                Block.of(BlockType.BULLETED_ITEM, Run.plain("one")),
                Block.of(BlockType.BULLETED_ITEM, Run.plain("two")),
                Block.of(BlockType.QUOTE, Run.of("Quoted", Mark.ITALIC)));
        assertEquals("""
                <h2>Reactions</h2>
                <p>Read <a href="https://example.org/?a=1&amp;b=2"><strong>this &amp; that</strong></a> now.</p>
                <ul><li>one</li>
                <li>two</li></ul>
                <blockquote><p><em>Quoted</em></p></blockquote>
                """, HtmlRenderer.render(document));
    }

    @Test
    void neverRendersAScriptOrAnUnsafeLink() {
        Document document = Document.of(Block.of(BlockType.PARAGRAPH,
                Run.plain("<script>alert(1)</script>"), Run.link("click", "javascript:alert(1)")));
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;click</p>\n", HtmlRenderer.render(document));
    }

    @Test
    void judgesLinks() {
        for (String safe : List.of("https://example.org", "http://a.b/c", "mailto:a@b.c", "/local/path", "#top",
                "page.html", "tel:+212600000000")) {
            assertEquals(true, Links.isSafe(safe), safe);
        }
        for (String unsafe : List.of("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                "vbscript:x", "java\tscript:x", "")) {
            assertEquals(false, Links.isSafe(unsafe), unsafe);
        }
    }

    @Test
    void countsWordsAndWritesPlainText() {
        Document document = Document.of(Block.paragraph("Il était une fois, à Fès."),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("un")), Block.of(BlockType.NUMBERED_ITEM, Run.plain("deux")),
                Block.of(BlockType.BULLETED_ITEM, Run.plain("point")));
        assertEquals(9, document.wordCount());
        assertEquals("Il était une fois, à Fès.\n1. un\n2. deux\n• point", document.plainText());
    }
}
