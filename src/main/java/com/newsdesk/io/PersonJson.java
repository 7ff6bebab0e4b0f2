package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.Subscriber;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/** Everything the newsroom holds about one address, for a person who asks (a subject access request). */
public final class PersonJson {
    private PersonJson() {}

    public static void write(OutputStream stream, String email, Instant exportedAt, Subscriber subscriber,
            List<CommentSummary> comments) {
        JsonIo.io(() -> {
            try (JsonGenerator out = JsonIo.generator(stream)) {
                out.useDefaultPrettyPrinter();
                out.writeStartObject();
                out.writeStringField("format", "newsdesk-person");
                out.writeNumberField("version", 1);
                out.writeStringField("email", email);
                NewsroomJsonWriter.writeInstant(out, "exportedAt", exportedAt);
                out.writeFieldName("subscriber");
                if (subscriber == null) {
                    out.writeNull();
                } else {
                    out.writeStartObject();
                    NewsroomJsonWriter.writeSubscriberFields(out, subscriber);
                    out.writeEndObject();
                }
                out.writeArrayFieldStart("comments");
                for (CommentSummary row : comments) {
                    out.writeStartObject();
                    NewsroomJsonWriter.writeCommentFields(out, row.comment());
                    out.writeStringField("articleHeadline", row.articleHeadline());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        });
    }
}
