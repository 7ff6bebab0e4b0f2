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
                out.writeStringField("exportedAt", exportedAt.toString());
                out.writeFieldName("subscriber");
                if (subscriber == null) {
                    out.writeNull();
                } else {
                    out.writeStartObject();
                    out.writeStringField("email", subscriber.email());
                    out.writeStringField("name", subscriber.name());
                    out.writeStringField("status", subscriber.status().code());
                    out.writeArrayFieldStart("labels");
                    for (String label : subscriber.labels()) {
                        out.writeString(label);
                    }
                    out.writeEndArray();
                    out.writeStringField("source", subscriber.source());
                    writeTime(out, "subscribedAt", subscriber.subscribedAt());
                    writeTime(out, "unsubscribedAt", subscriber.unsubscribedAt());
                    writeTime(out, "createdAt", subscriber.createdAt());
                    writeTime(out, "updatedAt", subscriber.updatedAt());
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

    private static void writeTime(JsonGenerator out, String field, Instant instant) throws java.io.IOException {
        if (instant == null) {
            out.writeNullField(field);
        } else {
            out.writeStringField(field, instant.toString());
        }
    }
}
