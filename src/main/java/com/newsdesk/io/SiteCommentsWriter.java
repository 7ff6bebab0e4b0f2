package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentHtml;
import com.newsdesk.domain.Timestamps;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Comments for the site as a streamed JSON array: the export's comment fields plus articleSlug and safe html. */
public final class SiteCommentsWriter {
    private final JsonGenerator out;

    public SiteCommentsWriter(OutputStream stream) {
        try {
            out = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8);
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void comment(Comment comment, String articleSlug) {
        try {
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeNumberField("id", comment.id());
            out.writeNumberField("articleId", comment.articleId());
            out.writeStringField("articleSlug", articleSlug);
            if (comment.parentId() == null) {
                out.writeNullField("parentId");
            } else {
                out.writeNumberField("parentId", comment.parentId());
            }
            out.writeStringField("authorName", comment.authorName());
            out.writeStringField("authorEmail", comment.authorEmail());
            out.writeStringField("body", comment.body());
            out.writeStringField("html", CommentHtml.render(comment.body()));
            out.writeStringField("status", comment.status().code());
            out.writeStringField("reason", comment.reason());
            out.writeStringField("submittedAt", Timestamps.format(comment.submittedAt()));
            out.writeStringField("decidedBy", comment.decidedBy());
            out.writeStringField("decidedAt", Timestamps.format(comment.decidedAt()));
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void finish() {
        try {
            out.writeRaw('\n');
            out.writeEndArray();
            out.writeRaw('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
