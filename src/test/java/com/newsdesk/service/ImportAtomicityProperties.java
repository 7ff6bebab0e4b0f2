package com.newsdesk.service;

import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.storage.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import com.newsdesk.service.subscribers.SubscriberImport;

/**
 * Damaged files through the real imports into one real newsroom: an import either goes through or is refused whole
 * (a message naming the place, the newsroom's counts unchanged); after all tries the file is intact.
 */
class ImportAtomicityProperties {
    private static Path dir;
    private static Database db;
    private static byte[] newsroom;
    private static final byte[] CSV = ("email,name,labels\r\nana@example.org,\"Lima, Ana\",\"News, VIP\"\r\n"
            + "bob@example.org,Bob,\r\nANA@example.org,Ana again,\r\nnot-an-address,X,\r\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMENTS = ("""
            [{"articleSlug":"post","authorName":"Ann","authorEmail":"ann@example.org","body":"Hi",
              "submittedAt":"2024-01-02T10:00:00Z"},
             {"articleSlug":"post","authorName":"Bo","authorEmail":"bo@example.org","body":"Hello",
              "submittedAt":"2024-01-03T10:00:00Z"}]
            """).getBytes(StandardCharsets.UTF_8);

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("newsdesk-atomicity");
        db = TestNewsrooms.sample(dir.resolve("newsroom.db"), 5, 40, 40);
        try (InputStream in = ImportAtomicityProperties.class.getResourceAsStream("/samples/newsroom-tiny.json")) {
            newsroom = in.readAllBytes();
        }
        new ArticleService(db, TestNewsrooms.CLOCK).create(TestNewsrooms.OWNER, "Post"); // slug "post"
    }

    @AfterContainer
    static void checkAndClose() throws IOException {
        try {
            if (!db.read(tx -> tx.integrityCheck()).equals(List.of("ok"))
                    || !db.read(tx -> tx.foreignKeyViolations()).isEmpty()) {
                throw new AssertionError("the newsroom is damaged after the damaged imports");
            }
        } finally {
            db.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Property(tries = 300)
    void aDamagedNewsroomExportMergesWholeOrNotAtAll(@ForAll("damagedNewsrooms") byte[] file) {
        wholeOrNothing(() -> new TransferService(db, TestNewsrooms.CLOCK).importStream(TestNewsrooms.OWNER,
                new ByteArrayInputStream(file), file.length, true, TaskMonitor.NONE));
    }

    @Property(tries = 300)
    void aDamagedSubscriberCsvImportsWholeOrNotAtAll(@ForAll("damagedCsv") byte[] file) throws IOException {
        Path csv = Files.write(dir.resolve("members.csv"), file);
        wholeOrNothing(() -> new SubscriberImport(db, TestNewsrooms.CLOCK).importCsv(TestNewsrooms.OWNER, csv,
                new SubscriberImport.Options(null, null, SubscriberImport.Mode.UPSERT, false, false), null,
                TaskMonitor.NONE));
    }

    @Property(tries = 300)
    void aDamagedCommentFileImportsWholeOrNotAtAll(@ForAll("damagedComments") byte[] file) throws IOException {
        Path json = Files.write(dir.resolve("comments.json"), file);
        wholeOrNothing(() -> new CommentService(db, TestNewsrooms.CLOCK).importComments(TestNewsrooms.OWNER, json,
                TaskMonitor.NONE));
    }

    @Provide
    Arbitrary<byte[]> damagedNewsrooms() {
        return damaged(newsroom);
    }

    @Provide
    Arbitrary<byte[]> damagedCsv() {
        return damaged(CSV);
    }

    @Provide
    Arbitrary<byte[]> damagedComments() {
        return damaged(COMMENTS);
    }

    /** Cut short (keeping a third at least) or a byte changed: damage likely to fail midway through an import. */
    private static Arbitrary<byte[]> damaged(byte[] good) {
        return com.newsdesk.io.Damage.truncatedOrChanged(good, good.length / 3);
    }

    private static void wholeOrNothing(Runnable importing) {
        long[] before = counts();
        try {
            importing.run();
        } catch (InvalidInputException | RefusedException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal without a message");
            }
            long[] after = counts();
            if (!java.util.Arrays.equals(before, after)) {
                throw new AssertionError("a refused import changed the newsroom: " + java.util.Arrays.toString(before)
                        + " → " + java.util.Arrays.toString(after) + " (" + refused.getMessage() + ")");
            }
        }
    }

    private static long[] counts() {
        return db.read(tx -> new long[] {tx.articles().count(), tx.comments().count(null), tx.subscribers().count(),
                tx.audit().find(new com.newsdesk.domain.AuditFilter(null, null, null, null), 1_000_000).size()});
    }
}
