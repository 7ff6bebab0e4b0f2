package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.document.HtmlRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One article as a standalone HTML page, as Markdown, or as the export format's article object. */
public final class ArticleFileWriter {
    private ArticleFileWriter() {}

    public static String html(Article article) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"").append(HtmlRenderer.escape(article.language(), true))
                .append('"').append(isRightToLeft(article.language()) ? " dir=\"rtl\"" : "").append(">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(HtmlRenderer.escape(article.headline(), false))
                .append("</title>\n");
        String description = article.extras().metaDescription().isBlank() ? article.dek()
                : article.extras().metaDescription();
        if (!description.isBlank()) {
            page.append("<meta name=\"description\" content=\"").append(HtmlRenderer.escape(description, true))
                    .append("\">\n");
        }
        page.append("</head>\n<body>\n<article>\n<h1>").append(HtmlRenderer.escape(article.headline(), false))
                .append("</h1>\n");
        if (!article.dek().isBlank()) {
            page.append("<p class=\"dek\">").append(HtmlRenderer.escape(article.dek(), false)).append("</p>\n");
        }
        if (!article.byline().isBlank()) {
            page.append("<p class=\"byline\">").append(HtmlRenderer.escape(article.byline(), false)).append("</p>\n");
        }
        if (article.publishedAt() != null) {
            String when = Timestamps.format(article.publishedAt());
            page.append("<time datetime=\"").append(when).append("\">").append(when, 0, 10).append("</time>\n");
        }
        if (article.extras().hasImage()) {
            page.append("<figure><img src=\"assets/").append(HtmlRenderer.escape(article.extras().imageFile(), true))
                    .append("\" alt=\"").append(HtmlRenderer.escape(article.extras().imageAlt(), true)).append("\">");
            if (!article.extras().imageCaption().isBlank()) {
                page.append("<figcaption>").append(HtmlRenderer.escape(article.extras().imageCaption(), false))
                        .append("</figcaption>");
            }
            page.append("</figure>\n");
        }
        page.append(HtmlRenderer.render(article.body())).append("</article>\n</body>\n</html>\n");
        return page.toString();
    }

    /**
     * The article as CommonMark with YAML front matter (title, slug, date, author, description, tags, categories,
     * lang), as Jekyll, Hugo and Ghost read it; it imports back to the same article. Nothing renders as live HTML or
     * a link: front matter values are quoted with Markdown's and HTML's characters escaped, the text is escaped.
     */
    public static String markdown(Article article) {
        return new FrontMatter(oneLine(article.headline()), oneLine(article.dek()), oneLine(article.byline()),
                article.publishedAt(), article.tags(), article.section(), article.slug(), article.language()).write()
                + "\n" + MarkdownRenderer.render(article.body());
    }

    public static String json(Article article) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = new ObjectMapper().getFactory().createGenerator(text)) {
            NewsroomJsonWriter.writeArticle(out, article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static boolean isRightToLeft(String language) {
        return language.startsWith("ar") || language.startsWith("he") || language.startsWith("fa")
                || language.startsWith("ur");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
