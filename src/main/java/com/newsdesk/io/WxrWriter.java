package com.newsdesk.io;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.document.HtmlRenderer;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Articles with their comments as a WordPress export, WXR 1.2, as wordpress-importer's parser reads it: one item a
 * post (title, slug, status, dates, author, HTML content, excerpt, tags and category), one {@code wp:comment} a
 * comment (author, address, IP, dates, HTML content, decision, parent). Written a post at a time.
 */
public final class WxrWriter implements AutoCloseable {
    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RSS_TIME = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;

    public WxrWriter(OutputStream out, String siteTitle, Instant now) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("excerpt", WP + "excerpt/");
            xml.writeNamespace("content", "http://purl.org/rss/1.0/modules/content/");
            xml.writeNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
            xml.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
            xml.writeNamespace("wp", WP);
            xml.writeCharacters("\n");
            xml.writeStartElement("channel");
            text("title", siteTitle);
            text("pubDate", RSS_TIME.format(now));
            text("generator", "Newsdesk");
            wp("wxr_version", "1.2");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** One post and the comments on it (oldest first; a reply's parent is among them or left at 0). */
    public void post(Article article, List<Comment> comments) {
        try {
            xml.writeCharacters("\n");
            xml.writeStartElement("item");
            text("title", article.headline());
            Instant published = article.status() == ArticleStatus.SCHEDULED && article.scheduledAt() != null
                    ? article.scheduledAt() : article.publishedAt() != null ? article.publishedAt() : article.createdAt();
            text("pubDate", RSS_TIME.format(published));
            xml.writeStartElement("dc", "creator", "http://purl.org/dc/elements/1.1/");
            cdata(article.byline());
            xml.writeEndElement();
            xml.writeStartElement("content", "encoded", "http://purl.org/rss/1.0/modules/content/");
            cdata(HtmlRenderer.render(article.body()));
            xml.writeEndElement();
            xml.writeStartElement("excerpt", "encoded", WP + "excerpt/");
            cdata(!article.extras().excerpt().isEmpty() ? article.extras().excerpt() : article.dek());
            xml.writeEndElement();
            wp("post_id", Long.toString(article.id()));
            wp("post_date", WP_TIME.format(published));
            wp("post_date_gmt", WP_TIME.format(published));
            wp("post_modified_gmt", WP_TIME.format(article.updatedAt()));
            wp("comment_status", "open");
            wp("post_name", article.slug());
            wp("status", status(article));
            wp("post_type", "post");
            wp("post_password", "");
            if (!article.section().isEmpty()) {
                category("category", article.section());
            }
            for (String tag : article.tags()) {
                category("post_tag", tag);
            }
            for (Comment comment : comments) {
                comment(comment);
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** WordPress's post statuses: "pending" is its review, "future" its schedule, "private" what left the site. */
    static String status(Article article) {
        if (article.extras().isStub()) { // a post that came from the site: what it was there
            String source = article.extras().stubOf();
            String status = source.startsWith("wordpress:") ? source.substring("wordpress:".length()) : "draft";
            return status.contains("+") ? status.substring(0, status.indexOf('+')) : status;
        }
        return switch (article.status()) {
            case DRAFT -> "draft";
            case IN_REVIEW -> "pending";
            case SCHEDULED -> "future";
            case PUBLISHED -> "publish";
            case ARCHIVED -> "private";
        };
    }

    /** The status a WordPress post status names; what Newsdesk does not know is a draft. */
    public static ArticleStatus articleStatus(String wordpress) {
        return switch (wordpress == null ? "" : wordpress.strip()) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            case "pending" -> ArticleStatus.IN_REVIEW;
            case "private" -> ArticleStatus.ARCHIVED;
            default -> ArticleStatus.DRAFT;
        };
    }

    private void comment(Comment comment) throws XMLStreamException {
        xml.writeStartElement("wp", "comment", WP);
        wp("comment_id", Long.toString(comment.id()));
        wpCdata("comment_author", comment.authorName());
        wpCdata("comment_author_email", comment.authorEmail());
        wp("comment_author_url", "");
        wpCdata("comment_author_IP", comment.authorIp());
        wp("comment_date", WP_TIME.format(comment.submittedAt()));
        wp("comment_date_gmt", WP_TIME.format(comment.submittedAt()));
        // WordPress stores comments as HTML: a text comment goes as its safe HTML, an HTML one as it came.
        wpCdata("comment_content", comment.bodyIsHtml() ? comment.body() : CommentBodies.html(comment));
        wp("comment_approved", switch (comment.status()) {
            case APPROVED -> "1";
            case PENDING -> "0";
            case SPAM -> "spam";
            case TRASH -> "trash";
        });
        wp("comment_type", "comment");
        wp("comment_parent", comment.parentId() == null ? "0" : Long.toString(comment.parentId()));
        wp("comment_user_id", "0");
        xml.writeEndElement();
    }

    private void category(String domain, String name) throws XMLStreamException {
        xml.writeStartElement("category");
        xml.writeAttribute("domain", domain);
        xml.writeAttribute("nicename", com.newsdesk.domain.Slugs.fromHeadline(name));
        cdata(name);
        xml.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void wp(String element, String value) throws XMLStreamException {
        xml.writeStartElement("wp", element, WP);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void wpCdata(String element, String value) throws XMLStreamException {
        xml.writeStartElement("wp", element, WP);
        cdata(value);
        xml.writeEndElement();
    }

    /** CDATA as WordPress writes it; "]]>" inside is split across two sections, which readers join. */
    private void cdata(String value) throws XMLStreamException {
        String[] parts = value.split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            xml.writeCData((i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : ""));
        }
    }

    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }
}
