package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A labels cell written as JSON (our own CSV's): the token-by-token reading of a plain array of strings gives what
 * reading the cell as a tree gives, for every cell, plain or not.
 */
class LabelCellProperties {
    private static final JsonMapper TREE = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Property(tries = 10_000)
    void readsAsTheTreeDoes(@ForAll("cells") String cell) {
        List<String> problems = new ArrayList<>();
        List<String> expectedProblems = new ArrayList<>();
        assertEquals(reference(cell, expectedProblems), SubscriberCsvReader.jsonList(cell, problems), cell);
        assertEquals(expectedProblems, problems, cell);
    }

    @Example
    void plainArraysAndTheRest() {
        assertEquals(List.of("Politics, national", "Événements"),
                SubscriberCsvReader.jsonList("[\"Politics, national\",\"\\u00c9v\\u00e9nements\"]", new ArrayList<>()));
        assertEquals(List.of("1", "null", "x"), SubscriberCsvReader.jsonList("[1, null, \"x\"]", new ArrayList<>()));
        assertEquals(List.of("a"), SubscriberCsvReader.jsonList("[\"a\"] trailing", new ArrayList<>()));
        List<String> problems = new ArrayList<>();
        assertEquals(null, SubscriberCsvReader.jsonList("[\"a\"", problems));
        assertEquals(1, problems.size());
    }

    /** Cells built from the pieces of JSON arrays: most are plain arrays of strings, some are not JSON at all. */
    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> piece = Arbitraries.of("[", "]", "\"", "\"a\"", "\"News\"", "\"é\\u00e9\"", "\"\\\"q\\\"\"",
                ",", " ", "1", "2.50", "1e2", "null", "true", "{}", "{\"k\":1}", "[\"x\"]", "x");
        Arbitrary<String> plain = Arbitraries.of("\"a\"", "\"News, politics\"", "\"\\u00c9v\\u00e9nements\"", "\"\"")
                .list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        return Arbitraries.oneOf(plain, piece.list().ofMaxSize(8).map(pieces -> "[" + String.join("", pieces)));
    }

    /** The cell read as a tree, as the reader did before it read plain arrays token by token. */
    private static List<String> reference(String cell, List<String> problems) {
        try {
            JsonNode node = TREE.readTree(cell);
            List<String> labels = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(label -> labels.add(label.asText()));
                return labels;
            }
        } catch (IOException e) {
            // fall through
        }
        problems.add("labels \"" + cell + "\" is not a JSON array of names");
        return null;
    }
}
