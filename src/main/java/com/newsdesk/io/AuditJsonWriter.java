package com.newsdesk.io;

import static com.newsdesk.io.JsonIo.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.Timestamps;
import java.io.OutputStream;
import java.time.Instant;

/** The audit trail as JSON: {@code {"format":"newsdesk-audit","version":1,"exportedAt":…,"entries":[…]}}. */
public final class AuditJsonWriter {
    private final JsonGenerator out;

    public AuditJsonWriter(OutputStream stream, Instant exportedAt) {
        out = JsonIo.generator(stream);
        io(() -> {
            out.writeStartObject();
            out.writeStringField("format", "newsdesk-audit");
            out.writeNumberField("version", 1);
            out.writeStringField("exportedAt", Timestamps.format(exportedAt));
            out.writeArrayFieldStart("entries");
        });
    }

    public void entry(AuditEntry entry) {
        io(() -> {
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
        });
    }

    public void finish() {
        io(() -> {
            out.writeRaw('\n');
            out.writeEndArray();
            out.writeEndObject();
            out.writeRaw('\n');
            out.flush();
        });
    }
}
