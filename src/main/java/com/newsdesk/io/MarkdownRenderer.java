package com.newsdesk.io;

import com.newsdesk.domain.document.Links;
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
            int start = out.length();
            block.runs().forEach(run -> appendRun(out, run));
            escapeBlockStart(out, start);
            previous = block.type();
        }
        return out.append('\n').toString();
    }

    private static void appendRun(StringBuilder out, Run run) {
        String text = run.has(Mark.CODE) ? codeSpan(run.text()) : escape(run.text());
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
        if (run.isLink() && Links.isSafe(run.href())) { // an unsafe target is written as its text alone
            text = "[" + text + "](" + destination(run.href()) + ")";
        }
        out.append(text);
    }

    /**
     * Text that Markdown shows as written: every character it would read as markup, an HTML tag or an entity is
     * escaped with a backslash, so nothing a writer typed becomes live HTML or a link.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#&~!|".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A line that would start a heading, list, quote, rule or table stays a paragraph. */
    private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile("^(\\d{1,9})([.)])|^[-+=>]");

    private static void escapeBlockStart(StringBuilder out, int start) {
        java.util.regex.Matcher matcher = BLOCK_START.matcher(out.subSequence(start, out.length()));
        if (matcher.find()) {
            out.insert(start + (matcher.group(1) == null ? 0 : matcher.group(1).length()), '\\');
        }
    }

    /**
     * A code span holding backticks: fenced with one backtick more than its longest run inside (a backslash does
     * not escape within a code span), padded when it starts or ends with one.
     */
    static String codeSpan(String code) {
        int longest = 0;
        int current = 0;
        for (char c : code.toCharArray()) {
            current = c == '`' ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        String fence = "`".repeat(longest + 1);
        String pad = code.startsWith("`") || code.endsWith("`") || (code.startsWith(" ") && code.endsWith(" ")
                && !code.isBlank()) ? " " : "";
        return fence + pad + code.replace('\n', ' ') + pad + fence;
    }

    /** A link target written so that Markdown reads it back exactly: no entity or escape in it is decoded. */
    static String destination(String href) {
        StringBuilder out = new StringBuilder(href.length());
        for (char c : href.toCharArray()) {
            if (c == ' ') {
                out.append("%20");
            } else {
                if ("\\&()<>".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
