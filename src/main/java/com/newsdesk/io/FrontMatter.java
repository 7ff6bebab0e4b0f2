package com.newsdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown file's YAML front matter, as Jekyll, Hugo and Ghost write it: {@code title}, {@code date},
 * {@code author} or {@code authors}, {@code tags}, {@code categories}, {@code description} / {@code excerpt} /
 * {@code subtitle}, {@code slug} and {@code lang}. Newsdesk writes the same fields, so its own Markdown export reads
 * back to the same article.
 */
public record FrontMatter(String title, String dek, String byline, Instant date, List<String> tags, String section,
        String slug, String language) {
    public static final FrontMatter NONE = new FrontMatter("", "", "", null, List.of(), "", "", "");
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The front matter and the Markdown after it. */
    public record Split(FrontMatter frontMatter, String body) {}

    /** Takes the front matter off the top of a Markdown text ({@code ---} lines around YAML); none is fine. */
    public static Split split(String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return new Split(NONE, markdown);
        }
        int start = text.indexOf('\n') + 1;
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*\\r?$").matcher(text);
        if (!end.find(start)) {
            return new Split(NONE, markdown); // a thematic break, not front matter
        }
        String yaml = text.substring(start, end.start());
        int after = end.end();
        String body = after < text.length() && text.charAt(after) == '\n' ? text.substring(after + 1)
                : text.substring(after);
        return new Split(read(yaml), body);
    }

    static FrontMatter read(String yaml) {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("front matter", "not valid YAML (" + firstLine(e.getMessage()) + ")");
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return NONE;
        }
        if (!node.isObject()) {
            throw new InvalidInputException("front matter", "expected fields such as title: and date:");
        }
        List<String> authors = list(node, "authors");
        String author = text(node, "author");
        List<String> categories = list(node, "categories");
        if (categories.isEmpty() && !text(node, "category").isEmpty()) {
            categories = List.of(text(node, "category"));
        }
        return new FrontMatter(text(node, "title"), first(text(node, "description"), text(node, "excerpt"),
                text(node, "subtitle")), !author.isEmpty() ? author : String.join(", ", authors), date(node),
                list(node, "tags"), categories.isEmpty() ? "" : categories.get(0), text(node, "slug"),
                first(text(node, "lang"), text(node, "language")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return value != null && value.isArray() && value.size() > 0 && value.get(0).isValueNode()
                    ? value.get(0).asText().strip() : "";
        }
        return value.asText().strip();
    }

    /** A list, or one value written as a string ("tags: news" or Hugo's "tags: [a, b]"). */
    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode() && !item.asText().isBlank()) {
                    items.add(item.asText().strip());
                }
            });
        } else if (value.isValueNode() && !value.asText().isBlank()) {
            for (String item : value.asText().split(value.asText().contains(",") ? "," : "\\s+")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /** Jekyll's "2024-03-01 10:00:00 +0100", Hugo's ISO time, or a plain date (read as midnight UTC). */
    private static Instant date(JsonNode node) {
        String text = text(node, "date");
        if (text.isEmpty()) {
            return null;
        }
        String iso = text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?) ?([+-]\\d{2}):?(\\d{2})$",
                "$1T$2$5:$6");
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (iso.endsWith("Z")) {
                return Timestamps.parse(iso);
            }
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidInputException("front matter date", "\"" + text + "\" is not a date such as 2024-03-01"
                    + " or 2024-03-01T10:00:00Z");
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /**
     * The front matter as YAML between {@code ---} lines, every value a double-quoted string in which the characters
     * Markdown or HTML would act on ({@code < > & [ ] ( ) !}) are written as YAML escapes: a renderer that does not
     * know front matter shows it as inert text.
     */
    public String write() {
        StringBuilder yaml = new StringBuilder("---\n");
        field(yaml, "title", title);
        field(yaml, "slug", slug);
        if (date != null) {
            yaml.append("date: ").append(Timestamps.format(date)).append('\n');
        }
        field(yaml, "author", byline);
        field(yaml, "description", dek);
        if (!tags.isEmpty()) {
            yaml.append("tags:\n");
            tags.forEach(tag -> yaml.append("  - ").append(quoted(tag)).append('\n'));
        }
        if (!section.isEmpty()) {
            yaml.append("categories:\n  - ").append(quoted(section)).append('\n');
        }
        field(yaml, "lang", language);
        return yaml.append("---\n").toString();
    }

    private static void field(StringBuilder yaml, String name, String value) {
        if (value != null && !value.isEmpty()) {
            yaml.append(name).append(": ").append(quoted(value)).append('\n');
        }
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || "<>&[]()!`".indexOf(c) >= 0 || c == 0x7F || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
