package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomCopy;
import com.newsdesk.service.subscribers.SubscriberList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole newsroom copied into an empty one (on the server run: from the server to the server). */
class CopyServiceTest {
    @TempDir Path dir;

    @Test
    void copiesEveryTableIntoAnEmptyNewsroomAndChecksItExportsTheSame() {
        try (Database from = TestNewsrooms.sample(dir.resolve("from.db"), 6, 80, 50);
                Database to = TestNewsrooms.open(dir.resolve("to.db"))) {
            new StaffService(from, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK).createFirstAdmin(TestNewsrooms.OWNER,
                    "ana", "Ana", "a long password".toCharArray());
            CopyService copy = new CopyService(TestNewsrooms.CLOCK);
            CopyService.Copied copied = copy.copy(TestNewsrooms.OWNER, from, to, TaskMonitor.NONE);
            assertEquals(NewsroomCopy.rowCounts(from), NewsroomCopy.rowCounts(to));
            assertEquals(80L, copied.rows().get("comments"));
            assertEquals(1L, copied.rows().get("staff"), "staff accounts travel too (the export leaves them out)");
            assertTrue(copied.describe().contains("both newsrooms export the same JSON"), copied.describe());
            assertEquals(new NewsroomService(from).stats(), new NewsroomService(to).stats(), "counts by status too");
            var fromDesk = com.newsdesk.service.subscribers.SubscriberDesk.of(from, TestNewsrooms.CLOCK);
            var toDesk = com.newsdesk.service.subscribers.SubscriberDesk.of(to, TestNewsrooms.CLOCK);
            var weeks = fromDesk.list().weekly(TestNewsrooms.OWNER, 104);
            assertEquals(weeks, toDesk.list().weekly(TestNewsrooms.OWNER, 104), "the weekly chart reads the same");
            assertTrue(weeks.stream().allMatch(week -> week.weekStart().getDayOfWeek() == java.time.DayOfWeek.MONDAY));
            assertTrue(weeks.stream().mapToLong(week -> week.subscribed()).sum() > 0, weeks.toString());
            assertTrue(new StaffService(to, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK).signIn("ana",
                    "a long password".toCharArray()) != null, "the copy signs in as the source does");
            new ArticleService(to, TestNewsrooms.CLOCK).create(TestNewsrooms.OWNER, "Written after the copy");

            RefusedException notEmpty = assertThrows(RefusedException.class,
                    () -> copy.copy(TestNewsrooms.OWNER, from, to, TaskMonitor.NONE));
            assertTrue(notEmpty.getMessage().contains("a copy goes only into an empty newsroom"), notEmpty.getMessage());
            assertThrows(RefusedException.class, () -> copy.copy(TestNewsrooms.OWNER, from, from, TaskMonitor.NONE));
            try (Database empty = TestNewsrooms.open(dir.resolve("x.db"))) {
                assertThrows(com.newsdesk.domain.AccessDeniedException.class,
                        () -> copy.copy(Actor.staff("eve", Role.EDITOR), from, empty, TaskMonitor.NONE));
            }
        }
    }

    @Test
    void theWindowsMoveToAServerCopiesAFileOntoAnEmptyDatabase() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestServer.active(), "no PostgreSQL server named");
        var server = TestServer.emptyDatabase("move");
        String address = "postgresql://" + server.host() + ":" + server.port() + "/" + server.database() + "?user="
                + server.user();
        try (Database file = Database.open(dir.resolve("file.db"), Database.OpenMode.CREATE,
                com.newsdesk.io.JsonDocumentCodec.INSTANCE)) {
            new SampleNewsroom(file, TestNewsrooms.CLOCK).fill(TestNewsrooms.OWNER, new SampleNewsroom.Size(40, 30, 60),
                    3, TaskMonitor.NONE);
            TransferService transfer = new TransferService(file, TestNewsrooms.CLOCK);
            char[] password = System.getenv().getOrDefault("PGPASSWORD", "").toCharArray();
            CopyService.Copied copied = transfer.copyToServer(TestNewsrooms.OWNER, address, password,
                    TaskMonitor.NONE);
            assertEquals(30L, copied.rows().get("comments"));
            try (Database shared = Database.open(server, Database.OpenMode.EXISTING,
                    com.newsdesk.io.JsonDocumentCodec.INSTANCE, System.getenv())) {
                assertEquals(NewsroomCopy.rowCounts(file), NewsroomCopy.rowCounts(shared));
                // The same words find the same articles on both engines (accents ignored, every word required);
                // the order of equally good matches may differ (bm25 against ts_rank).
                ArticleService onFile = new ArticleService(file, TestNewsrooms.CLOCK);
                ArticleService onServer = new ArticleService(shared, TestNewsrooms.CLOCK);
                for (String typed : List.of("rain", "tanger", "fes", "festival musique", "élus", "nothing-like-this")) {
                    assertEquals(new java.util.TreeSet<>(onFile.rankedIds(TestNewsrooms.OWNER, typed, 1000)),
                            new java.util.TreeSet<>(onServer.rankedIds(TestNewsrooms.OWNER, typed, 1000)), typed);
                }
                var names = new com.newsdesk.domain.SubscriberFilter(null, null, null, "nad", null, null);
                assertEquals(new SubscriberList(file, TestNewsrooms.CLOCK).page(TestNewsrooms.OWNER, names, 0, 0, 500),
                        new SubscriberList(shared, TestNewsrooms.CLOCK).page(TestNewsrooms.OWNER, names, 0, 0, 500),
                        "a name's start finds the same people");
            }
            assertThrows(com.newsdesk.domain.InvalidInputException.class, () -> transfer.copyToServer(
                    TestNewsrooms.OWNER, dir.resolve("other.db").toString(), password, TaskMonitor.NONE));
        }
    }
}
