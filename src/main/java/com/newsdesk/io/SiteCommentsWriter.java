package com.newsdesk.io;

import static com.newsdesk.io.JsonIo.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.newsdesk.domain.Comment;
import java.io.OutputStream;

/** Comments for the site as a streamed JSON array: the export's comment fields plus articleSlug and safe html. */
public final class SiteCommentsWriter {
    private final JsonGenerator out;

    public SiteCommentsWriter(OutputStream stream) {
        out = JsonIo.generator(stream);
        io(out::writeStartArray);
    }

    public void comment(Comment comment, String articleSlug) {
        io(() -> {
            out.writeRaw('\n');
            out.writeStartObject();
            NewsroomJsonWriter.writeCommentFields(out, comment);
            out.writeStringField("articleSlug", articleSlug);
            out.writeStringField("html", CommentBodies.html(comment));
            out.writeEndObject();
        });
    }

    public void finish() {
        io(() -> {
            out.writeRaw('\n');
            out.writeEndArray();
            out.writeRaw('\n');
            out.flush();
        });
    }
}
