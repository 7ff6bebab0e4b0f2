package com.newsdesk.io;

import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentHtml;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.HtmlRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * A comment's text as it is shown: a body stored as its site's HTML (WordPress's allowed tags, entities,
 * {@code <br />}, paragraphs) is read into the document model, keeping its links (safe ones only) and emphasis and
 * dropping anything else; a text body is its lines. Never HTML source text, never live HTML.
 */
public final class CommentBodies {
    private CommentBodies() {}

    /** The comment as paragraphs of styled runs, for a reading pane. */
    public static Document document(Comment comment) {
        if (comment.bodyIsHtml()) {
            return HtmlDocumentParser.parse(withBreaks(comment.body()));
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : comment.body().replace("\r\n", "\n").split("\n")) {
            if (!line.isBlank()) {
                blocks.add(Block.paragraph(line.strip()));
            }
        }
        return new Document(blocks);
    }

    /**
     * The comment as HTML a site can print as is: only the model's tags, every text escaped once, links that are
     * safe and marked {@code rel="nofollow ugc"}; a text body escaped whole, its addresses made links.
     */
    public static String html(Comment comment) {
        return comment.bodyIsHtml() ? HtmlRenderer.render(document(comment), "nofollow ugc").strip()
                : CommentHtml.render(comment.body());
    }

    /** WordPress shows a stored comment through wpautop: a blank line ends a paragraph, a line break is a break. */
    static String withBreaks(String html) {
        String text = html.replace("\r\n", "\n");
        if (text.toLowerCase(java.util.Locale.ROOT).contains("<p")) {
            return text;
        }
        return "<p>" + text.strip().replaceAll("\n\\s*\n", "</p><p>").replace("\n", "<br>") + "</p>";
    }
}
