package com.newsdesk.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.domain.writing.WritingIssue;
import java.util.List;

/**
 * An article's writing issues as JSON for scripts: one object each, {@code field} (headline, dek or body) and
 * {@code paragraph} (of the body, from 1), {@code from} and {@code to} (characters of that text), {@code text},
 * {@code message}, {@code rule}, {@code kind} and {@code suggestions}.
 */
public final class WritingIssuesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One issue with where it is. */
    public record Located(String field, int paragraph, WritingIssue issue) {}

    private WritingIssuesJson() {}

    public static String write(List<Located> issues, List<String> unchecked) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("issues");
        for (Located located : issues) {
            WritingIssue issue = located.issue();
            ObjectNode node = list.addObject();
            node.put("field", located.field());
            if (located.paragraph() > 0) {
                node.put("paragraph", located.paragraph());
            }
            node.put("from", issue.from());
            node.put("to", issue.to());
            node.put("text", issue.text());
            node.put("message", issue.message());
            node.put("rule", issue.rule());
            node.put("kind", issue.kind().code());
            ArrayNode suggestions = node.putArray("suggestions");
            issue.suggestions().forEach(suggestions::add);
        }
        ArrayNode notChecked = root.putArray("notChecked");
        unchecked.forEach(notChecked::add);
        return root.toPrettyString();
    }
}
