package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Links;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The article document model as versioned JSON:
 * {@code {"version":1,"blocks":[{"type":"paragraph","runs":[{"text":"…","marks":["bold"],"href":"…"}]}]}}.
 * Empty {@code marks} and absent {@code href} are left out, so the same document always writes the same bytes.
 */
public final class DocumentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJson() {}

    public static String toJson(Document document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            write(document, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(Document document, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("version", Document.FORMAT_VERSION);
        out.writeArrayFieldStart("blocks");
        for (Block block : document.blocks()) {
            out.writeStartObject();
            out.writeStringField("type", block.type().code());
            out.writeArrayFieldStart("runs");
            for (Run run : block.runs()) {
                out.writeStartObject();
                out.writeStringField("text", run.text());
                if (!run.marks().isEmpty()) {
                    out.writeArrayFieldStart("marks");
                    for (Mark mark : run.marks()) {
                        out.writeString(mark.code());
                    }
                    out.writeEndArray();
                }
                if (run.href() != null) {
                    out.writeStringField("href", run.href());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    public static Document fromJson(String json) {
        try {
            return read(MAPPER.readTree(json), "$");
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            throw new InvalidInputException("$", "not valid JSON: it ends too early");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new InvalidInputException("$", "not valid JSON" + (at == null || at.getColumnNr() < 0 ? ""
                    : " at character " + at.getColumnNr() + (at.getLineNr() > 1 ? " of line " + at.getLineNr() : "")));
        }
    }

    /** Reads a document from a tree, naming {@code path} and below in any error. */
    public static Document read(JsonNode node, String path) {
        JsonFields fields = new JsonFields(node, path).allowOnly(Set.of("version", "blocks"));
        long version = fields.requiredLong("version");
        if (version != Document.FORMAT_VERSION) {
            throw new InvalidInputException(fields.at("version"),
                    "document version " + version + " is not supported (this Newsdesk reads version "
                            + Document.FORMAT_VERSION + ")");
        }
        JsonNode blocks = fields.node("blocks");
        if (blocks == null || !blocks.isArray()) {
            throw new InvalidInputException(fields.at("blocks"), "expected an array, found " + JsonFields.describe(blocks));
        }
        List<Block> result = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            result.add(readBlock(blocks.get(i), fields.at("blocks") + "[" + i + "]"));
        }
        return new Document(result);
    }

    private static Block readBlock(JsonNode node, String path) {
        JsonFields fields = new JsonFields(node, path).allowOnly(Set.of("type", "runs"));
        BlockType type = fields.code("type", BlockType::fromCode, true);
        JsonNode runs = fields.node("runs");
        if (runs == null || !runs.isArray()) {
            throw new InvalidInputException(fields.at("runs"), "expected an array, found " + JsonFields.describe(runs));
        }
        List<Run> result = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            result.add(readRun(runs.get(i), fields.at("runs") + "[" + i + "]"));
        }
        return new Block(type, result);
    }

    private static Run readRun(JsonNode node, String path) {
        JsonFields fields = new JsonFields(node, path).allowOnly(Set.of("text", "marks", "href"));
        String text = fields.requiredText("text");
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        List<String> codes = fields.textList("marks");
        for (int i = 0; i < codes.size(); i++) {
            try {
                marks.add(Mark.fromCode(codes.get(i)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(fields.at("marks") + "[" + i + "]", e.getMessage());
            }
        }
        String href = fields.optionalText("href");
        if (href != null && !Links.isSafe(href)) {
            throw new InvalidInputException(fields.at("href"), "\"" + href + "\" is not a link an article may carry"
                    + " (use http, https, mailto, tel or a relative address)");
        }
        return new Run(text, marks, href);
    }
}
