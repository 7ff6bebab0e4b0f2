package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.Timestamps;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The audit trail as JSON: {@code {"format":"newsdesk-audit","version":1,"exportedAt":…,"entries":[…]}}. */
public final class AuditJsonWriter {
    private final JsonGenerator out;

    public AuditJsonWriter(OutputStream stream, Instant exportedAt) {
        try {
            out = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8);
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.writeStartObject();
            out.writeStringField("format", "newsdesk-audit");
            out.writeNumberField("version", 1);
            out.writeStringField("exportedAt", Timestamps.format(exportedAt));
            out.writeArrayFieldStart("entries");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void entry(AuditEntry entry) {
        try {
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeNumberField("id", entry.id());
            out.writeStringField("at", Timestamps.format(entry.at()));
            out.writeStringField("actor", entry.actor());
            out.writeStringField("action", entry.action());
            out.writeStringField("recordType", entry.recordType());
            if (entry.recordId() == null) {
                out.writeNullField("recordId");
            } else {
                out.writeNumberField("recordId", entry.recordId());
            }
            out.writeStringField("detail", entry.detail());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void finish() {
        try {
            out.writeRaw('\n');
            out.writeEndArray();
            out.writeEndObject();
            out.writeRaw('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
