package com.newsdesk.io;

import static com.newsdesk.io.JsonIo.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleExtras;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.Correction;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.Timestamps;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Writes a Newsdesk export as a stream, one record at a time, so memory stays flat whatever the newsroom's size.
 * Call {@link #startSection}, the record methods, {@link #endSection}, then {@link #finish}. Each record stands
 * on its own line, so large exports stay readable with line tools.
 */
public final class NewsroomJsonWriter implements Closeable {
    private static final byte[] FIRST_RECORD = {'\n'};
    private static final byte[] NEXT_RECORD = {'\n', ','};

    private final OutputStream stream;
    private final JsonGenerator out;
    private boolean recordsInSection;

    public NewsroomJsonWriter(OutputStream stream, Instant exportedAt) {
        this.stream = stream;
        out = JsonIo.generator(stream);
        io(() -> {
            out.writeStartObject();
            out.writeStringField("format", NewsroomJson.FORMAT);
            out.writeNumberField("version", NewsroomJson.VERSION);
            out.writeStringField("exportedAt", Timestamps.format(exportedAt));
        });
    }

    public void startSection(String name) {
        recordsInSection = false;
        io(() -> {
            out.writeRaw('\n');
            out.writeArrayFieldStart(name);
        });
    }

    public void endSection() {
        io(() -> {
            out.writeRaw('\n');
            out.writeEndArray();
        });
    }

    public void article(Article article) {
        io(() -> {
            out.writeRaw('\n');
            writeArticle(out, article);
        });
    }

    /** One article object of the format; also what {@code export-article --format json} writes. */
    static void writeArticle(JsonGenerator out, Article article) throws IOException {
        out.writeStartObject();
        writeArticleFields(out, article);
        out.writeEndObject();
    }

    private static void writeArticleFields(JsonGenerator out, Article article) throws IOException {
        out.writeNumberField("id", article.id());
        out.writeStringField("slug", article.slug());
        out.writeStringField("headline", article.headline());
        out.writeStringField("dek", article.dek());
        out.writeStringField("byline", article.byline());
        out.writeStringField("section", article.section());
        writeStrings(out, "tags", article.tags());
        out.writeStringField("language", article.language());
        out.writeStringField("status", article.status().code());
        out.writeFieldName("body");
        DocumentJson.write(article.body(), out);
        out.writeStringField("bodyText", article.bodyText());
        writeInstant(out, "createdAt", article.createdAt());
        writeInstant(out, "updatedAt", article.updatedAt());
        writeInstant(out, "publishedAt", article.publishedAt());
        writeInstant(out, "scheduledAt", article.scheduledAt());
        out.writeNumberField("version", article.version());
        out.writeStringField("createdBy", article.createdBy());
        writeExtras(out, article.extras());
    }

    private static void writeExtras(JsonGenerator out, ArticleExtras extras) throws IOException {
        out.writeStringField("excerpt", extras.excerpt());
        out.writeStringField("seoTitle", extras.seoTitle());
        out.writeStringField("metaDescription", extras.metaDescription());
        if (extras.hasImage()) {
            out.writeObjectFieldStart("featuredImage");
            out.writeStringField("file", extras.imageFile());
            out.writeStringField("alt", extras.imageAlt());
            out.writeStringField("caption", extras.imageCaption());
            out.writeEndObject();
        } else {
            out.writeNullField("featuredImage");
        }
        writeInstant(out, "embargoAt", extras.embargoAt());
        if (extras.isStub()) { // only stubs carry it, so exports of real articles read as before
            out.writeStringField("stubOf", extras.stubOf());
        }
    }

    /** A published article's changes not yet live: the article's editable fields, who saved them and when. */
    public void pendingChanges(com.newsdesk.domain.PendingChanges pending) {
        draftObject(pending, null);
    }

    /** An offline version kept in conflict: as pending changes, with the revision made of it. */
    public void offlineConflict(com.newsdesk.domain.offline.OfflineConflict conflict) {
        draftObject(conflict.offline(), conflict.revisionId());
    }

    private void draftObject(com.newsdesk.domain.PendingChanges pending, Long revisionId) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeNumberField("articleId", pending.articleId());
            if (revisionId != null) {
                out.writeNumberField("revisionId", revisionId);
            }
            com.newsdesk.domain.ArticleDraft draft = pending.draft();
            out.writeStringField("slug", draft.slug());
            out.writeStringField("headline", draft.headline());
            out.writeStringField("dek", draft.dek());
            out.writeStringField("byline", draft.byline());
            out.writeStringField("section", draft.section());
            writeStrings(out, "tags", draft.tags());
            out.writeStringField("language", draft.language());
            out.writeFieldName("body");
            DocumentJson.write(draft.body(), out);
            writeInstant(out, "scheduledAt", draft.scheduledAt());
            writeExtras(out, draft.extras());
            out.writeStringField("savedBy", pending.savedBy());
            writeInstant(out, "savedAt", pending.savedAt());
            out.writeEndObject();
        });
    }

    /** A word of the newsroom's dictionary ({@code dictionary}) or a rule it ignores ({@code ignoredRules}). */
    public void writingListEntry(String field, com.newsdesk.domain.writing.WritingLists.Entry entry) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeStringField(field, entry.value());
            out.writeStringField("addedBy", entry.addedBy());
            writeInstant(out, "addedAt", entry.addedAt());
            out.writeEndObject();
        });
    }

    /** An entry of the house style. */
    public void styleRule(com.newsdesk.domain.writing.StyleRule rule) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeStringField("avoid", rule.avoid());
            out.writeStringField("prefer", rule.prefer());
            out.writeStringField("note", rule.note());
            out.writeEndObject();
        });
    }

    /** A deleted draft in the trash (the article itself is in the articles section). */
    public void deleted(com.newsdesk.domain.DeletedArticle deleted) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeNumberField("articleId", deleted.articleId());
            writeInstant(out, "deletedAt", deleted.deletedAt());
            out.writeStringField("deletedBy", deleted.deletedBy());
            out.writeEndObject();
        });
    }

    public void correction(Correction correction) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeNumberField("id", correction.id());
            out.writeNumberField("articleId", correction.articleId());
            writeInstant(out, "at", correction.at());
            out.writeStringField("author", correction.author());
            out.writeStringField("note", correction.note());
            out.writeEndObject();
        });
    }

    public void revision(ArticleRevision revision) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            writeRevisionFields(out, revision);
            out.writeEndObject();
        });
    }

    private static void writeRevisionFields(JsonGenerator out, ArticleRevision revision) throws IOException {
        out.writeNumberField("id", revision.id());
        out.writeNumberField("articleId", revision.articleId());
        out.writeStringField("headline", revision.headline());
        out.writeFieldName("body");
        DocumentJson.write(revision.body(), out);
        out.writeStringField("author", revision.author());
        out.writeStringField("note", revision.note());
        writeInstant(out, "createdAt", revision.createdAt());
    }

    public void comment(Comment comment) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            writeCommentFields(out, comment);
            out.writeEndObject();
        });
    }

    /** The comment fields of the format; the site export writes the same ones and adds its own. */
    static void writeCommentFields(JsonGenerator out, Comment comment) throws IOException {
        out.writeNumberField("id", comment.id());
        out.writeNumberField("articleId", comment.articleId());
        if (comment.parentId() == null) {
            out.writeNullField("parentId");
        } else {
            out.writeNumberField("parentId", comment.parentId());
        }
        out.writeStringField("authorName", comment.authorName());
        out.writeStringField("authorEmail", comment.authorEmail());
        if (!comment.authorIp().isEmpty()) {
            out.writeStringField("authorIp", comment.authorIp());
        }
        out.writeStringField("body", comment.body());
        if (comment.bodyIsHtml()) { // only then: exports of text comments read as before
            out.writeStringField("bodyFormat", "html");
        }
        out.writeStringField("status", comment.status().code());
        out.writeStringField("reason", comment.reason());
        writeInstant(out, "submittedAt", comment.submittedAt());
        out.writeStringField("decidedBy", comment.decidedBy());
        writeInstant(out, "decidedAt", comment.decidedAt());
    }

    public void subscriber(Subscriber subscriber) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            writeSubscriberFields(out, subscriber);
            out.writeEndObject();
        });
    }

    /**
     * Records of the current section already encoded (UTF-8, one object each, joined by a line break and a comma) as
     * this writer would encode them, e.g. by SQLite or by {@link #subscriberRecords}. A section is written either so
     * or record by record, never both.
     */
    public void records(byte[] joined) {
        if (joined.length == 0) {
            return;
        }
        io(() -> {
            out.flush();
            stream.write(recordsInSection ? NEXT_RECORD : FIRST_RECORD);
            stream.write(joined);
        });
        recordsInSection = true;
    }

    /** Subscribers encoded as {@link #records} takes them, exactly as {@link #subscriber} writes them. */
    public static byte[] subscriberRecords(List<Subscriber> subscribers) {
        return records(subscribers, NewsroomJsonWriter::writeSubscriberFields);
    }

    /** Articles encoded as {@link #records} takes them, exactly as {@link #article} writes them. */
    public static byte[] articleRecords(List<Article> articles) {
        return records(articles, NewsroomJsonWriter::writeArticleFields);
    }

    /** Revisions encoded as {@link #records} takes them, exactly as {@link #revision} writes them. */
    public static byte[] revisionRecords(List<ArticleRevision> revisions) {
        return records(revisions, NewsroomJsonWriter::writeRevisionFields);
    }

    /** Comments encoded as {@link #records} takes them, exactly as {@link #comment} writes them. */
    public static byte[] commentRecords(List<Comment> comments) {
        return records(comments, NewsroomJsonWriter::writeCommentFields);
    }

    @FunctionalInterface
    private interface Fields<T> {
        void write(JsonGenerator out, T record) throws IOException;
    }

    private static <T> byte[] records(List<T> records, Fields<T> fields) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(records.size() * 320);
        io(() -> {
            try (JsonGenerator out = JsonIo.generator(bytes)) {
                out.setRootValueSeparator(null); // the records are joined here, by a line break and a comma
                boolean first = true;
                for (T record : records) {
                    if (!first) {
                        out.writeRaw("\n,");
                    }
                    first = false;
                    out.writeStartObject();
                    fields.write(out, record);
                    out.writeEndObject();
                }
            }
        });
        return bytes.toByteArray();
    }

    /** The subscriber fields of the format; the export of one person's data writes the same ones. */
    static void writeSubscriberFields(JsonGenerator out, Subscriber subscriber) throws IOException {
        out.writeNumberField("id", subscriber.id());
        out.writeStringField("email", subscriber.email());
        out.writeStringField("name", subscriber.name());
        out.writeStringField("status", subscriber.status().code());
        writeStrings(out, "labels", subscriber.labels());
        out.writeStringField("source", subscriber.source());
        writeInstant(out, "subscribedAt", subscriber.subscribedAt());
        writeInstant(out, "unsubscribedAt", subscriber.unsubscribedAt());
        writeInstant(out, "createdAt", subscriber.createdAt());
        writeInstant(out, "updatedAt", subscriber.updatedAt());
        if (!subscriber.note().isEmpty()) { // only when there is one: exports without read as before
            out.writeStringField("note", subscriber.note());
        }
        if (!subscriber.attributes().isEmpty()) {
            out.writeFieldName("attributes");
            out.writeRawValue(subscriber.attributes()); // a JSON object, checked when it came in
        }
    }

    /** Closes the document and flushes it; the output stream stays open for its owner to close. */
    public void finish() {
        io(() -> {
            out.writeRaw('\n');
            out.writeEndObject();
            out.writeRaw('\n');
            out.flush();
        });
    }

    @Override
    public void close() {
        io(out::close);
    }

    private static void writeStrings(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    static void writeInstant(JsonGenerator out, String field, Instant value) throws IOException {
        if (value == null) {
            out.writeNullField(field);
        } else {
            out.writeStringField(field, Timestamps.format(value));
        }
    }
}
