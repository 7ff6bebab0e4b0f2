package com.newsdesk.io;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Links;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads HTML (our own, a browser's or a word processor's) into the document model. Keeps what the model can
 * express, drops everything else but its text; scripts, styles and other non-content elements go entirely.
 */
public final class HtmlDocumentParser {
    private static final Set<String> DROPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title",
            "meta", "link", "button", "input", "select", "textarea", "form", "canvas", "audio", "video");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "ul", "ol", "pre", "section",
            "article", "header", "footer", "main", "aside", "figure", "figcaption", "table", "tr", "td", "th",
            "dl", "dt", "dd", "address", "hr", "nav", "body", "html", "tbody", "thead");

    private static final Set<String> EXPLICIT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li");

    private final List<Block> blocks = new ArrayList<>();
    private final List<Run> currentRuns = new ArrayList<>();
    private BlockType currentType = BlockType.PARAGRAPH;
    private boolean currentOpen;

    private HtmlDocumentParser() {}

    public static Document parse(String html) {
        HtmlDocumentParser parser = new HtmlDocumentParser();
        Element body = Jsoup.parseBodyFragment(html).body();
        parser.walkChildren(body, new Context(BlockType.PARAGRAPH, EnumSet.noneOf(Mark.class), null));
        parser.closeBlock();
        return new Document(parser.blocks);
    }

    private record Context(BlockType blockType, Set<Mark> marks, String href) {
        Context withMark(Mark mark) {
            EnumSet<Mark> more = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
            more.add(mark);
            return new Context(blockType, more, href);
        }

        Context withoutMark(Mark mark) {
            if (!marks.contains(mark)) {
                return this;
            }
            EnumSet<Mark> fewer = EnumSet.copyOf(marks);
            fewer.remove(mark);
            return new Context(blockType, fewer, href);
        }
    }

    private void walkChildren(Element element, Context context) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                addText(text.getWholeText(), context);
            } else if (child instanceof Element childElement) {
                walk(childElement, context);
            }
        }
    }

    private void walk(Element element, Context context) {
        String tag = element.normalName();
        if (DROPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            closeBlock(); // a line break starts a new block of the same kind; "<p><br></p>" stays one empty block
            return;
        }
        Context inner = withInlineStyle(element, withTagMarks(tag, element, context));
        if (!BLOCKS.contains(tag)) {
            walkChildren(element, inner);
            return;
        }
        BlockType type = blockTypeFor(tag, element, context.blockType());
        if (currentOpen && currentRuns.isEmpty()) {
            currentOpen = false; // an empty block interrupted by a nested one: the nested one is the content
        } else {
            closeBlock();
        }
        Context blockContext = new Context(type, inner.marks(), inner.href());
        if (EXPLICIT_BLOCKS.contains(tag)) {
            openBlock(type); // so that an empty <p></p> or <li></li> is kept as an empty block
        }
        walkChildren(element, blockContext);
        closeBlock();
    }

    private static BlockType blockTypeFor(String tag, Element element, BlockType outer) {
        return switch (tag) {
            case "h1", "h2" -> BlockType.HEADING_2;
            case "h3" -> BlockType.HEADING_3;
            case "h4", "h5", "h6" -> BlockType.HEADING_4;
            case "blockquote" -> BlockType.QUOTE;
            case "ul" -> BlockType.BULLETED_ITEM;
            case "ol" -> BlockType.NUMBERED_ITEM;
            case "li" -> outer.isListItem() ? outer
                    : element.parent() != null && element.parent().normalName().equals("ol")
                            ? BlockType.NUMBERED_ITEM : BlockType.BULLETED_ITEM;
            default -> outer.isHeading() ? BlockType.PARAGRAPH : outer;
        };
    }

    private static Context withTagMarks(String tag, Element element, Context context) {
        return switch (tag) {
            case "b", "strong" -> context.withMark(Mark.BOLD);
            case "i", "em", "cite", "dfn" -> context.withMark(Mark.ITALIC);
            case "u", "ins" -> context.withMark(Mark.UNDERLINE);
            case "s", "strike", "del" -> context.withMark(Mark.STRIKETHROUGH);
            case "code", "kbd", "samp", "tt" -> context.withMark(Mark.CODE);
            case "a" -> {
                String href = element.attr("href").strip();
                yield Links.isSafe(href) ? new Context(context.blockType(), context.marks(), href) : context;
            }
            default -> context;
        };
    }

    /** Word processors and Google Docs mark bold and italic with inline styles rather than tags. */
    private static Context withInlineStyle(Element element, Context context) {
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.isEmpty()) {
            return context;
        }
        Context result = context;
        if (style.contains("font-weight:bold") || style.matches(".*font-weight:[6-9]00.*")) {
            result = result.withMark(Mark.BOLD);
        } else if (style.contains("font-weight:normal") || style.matches(".*font-weight:[1-4]00.*")) {
            result = result.withoutMark(Mark.BOLD);
        }
        if (style.contains("font-style:italic")) {
            result = result.withMark(Mark.ITALIC);
        }
        if (style.contains("underline")) {
            result = result.withMark(Mark.UNDERLINE);
        }
        if (style.contains("line-through")) {
            result = result.withMark(Mark.STRIKETHROUGH);
        }
        return result;
    }

    private void addText(String text, Context context) {
        String folded = text.replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (folded.isEmpty()) {
            return;
        }
        if (!currentOpen) {
            if (folded.isBlank()) {
                return; // white space between blocks is layout, not content
            }
            openBlock(context.blockType());
        }
        currentRuns.add(new Run(folded, context.marks(), context.href()));
    }

    private void openBlock(BlockType type) {
        currentType = type;
        currentOpen = true;
    }

    private void closeBlock() {
        if (currentOpen) {
            blocks.add(new Block(currentType, currentRuns));
        }
        currentRuns.clear();
        currentOpen = false;
    }
}
