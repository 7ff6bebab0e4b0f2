package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** What the streamed JSON writers share: a generator that leaves its stream open, and unchecked I/O errors. */
final class JsonIo {
    /** Characters beyond the Basic Multilingual Plane (emoji) as UTF-8, not as escaped surrogate pairs. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private JsonIo() {}

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A UTF-8 generator over the stream; closing it flushes but does not close the stream, which its owner does. */
    static JsonGenerator generator(OutputStream stream) {
        try {
            JsonGenerator out = FACTORY.createGenerator(stream, JsonEncoding.UTF8);
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
