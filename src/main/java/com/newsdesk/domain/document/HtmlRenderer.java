package com.newsdesk.domain.document;

import java.util.List;

/**
 * Renders a document as clean, safe HTML: only the tags the model knows, every text escaped, unsafe links left as
 * plain text. Consecutive list items share one list and consecutive quotes one blockquote.
 */
public final class HtmlRenderer {
    private HtmlRenderer() {}

    public static String render(Document document) {
        return render(document, null);
    }

    /** As above, every link given {@code rel} (such as "nofollow ugc" for what readers wrote); null for none. */
    public static String render(Document document, String rel) {
        StringBuilder html = new StringBuilder();
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            BlockType previous = i > 0 ? blocks.get(i - 1).type() : null;
            BlockType next = i + 1 < blocks.size() ? blocks.get(i + 1).type() : null;
            String group = groupTag(block.type());
            if (group != null && previous != block.type()) {
                html.append('<').append(group).append('>');
            }
            String tag = blockTag(block.type());
            html.append('<').append(tag).append('>');
            block.runs().forEach(run -> appendRun(html, run, rel));
            html.append("</").append(tag).append('>');
            if (group != null && next != block.type()) {
                html.append("</").append(group).append('>');
            }
            html.append('\n');
        }
        return html.toString();
    }

    private static String groupTag(BlockType type) {
        return switch (type) {
            case BULLETED_ITEM -> "ul";
            case NUMBERED_ITEM -> "ol";
            case QUOTE -> "blockquote";
            default -> null;
        };
    }

    private static String blockTag(BlockType type) {
        return switch (type) {
            case PARAGRAPH, QUOTE -> "p";
            case HEADING_2 -> "h2";
            case HEADING_3 -> "h3";
            case HEADING_4 -> "h4";
            case BULLETED_ITEM, NUMBERED_ITEM -> "li";
        };
    }

    /** The tag each mark renders as; the HTML parser reads these (and their synonyms) back. */
    public static String markTag(Mark mark) {
        return switch (mark) {
            case BOLD -> "strong";
            case ITALIC -> "em";
            case UNDERLINE -> "u";
            case STRIKETHROUGH -> "s";
            case CODE -> "code";
        };
    }

    private static void appendRun(StringBuilder html, Run run, String rel) {
        boolean link = run.isLink() && Links.isSafe(run.href());
        if (link) {
            html.append("<a href=\"").append(escape(run.href().strip(), true)).append('"');
            if (rel != null) {
                html.append(" rel=\"").append(escape(rel, true)).append('"');
            }
            html.append('>');
        }
        for (Mark mark : run.marks()) {
            html.append('<').append(markTag(mark)).append('>');
        }
        html.append(escape(run.text(), false));
        Mark[] marks = run.marks().toArray(new Mark[0]);
        for (int i = marks.length - 1; i >= 0; i--) {
            html.append("</").append(markTag(marks[i])).append('>');
        }
        if (link) {
            html.append("</a>");
        }
    }

    /** Escapes text for an HTML text node or a double-quoted attribute value. */
    public static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\'' -> escaped.append(attribute ? "&#39;" : "'");
                case '\u00A0' -> escaped.append("&nbsp;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
