package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, finding 13: bad files are refused with the place and the reason, in words, and change nothing; sizes
 * that no real data reaches are refused too.
 */
class BadFilesCliTest {
    @TempDir Path dir;
    Path db;

    @BeforeEach
    void newsroom() {
        db = dir.resolve("n.db");
        assertEquals(0, CliRun.run(Map.of(), "demo", "--db", db.toString(), "--articles", "2", "--comments", "3",
                "--subscribers", "3").code());
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(Map.of(), args);
    }

    private static void assertRefused(CliRun.Result result, String... says) {
        assertEquals(1, result.code(), result.toString());
        String line = result.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertFalse(line.matches("(?s).*(Exception|\\[Source|SQLITE_|unexpected).*"), line);
        for (String words : says) {
            assertTrue(line.contains(words), "expected \"" + words + "\" in: " + line);
        }
    }

    private long articles() {
        return com.newsdesk.service.TestNewsrooms.open(db).read(tx -> tx.articles().count());
    }

    @Test
    void aHugeSparsePageIsRefusedOnItsSizeBeforeAnythingIsRead() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L << 30);
        }
        assertRefused(run("import-article", "--db", db.toString(), huge.toString()), huge.toString(), "2.0 GB",
                "at most 20.0 MB");
    }

    @Test
    void aFolderAMissingFileAndAnUnreadableFileAreSaidInWords() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pages.html"));
        for (List<String> command : List.of(List.of("import-article"), List.of("import"), List.of("import-comments"),
                List.of("import-subscribers"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--db", db.toString(), folder.toString()));
            assertRefused(run(args.toArray(String[]::new)), "it is a folder");
            args.set(args.size() - 1, dir.resolve("missing.html").toString());
            assertRefused(run(args.toArray(String[]::new)), "there is no such file");
        }
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path locked = Files.writeString(dir.resolve("locked.md"), "# A headline\n\nSome words.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assertRefused(run("import-article", "--db", db.toString(), locked.toString()), "permission denied");
    }

    @Test
    void anEmptyOrBinaryArticleFileIsRefusedAndNoDraftIsMade() throws Exception {
        long before = articles();
        for (String name : List.of("empty.html", "empty.md", "empty.txt")) {
            Path empty = Files.writeString(dir.resolve(name), name.endsWith("html") ? "<html><body></body></html>" : "");
            assertRefused(run("import-article", "--db", db.toString(), empty.toString()), "no article text found");
        }
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[100] = 0;
        for (String name : List.of("garbage.html", "garbage.md", "garbage.txt")) {
            Path binary = Files.write(dir.resolve(name), garbage);
            assertRefused(run("import-article", "--db", db.toString(), binary.toString()), "binary data");
        }
        assertEquals(before, articles(), "no draft was made");
    }

    @Test
    void aCsvQuoteErrorIsSaidInWordsWithItsLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "email,name\na@example.org,\"Unclosed\nb@example.org,B\n");
        assertRefused(run("import-subscribers", "--db", db.toString(), csv.toString()), "not valid CSV");
    }

    @Test
    void aDuplicateJsonKeyIsRefusedWithItsPath() throws Exception {
        CliRun.Result export = run("export", "--db", db.toString(), "--out", dir.resolve("e.json").toString());
        assertEquals(0, export.code());
        String json = Files.readString(dir.resolve("e.json"));
        int at = json.indexOf("\"email\":");
        String twice = json.substring(0, at) + "\"email\":\"first@example.org\"," + json.substring(at);
        Path file = Files.writeString(dir.resolve("twice.json"), twice);
        Path other = dir.resolve("other.db");
        assertRefused(run("import", "--db", other.toString(), file.toString()), "$.subscribers[0].email",
                "the key \"email\" appears twice");
    }

    @Test
    void aTimeOutsideTheYears0000To9999IsRefused() throws Exception {
        run("export", "--db", db.toString(), "--out", dir.resolve("e.json").toString());
        String json = Files.readString(dir.resolve("e.json"));
        String far = json.replaceFirst("\"createdAt\":\"[^\"]+\"", "\"createdAt\":\"+999999999-12-31T23:59:59Z\"");
        Path file = Files.writeString(dir.resolve("far.json"), far);
        assertRefused(run("import", "--db", dir.resolve("other.db").toString(), file.toString()),
                "outside the years 0000 to 9999");
    }

    @Test
    void aUtf8CsvWithOneStrayByteIsStillReadAsUtf8AndTheReportSaysSo() throws Exception {
        byte[] text = "email,name\ncafe@example.org,Café Müller\nstray@example.org,Bad X byte\n"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 'X') {
                text[i] = (byte) 0xFF; // not UTF-8 in any position
            }
        }
        Path csv = Files.write(dir.resolve("stray.csv"), text);
        CliRun.Result result = run("import-subscribers", "--db", db.toString(), csv.toString());
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("UTF-8; 1 byte that is not UTF-8 replaced"), result.out());
        assertTrue(result.out().contains("the first on line 3"), result.out());
        var cafe = com.newsdesk.service.TestNewsrooms.open(db).read(tx -> tx.subscribers().findByEmail(
                "cafe@example.org")).orElseThrow();
        assertEquals("Café Müller", cafe.name());

        Path latin = Files.write(dir.resolve("latin.csv"), "email,name\nines@example.org,Inès\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        CliRun.Result windows = run("import-subscribers", "--db", db.toString(), latin.toString());
        assertTrue(windows.out().contains("Windows-1252"), windows.out());
    }

    @Test
    void namesLabelsAndCommentsLargerThanAnyRealOneAreRefusedWithTheirPlace() throws Exception {
        String longName = "N".repeat(201);
        String longLabel = "L".repeat(101);
        Path csv = Files.writeString(dir.resolve("big.csv"), "email,name,labels\nbig@example.org," + longName
                + ",\nlabel@example.org,Ok,\"[\"\"" + longLabel + "\"\"]\"\nfine@example.org,Fine,\n");
        CliRun.Result result = run("import-subscribers", "--db", db.toString(), csv.toString());
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("row 2: the name is 201 characters long; at most 200 characters are kept"),
                result.out());
        assertTrue(result.out().contains("row 3: a label is 101 characters long; at most 100"), result.out());
        assertTrue(result.out().contains("1 new"), result.out());

        Path comments = Files.writeString(dir.resolve("comments.json"), "{\"comments\":[{\"articleId\":1,"
                + "\"authorName\":\"A\",\"authorEmail\":\"a@example.org\",\"body\":\"" + "x".repeat(70_000)
                + "\",\"submittedAt\":\"2026-11-29T10:00:00Z\"}]}");
        CliRun.Result tooLong = run("import-comments", "--db", db.toString(), comments.toString());
        assertEquals(0, tooLong.code(), tooLong.toString()); // one bad comment is left out, not the file (issue 13)
        assertTrue(tooLong.out().contains("$.comments[0].body: the comment is 70,000 characters long; at most 65,536"),
                tooLong.out());
        assertTrue(tooLong.out().contains("0 comments imported"), tooLong.out());
    }
}
