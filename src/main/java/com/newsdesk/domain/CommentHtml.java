package com.newsdesk.domain;

import com.newsdesk.domain.document.HtmlRenderer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's comment as HTML a site can show: every character of the text escaped (tags, attributes and entities
 * typed by a reader are shown as typed, never interpreted), line breaks kept, and bare http(s) addresses made links
 * with {@code rel="nofollow ugc"}. Nothing a browser could run comes out: no markup from the reader survives.
 */
public final class CommentHtml {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}»”’";

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>[ \\t]*\\n?|</p\\s*>\\s*(<p[^>]*>)?|<p[^>]*>");
    /** What a browser never shows as text: a script's or a style's content. */
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private CommentHtml() {}

    /**
     * A comment body stored as HTML (as WordPress stores them: allowed tags, entities, {@code <br />}, paragraphs)
     * as a reader reads it: line and paragraph breaks as new lines, other tags gone, entities decoded once.
     */
    public static String toPlainText(String html) {
        String visible = HIDDEN.matcher(html.replace("\r\n", "\n")).replaceAll("");
        String lines = BREAK.matcher(visible).replaceAll("\n");
        String text = TextMatching.decodeEntities(TAG.matcher(lines).replaceAll(""));
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    public static String render(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder html = new StringBuilder(normalized.length() + 32);
        Matcher link = LINK.matcher(normalized);
        int last = 0;
        while (link.find()) {
            int end = link.end();
            while (end > link.start() && TRAILING.indexOf(normalized.charAt(end - 1)) >= 0) {
                end--; // "see https://example.org." links the address, not the full stop
            }
            appendText(html, normalized.substring(last, link.start()));
            String href = normalized.substring(link.start(), end);
            html.append("<a href=\"").append(HtmlRenderer.escape(href, true)).append("\" rel=\"nofollow ugc\">")
                    .append(HtmlRenderer.escape(href, false)).append("</a>");
            last = end;
        }
        appendText(html, normalized.substring(last));
        return html.toString();
    }

    private static void appendText(StringBuilder html, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.append("<br>");
            }
            html.append(HtmlRenderer.escape(lines[i], true));
        }
    }
}
