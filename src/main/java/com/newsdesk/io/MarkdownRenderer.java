package com.newsdesk.io;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;

/** Writes a document as CommonMark; what Markdown cannot mark (underline) becomes inline HTML. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    public static String render(Document document) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        var previous = (com.newsdesk.domain.document.BlockType) null;
        for (Block block : document.blocks()) {
            number = block.type() == com.newsdesk.domain.document.BlockType.NUMBERED_ITEM ? number + 1 : 0;
            boolean sameList = block.type() == previous && block.type().isListItem();
            if (!out.isEmpty()) {
                out.append(sameList ? "\n" : "\n\n");
            }
            switch (block.type()) {
                case HEADING_2 -> out.append("## ");
                case HEADING_3 -> out.append("### ");
                case HEADING_4 -> out.append("#### ");
                case QUOTE -> out.append("> ");
                case BULLETED_ITEM -> out.append("- ");
                case NUMBERED_ITEM -> out.append(number).append(". ");
                default -> { }
            }
            block.runs().forEach(run -> appendRun(out, run));
            previous = block.type();
        }
        return out.append('\n').toString();
    }

    private static void appendRun(StringBuilder out, Run run) {
        String text = run.has(Mark.CODE) ? "`" + run.text().replace("`", "\\`") + "`" : escape(run.text());
        if (run.has(Mark.UNDERLINE)) {
            text = "<u>" + text + "</u>";
        }
        if (run.has(Mark.STRIKETHROUGH)) {
            text = "~~" + text + "~~";
        }
        if (run.has(Mark.ITALIC)) {
            text = "*" + text + "*";
        }
        if (run.has(Mark.BOLD)) {
            text = "**" + text + "**";
        }
        if (run.isLink()) {
            text = "[" + text + "](" + run.href().replace(")", "%29").replace(" ", "%20") + ")";
        }
        out.append(text);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
