package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.storage.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferServiceTest {
    /** {@code count} subscribers, the one at {@code repeat} with the address of the one at {@code original}. */
    private static String subscribers(int count, int repeat, int original) {
        return HEADER + ",\"subscribers\":[" + java.util.stream.IntStream.range(0, count).mapToObj(i -> SUBSCRIBER
                .replace("\"id\":1", "\"id\":" + (i + 1))
                .replace("a@example.org", "person" + (i == repeat ? original : i) + "@example.org"))
                .collect(java.util.stream.Collectors.joining(",")) + "]}";
    }

    /** {@code count} comments on article 1, the one at {@code repeat} taking the id of the one at {@code original}. */
    private static String comments(int count, int repeat, int original) {
        return HEADER + ",\"articles\":[" + ARTICLE + "],\"comments\":[" + java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> COMMENT.replace("\"id\":1", "\"id\":" + ((i == repeat ? original : i) + 1)))
                .collect(java.util.stream.Collectors.joining(",")) + "]}";
    }

    /** {@code count} articles, the one at {@code repeat} taking the id of the one at {@code original}. */
    private static String articles(int count, int repeat, int original) {
        return HEADER + ",\"articles\":[" + java.util.stream.IntStream.range(0, count).mapToObj(i -> ARTICLE
                .replace("\"id\":1", "\"id\":" + ((i == repeat ? original : i) + 1))
                .replace("\"slug\":\"a\"", "\"slug\":\"a" + i + "\""))
                .collect(java.util.stream.Collectors.joining(",")) + "]}";
    }

    /** {@code count} revisions of article 1, the one at {@code repeat} taking the id of the one at {@code original}. */
    private static String revisions(int count, int repeat, int original) {
        return HEADER + ",\"articles\":[" + ARTICLE + "],\"revisions\":[" + java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> "{\"id\":" + ((i == repeat ? original : i) + 1) + ",\"articleId\":1,\"headline\":\"A\","
                        + "\"body\":{\"version\":1,\"blocks\":[]},\"createdAt\":\"2026-01-01T00:00:00Z\"}")
                .collect(java.util.stream.Collectors.joining(",")) + "]}";
    }

    private static final String HEADER = "{\"format\":\"newsdesk\",\"version\":1,\"exportedAt\":\"2026-11-29T10:00:00Z\"";
    private static final String ARTICLE = "{\"id\":1,\"slug\":\"a\",\"headline\":\"A\",\"status\":\"draft\","
            + "\"body\":{\"version\":1,\"blocks\":[]},\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
    private static final String COMMENT = "{\"id\":1,\"articleId\":1,\"body\":\"hi\",\"status\":\"pending\","
            + "\"submittedAt\":\"2026-01-02T00:00:00Z\"}";
    private static final String SUBSCRIBER = "{\"id\":1,\"email\":\"a@example.org\",\"status\":\"subscribed\","
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}";

    @TempDir Path dir;
    private byte[] sampleExport;

    @BeforeAll
    void exportASample(@TempDir Path sampleDir) {
        try (Database db = TestNewsrooms.sample(sampleDir.resolve("sample.db"), 60, 600, 400)) {
            sampleExport = export(db);
        }
    }

    private static byte[] export(Database db) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TransferService(db, TestNewsrooms.CLOCK).export(TestNewsrooms.OWNER, out, ExportScope.ALL, TaskMonitor.NONE);
        return out.toByteArray();
    }

    private TransferSummary importBytes(Database db, byte[] json, boolean merge) {
        return new TransferService(db, TestNewsrooms.CLOCK)
                .importStream(TestNewsrooms.OWNER, new ByteArrayInputStream(json), json.length, merge, TaskMonitor.NONE);
    }

    @Test
    void exportImportExportIsIdenticalOnAHundredThousandRows() {
        // On the server a row is a round trip: 100,000 of them take two minutes there, so the server run checks the
        // same round trip on the smaller newsrooms of the other tests (issue 15's bulk loading is still to come).
        org.junit.jupiter.api.Assumptions.assumeFalse(TestServer.active());
        byte[] first;
        try (Database source = TestNewsrooms.sample(dir.resolve("big.db"), 300, 50_000, 50_000)) {
            first = export(source);
        }
        try (Database target = TestNewsrooms.open(dir.resolve("copy.db"))) {
            TransferSummary added = importBytes(target, first, false);
            assertEquals(100_600, added.records());
            assertArrayEquals(first, export(target));
        }
    }

    @Test
    void exportsValidateAgainstTheShippedSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("schema/newsdesk-export-v1.schema.json")));
        JsonNode export = new ObjectMapper().readTree(sampleExport);
        Set<ValidationMessage> problems = schema.validate(export);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(60, export.get("articles").size());
        assertFalse(schema.validate(new ObjectMapper().readTree(HEADER.replace("newsdesk", "ghost") + "}")).isEmpty());
    }

    @Test
    void aMergeFindsARowTheFileRepeatsAlreadyThereAndSkipsIt() {
        try (Database db = TestNewsrooms.open(dir.resolve("merge-repeat.db"))) {
            importBytes(db, subscribers(60, 55, 10).getBytes(StandardCharsets.UTF_8), true);
            assertEquals(59L, (long) db.read(tx -> tx.subscribers().count()), "the repeat of person10 is skipped, not refused");
            importBytes(db, comments(60, 55, 10).getBytes(StandardCharsets.UTF_8), true);
            assertEquals(59L, (long) db.read(tx -> tx.comments().count(null)));
        }
    }

    @Test
    void anOfflineConflictGoesThroughAnExportAndBackWhole() throws Exception {
        byte[] first;
        long articleId;
        try (Database source = TestNewsrooms.open(dir.resolve("c.db"))) {
            ArticleService articles = new ArticleService(source, TestNewsrooms.CLOCK);
            var made = articles.create(TestNewsrooms.OWNER, "Tram opens");
            articleId = made.id();
            var offline = new com.newsdesk.domain.ArticleDraft("Tram opens at six", "A dek written offline",
                    "Amina", "Local", java.util.List.of("transport"), made.slug(), "en",
                    com.newsdesk.domain.document.Document.of(com.newsdesk.domain.document.Block.paragraph("Offline.")));
            articles.save(TestNewsrooms.OWNER, made.id(), offline, made.version(), null); // the desk moved on
            articles.bringBack(com.newsdesk.domain.Actor.owner("amina"), made.id(), offline, made.version(), "k1");
            first = export(source);
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("schema/newsdesk-export-v1.schema.json")));
        JsonNode tree = new ObjectMapper().readTree(first);
        assertTrue(schema.validate(tree).isEmpty(), schema.validate(tree).toString());
        assertEquals("A dek written offline", tree.get("offlineConflicts").get(0).get("dek").asText());
        try (Database target = TestNewsrooms.open(dir.resolve("c-copy.db"))) {
            importBytes(target, first, false);
            assertArrayEquals(first, export(target), "the conflict comes back as it left");
            var conflicts = new ArticleService(target, TestNewsrooms.CLOCK).conflicts(TestNewsrooms.OWNER, articleId);
            assertEquals(1, conflicts.size());
            assertEquals("amina", conflicts.get(0).offline().savedBy());
            assertEquals(java.util.List.of("transport"), conflicts.get(0).offline().draft().tags());
        }
        String orphan = HEADER + ",\"offlineConflicts\":[{\"articleId\":1,\"revisionId\":9,\"slug\":\"a\","
                + "\"headline\":\"A\",\"body\":{\"version\":1,\"blocks\":[]},\"savedAt\":\"2026-01-01T00:00:00Z\"}]}";
        try (Database target = TestNewsrooms.open(dir.resolve("c-bad.db"))) {
            var refused = assertThrows(com.newsdesk.domain.InvalidInputException.class,
                    () -> importBytes(target, orphan.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
            assertTrue(refused.getMessage().startsWith("$.offlineConflicts[0]"), refused.getMessage());
        }
    }

    @Test
    void theWritingAidsListsGoThroughAnExportAndBack() throws Exception {
        byte[] first;
        try (Database source = TestNewsrooms.sample(dir.resolve("w.db"), 3, 0, 0)) {
            var writing = new com.newsdesk.service.writing.WritingAids(source, TestNewsrooms.CLOCK,
                    new com.newsdesk.service.writing.LanguageCheckers());
            writing.addWord(TestNewsrooms.OWNER, "Tanger");
            writing.addWord(TestNewsrooms.OWNER, "Benkirane");
            writing.ignoreRule(TestNewsrooms.OWNER, "WHITESPACE_RULE");
            writing.replaceStyle(TestNewsrooms.OWNER, java.util.List.of(
                    new com.newsdesk.domain.writing.StyleRule("Tangiers", "Tanger", "the city's own name"),
                    new com.newsdesk.domain.writing.StyleRule("e-mail", "email", "")));
            first = export(source);
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("schema/newsdesk-export-v1.schema.json")));
        JsonNode tree = new ObjectMapper().readTree(first);
        assertTrue(schema.validate(tree).isEmpty(), schema.validate(tree).toString());
        assertEquals("Benkirane", tree.get("dictionary").get(0).get("word").asText(), "in the dictionary's order");
        assertEquals("WHITESPACE_RULE", tree.get("ignoredRules").get(0).get("rule").asText());
        assertEquals("Tanger", tree.get("style").get(1).get("prefer").asText());
        try (Database target = TestNewsrooms.open(dir.resolve("w-copy.db"))) {
            importBytes(target, first, false);
            assertArrayEquals(first, export(target), "the lists come back as they left");
            importBytes(target, first, true);
            assertArrayEquals(first, export(target), "merged again: nothing twice");
        }
        String badWord = HEADER + ",\"dictionary\":[{\"word\":\"two words\",\"addedAt\":\"2026-01-01T00:00:00Z\"}]}";
        String badStyle = HEADER + ",\"style\":[{\"avoid\":\"email\",\"prefer\":\"Email\"}]}";
        try (Database target = TestNewsrooms.open(dir.resolve("w-bad.db"))) {
            var word = assertThrows(com.newsdesk.domain.InvalidInputException.class,
                    () -> importBytes(target, badWord.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
            assertEquals("$.dictionary[0].word: a dictionary entry is one word of at most 100 characters",
                    word.getMessage());
            var style = assertThrows(com.newsdesk.domain.InvalidInputException.class,
                    () -> importBytes(target, badStyle.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
            assertEquals("$.style[0].prefer: \"email\" would be replaced by itself", style.getMessage());
        }
    }

    @Test
    void pendingChangesAndTheTrashGoThroughAnExportAndBack() throws Exception {
        byte[] first;
        long publishedId;
        long deletedId;
        try (Database source = TestNewsrooms.sample(dir.resolve("p.db"), 12, 0, 0)) {
            ArticleService articles = new ArticleService(source, TestNewsrooms.CLOCK);
            var all = articles.list(TestNewsrooms.OWNER, com.newsdesk.domain.ArticleFilter.ALL, 50);
            var live = articles.find(TestNewsrooms.OWNER, String.valueOf(all.stream()
                    .filter(a -> a.status() == com.newsdesk.domain.ArticleStatus.PUBLISHED).findFirst().orElseThrow().id()));
            publishedId = live.id();
            articles.autosave(TestNewsrooms.OWNER, live.id(), new com.newsdesk.domain.ArticleDraft(live.headline()
                    + " (updated)", live.dek(), live.byline(), live.section(), java.util.List.of("waiting"), live.slug(),
                    live.language(), com.newsdesk.domain.document.Document.of(
                            com.newsdesk.domain.document.Block.paragraph("Not live yet."))), live.version());
            deletedId = all.stream().filter(a -> a.status() == com.newsdesk.domain.ArticleStatus.DRAFT).findFirst()
                    .orElseThrow().id();
            articles.deleteDraft(TestNewsrooms.OWNER, deletedId);
            first = export(source);
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("schema/newsdesk-export-v1.schema.json")));
        JsonNode tree = new ObjectMapper().readTree(first);
        assertTrue(schema.validate(tree).isEmpty(), schema.validate(tree).toString());
        assertEquals(1, tree.get("pendingChanges").size());
        assertEquals(1, tree.get("trash").size());
        try (Database target = TestNewsrooms.open(dir.resolve("p-copy.db"))) {
            importBytes(target, first, false);
            assertArrayEquals(first, export(target));
            ArticleService articles = new ArticleService(target, TestNewsrooms.CLOCK);
            assertEquals("Not live yet.", articles.open(TestNewsrooms.OWNER, publishedId).article().bodyText());
            long kept = deletedId;
            assertTrue(articles.trash(TestNewsrooms.OWNER).stream().anyMatch(d -> d.articleId() == kept));
        }
        String orphan = HEADER + ",\"articles\":[" + ARTICLE + "],\"trash\":[{\"articleId\":7,"
                + "\"deletedAt\":\"2026-01-01T00:00:00Z\"}]}";
        try (Database target = TestNewsrooms.open(dir.resolve("p-orphan.db"))) {
            var refused = assertThrows(com.newsdesk.domain.InvalidInputException.class,
                    () -> importBytes(target, orphan.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
            assertEquals("$.trash[0].articleId: no article 7 in this file or the newsroom", refused.getMessage());
            assertEquals(0, new NewsroomService(target).stats().articleCount(), "nothing half-imported");
        }
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("", "$: the file is empty"),
                Arguments.of("[1,2]", "$: expected an object with \"format\": \"newsdesk\", found an array; this is not a Newsdesk export"),
                Arguments.of("{\"format\":\"ghost\",\"version\":1}", "$.format: expected \"newsdesk\", found \"ghost\"; this is not a Newsdesk export"),
                Arguments.of("{\"format\":\"newsdesk\",\"version\":2}", "$.version: version 2 is not supported; this Newsdesk reads version 1 (a newer Newsdesk may have written the file)"),
                Arguments.of("{\"version\":1,\"subscribers\":[]}", "$.subscribers: \"format\" and \"version\" must come before the data; this is not a Newsdesk export, or it was rearranged"),
                Arguments.of(HEADER + "}", "$.articles... never"), // valid, empty: handled below
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE + ",{\"id\":2", "$.articles[1].id: the file ends too early (is it truncated?)"),
                Arguments.of(HEADER + ",\"articles\":{}}", "$.articles: expected an array, found an object"),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE.replace("\"id\":1", "\"id\":\"1\"") + "]}", "$.articles[0].id: expected an integer, found a string"),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE + "," + ARTICLE.replace("\"slug\":\"a\"", "\"slug\":\"b\"") + "]}", "$.articles[1]: id 1 appears twice in the file"),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE + "," + ARTICLE.replace("\"id\":1", "\"id\":2") + "]}", "$.articles[1]: slug \"a\" appears twice in the file"),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE.replace("\"blocks\":[]", "\"blocks\":[{\"type\":\"table\",\"runs\":[]}]") + "]}", "$.articles[0].body.blocks[0].type: unknown block type \"table\""),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE.replace("\"status\":\"draft\"", "\"status\":\"live\"") + "]}", "$.articles[0].status: unknown article status \"live\" (expected one of draft, in_review, scheduled, published, archived)"),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE.replace("\"headline\"", "\"headlnie\"") + "]}", "$.articles[0].headlnie: unknown field"),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE + "],\"comments\":[" + COMMENT.replace("\"articleId\":1", "\"articleId\":9") + "]}", "$.comments[0]: its articleId names no article in the newsroom or the file"),
                Arguments.of(HEADER + ",\"articles\":[" + ARTICLE + "],\"comments\":[" + COMMENT.replace("\"articleId\":1", "\"articleId\":1,\"parentId\":5") + "]}", "$.comments[0]: its parentId names no comment in the newsroom or the file"),
                Arguments.of(HEADER + ",\"subscribers\":[" + SUBSCRIBER.replace("a@example.org", "not-an-address") + "]}", "$.subscribers[0].email: Invalid email address \"not-an-address\": it has no @"),
                Arguments.of(HEADER + ",\"subscribers\":[" + SUBSCRIBER + "," + SUBSCRIBER.replace("\"id\":1", "\"id\":2").replace("a@", "A@") + "]}", "$.subscribers[1]: email \"A@example.org\" appears twice in the file (emails are unique ignoring case)"),
                Arguments.of(HEADER + ",\"subscribers\":[" + SUBSCRIBER.replace("2026-01-01T00:00:00Z\",\"updatedAt", "yesterday\",\"updatedAt") + "]}", "$.subscribers[0].createdAt: \"yesterday\" is not an ISO-8601 UTC time such as 2026-11-29T10:07:42Z"),
                Arguments.of(HEADER + ",\"subscribers\":[]} trailing", "$: not valid JSON at line 1, column 88: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                Arguments.of(HEADER + ",\"subscribers\":[]} {}", "$: unexpected content after the end of the document at line 1, column 88"),
                // Rows go fifty to a statement: a repeat inside a full batch, and in the rest after it, still names its row.
                Arguments.of(subscribers(120, 70, 10), "$.subscribers[70]: email \"person10@example.org\" appears twice in the file (emails are unique ignoring case)"),
                Arguments.of(subscribers(60, 55, 10), "$.subscribers[55]: email \"person10@example.org\" appears twice in the file (emails are unique ignoring case)"),
                Arguments.of(comments(120, 70, 10), "$.comments[70]: id 11 appears twice in the file"),
                Arguments.of(revisions(120, 70, 10), "$.revisions[70]: id 11 appears twice in the file"),
                Arguments.of(articles(120, 70, 10), "$.articles[70]: id 11 appears twice in the file"),
                Arguments.of(comments(60, 55, 10), "$.comments[55]: id 11 appears twice in the file"),
                Arguments.of(comments(120, -1, 0).replace("\"id\":100,\"articleId\":1", "\"id\":100,\"articleId\":1,\"parentId\":999"),
                        "$.comments[99]: its parentId names no comment in the newsroom or the file"))
                .filter(arguments -> !((String) arguments.get()[1]).endsWith("never"));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void refusesAMalformedFileNamingThePlaceAndChangesNothing(String json, String message) {
        try (Database db = TestNewsrooms.open(dir.resolve("target.db"))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> importBytes(db, json.getBytes(StandardCharsets.UTF_8), false));
            assertEquals(message, e.getMessage());
            assertTrue(new NewsroomService(db).stats().isEmpty());
        }
    }

    @Test
    void aRefusalLateInALargeFileStillChangesNothing() {
        String bad = new String(sampleExport, StandardCharsets.UTF_8);
        bad = bad.substring(0, bad.length() - 200); // truncated inside the subscribers
        try (Database db = TestNewsrooms.open(dir.resolve("target.db"))) {
            byte[] truncated = bad.getBytes(StandardCharsets.UTF_8);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> importBytes(db, truncated, false));
            assertTrue(e.getMessage().startsWith("$.subscribers["), e.getMessage());
            assertTrue(e.getMessage().endsWith("the file ends too early (is it truncated?)"), e.getMessage());
            assertTrue(new NewsroomService(db).stats().isEmpty());
        }
    }

    @Test
    void refusesToImportIntoANewsroomWithDataUnlessMerging() {
        try (Database db = TestNewsrooms.open(dir.resolve("target.db"))) {
            importBytes(db, sampleExport, false);
            NewsroomStats before = new NewsroomService(db).stats();
            RefusedException refused = assertThrows(RefusedException.class, () -> importBytes(db, sampleExport, false));
            assertTrue(refused.getMessage().startsWith("This newsroom already holds 60 articles, 600 comments and 400"
                    + " subscribers."), refused.getMessage());
            TransferSummary merged = importBytes(db, sampleExport, true);
            assertEquals(0, merged.records());
            assertEquals(60 + 60 + 600 + 400, merged.skipped());
            assertEquals(before, new NewsroomService(db).stats());
        }
    }

    @Test
    void mergeAddsOnlyNewRecordsAndGivesClashingIdsNewOnes() {
        String other = HEADER + ",\"articles\":[" + ARTICLE.replace("\"slug\":\"a\"", "\"slug\":\"brand-new\"")
                + "],\"comments\":[" + COMMENT.replace("\"id\":1", "\"id\":900001") + "],\"subscribers\":["
                + SUBSCRIBER.replace("a@example.org", "new.reader@example.org") + "]}";
        try (Database db = TestNewsrooms.open(dir.resolve("target.db"))) {
            importBytes(db, sampleExport, false);
            TransferSummary merged = importBytes(db, other.getBytes(StandardCharsets.UTF_8), true);
            assertEquals(new TransferSummary(1, 0, 1, 1, 0, 0, 0, 0), merged);
            long newId = db.read(tx -> tx.articles().idOfSlug("brand-new")).orElseThrow();
            assertTrue(newId > 60, "article id 1 was taken, so the new article got a new id");
            assertEquals(newId, db.read(tx -> tx.comments().find(900001)).orElseThrow().articleId());
            assertEquals(401L, (long) db.<Long>read(tx -> tx.subscribers().count()));
        }
    }

    @Test
    void cancellingAnImportLeavesNothing() {
        try (Database db = TestNewsrooms.open(dir.resolve("target.db"))) {
            TaskMonitor cancelSoon = new TaskMonitor() {
                @Override public void progress(long done, long total, String message) { }

                @Override public boolean isCancelled() { return true; }
            };
            TransferService transfer = new TransferService(db, TestNewsrooms.CLOCK);
            assertThrows(CancelledException.class, () -> transfer.importStream(TestNewsrooms.OWNER,
                    new ByteArrayInputStream(sampleExport), sampleExport.length, false, cancelSoon));
            assertTrue(new NewsroomService(db).stats().isEmpty());
        }
    }

    @Test
    void aCancelledOrFailedExportLeavesNoFile() throws Exception {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 5, 3000, 3000)) {
            Path file = dir.resolve("out.json");
            TaskMonitor cancelled = new TaskMonitor() {
                @Override public void progress(long done, long total, String message) { }

                @Override public boolean isCancelled() { return true; }
            };
            TransferService transfer = new TransferService(db, TestNewsrooms.CLOCK);
            assertThrows(CancelledException.class, () -> transfer.exportTo(TestNewsrooms.OWNER, com.newsdesk.service.output.OutputTarget.file(file), ExportScope.ALL, cancelled));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(TestServer.active() ? Set.of() : Set.of("n.db", "n.db-wal", "n.db-shm"),
                        files.map(path -> path.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
            }
            transfer.exportTo(TestNewsrooms.OWNER, com.newsdesk.service.output.OutputTarget.file(file), ExportScope.SUBSCRIBERS, TaskMonitor.NONE);
            JsonNode written = new ObjectMapper().readTree(file.toFile());
            assertEquals(3000, written.get("subscribers").size());
            assertFalse(written.has("articles"));
        }
    }
}
