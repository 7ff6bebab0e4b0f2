package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import org.junit.jupiter.api.Test;

class HtmlDocumentParserTest {
    @Test
    void dropsScriptsStylesAndUnknownTagsButKeepsText() {
        Document document = HtmlDocumentParser.parse("""
                <style>p { color: red }</style>
                <p>Before <script>alert('x')</script><blink>kept</blink> <span onclick="evil()">text</span></p>
                <iframe src="https://ads.example"></iframe>
                """);
        assertEquals(Document.of(Block.paragraph("Before kept text")), document);
    }

    @Test
    void readsWordProcessorStylesAsMarks() {
        Document document = HtmlDocumentParser.parse(
                "<p><span style=\"font-weight:700\">Bold</span> and <span style=\"font-style: italic\">italic</span>"
                        + " and <b style=\"font-weight:normal\">not bold</b></p>");
        assertEquals(Document.of(Block.of(BlockType.PARAGRAPH, Run.of("Bold", Mark.BOLD), Run.plain(" and "),
                Run.of("italic", Mark.ITALIC), Run.plain(" and not bold"))), document);
    }

    @Test
    void mapsHeadingsListsAndQuotes() {
        Document document = HtmlDocumentParser.parse("""
                <h1>Title</h1><h5>Small</h5>
                <ol><li>one</li><li>two <ul><li>nested</li></ul></li></ol>
                <blockquote>quoted <p>para</p></blockquote>
                <div>loose text</div>
                """);
        assertEquals(Document.of(
                Block.of(BlockType.HEADING_2, Run.plain("Title")),
                Block.of(BlockType.HEADING_4, Run.plain("Small")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("one")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("two")),
                Block.of(BlockType.BULLETED_ITEM, Run.plain("nested")),
                Block.of(BlockType.QUOTE, Run.plain("quoted")),
                Block.of(BlockType.QUOTE, Run.plain("para")),
                Block.paragraph("loose text")), document);
    }

    @Test
    void dropsUnsafeLinksButKeepsTheirText() {
        Document document = HtmlDocumentParser.parse(
                "<p><a href=\"javascript:alert(1)\">bad</a> <a href=\"https://example.org\">good</a></p>");
        assertEquals(Document.of(Block.of(BlockType.PARAGRAPH, Run.plain("bad "),
                Run.link("good", "https://example.org"))), document);
    }

    @Test
    void lineBreaksSplitBlocksAndEmptyParagraphsStay() {
        Document document = HtmlDocumentParser.parse("<p>first<br>second</p><p><br></p><p></p>");
        assertEquals(Document.of(Block.paragraph("first"), Block.paragraph("second"), Block.paragraph(""),
                Block.paragraph("")), document);
    }
}
