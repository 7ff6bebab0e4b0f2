package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Role;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.CommentService;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.TestServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared newsroom on a real PostgreSQL server (issue 15): made, refused, and worked by several seats at once. */
class SharedNewsroomTest {
    @TempDir Path dir;

    @BeforeEach
    void needsTheServer() {
        // Runs in the server run (NEWSDESK_TEST_POSTGRES, which CI sets); the plain run has no server to use.
        org.junit.jupiter.api.Assumptions.assumeTrue(TestServer.active(), "no PostgreSQL server named");
    }

    private static Database open(NewsroomAddress.Server server, Database.OpenMode mode, Map<String, String> env) {
        return Database.open(server, mode, JsonDocumentCodec.INSTANCE, env);
    }

    @Test
    void initMakesTheSchemaInAnEmptyDatabaseOnlyAndANewerOneIsLeftAlone() throws Exception {
        NewsroomAddress.Server empty = TestServer.emptyDatabase("init");
        StorageException none = assertThrows(StorageException.class,
                () -> open(empty, Database.OpenMode.EXISTING, System.getenv()));
        assertTrue(none.getMessage().contains("There is no newsroom in") && none.getMessage().contains("newsdesk init"),
                none.getMessage());
        try (Database made = open(empty, Database.OpenMode.CREATE, System.getenv())) {
            assertEquals(Database.latestSchemaVersion(), made.schemaVersion());
            assertTrue(made.isShared());
            assertEquals(Dialect.POSTGRES, made.dialect());
        }
        try (Database again = open(empty, Database.OpenMode.EXISTING, System.getenv())) {
            assertEquals(Database.latestSchemaVersion(), again.schemaVersion());
        }
        sql(empty, "UPDATE newsdesk_schema SET version = 99");
        StorageException newer = assertThrows(StorageException.class,
                () -> open(empty, Database.OpenMode.EXISTING, System.getenv()));
        assertTrue(newer.getMessage().contains("newer Newsdesk (schema 99"), newer.getMessage());

        NewsroomAddress.Server foreign = TestServer.emptyDatabase("foreign");
        sql(foreign, "CREATE TABLE wp_posts (id bigint)");
        StorageException refused = assertThrows(StorageException.class,
                () -> open(foreign, Database.OpenMode.CREATE, System.getenv()));
        assertTrue(refused.getMessage().contains("holds 1 tables of another application"), refused.getMessage());
        assertEquals(1L, count(foreign, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                "nothing was added to it");
    }

    @Test
    void aRefusedPasswordAndAServerThatIsNotThereAreSaidInOneLine() {
        NewsroomAddress.Server server = TestServer.address(dir.resolve("n.db"));
        Map<String, String> wrong = new HashMap<>(System.getenv());
        wrong.put("PGPASSWORD", "not-the-password");
        StorageException refused = assertThrows(StorageException.class,
                () -> open(server, Database.OpenMode.EXISTING, wrong));
        assertTrue(refused.getMessage().contains("refused the sign-in"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-password"));
        assertFalse(refused.getMessage().contains("\n"));

        NewsroomAddress.Server away = new NewsroomAddress.Server("127.0.0.1", 9, "newsroom", "ana", null);
        StorageException unreachable = assertThrows(StorageException.class,
                () -> open(away, Database.OpenMode.EXISTING, System.getenv()));
        assertTrue(unreachable.getMessage().startsWith("Could not open postgresql://127.0.0.1:9/newsroom")
                && unreachable.getMessage().contains("could not be reached"), unreachable.getMessage());
    }

    @Test
    void aServerThatGoesAwayMidReadIsNamedInTheMessageAndTheNextReadWorks() throws Exception {
        Path file = dir.resolve("away.db");
        TestNewsrooms.sample(file, 3, 20, 0).close();
        NewsroomAddress.Server server = TestServer.address(file);
        try (Database seat = TestServer.open(file)) {
            int before = seat.read(tx -> tx.comments().page(CommentStatus.APPROVED, 0, 40)).size();
            StorageException lost = assertThrows(StorageException.class, () -> seat.read(tx -> {
                long pid = Transaction.run(() -> {
                    try (var rows = tx.connection().createStatement().executeQuery("SELECT pg_backend_pid()")) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
                try {
                    sql(server, "SELECT pg_terminate_backend(" + pid + ")");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return tx.comments().page(CommentStatus.PENDING, 0, 40); // on a connection the server closed
            }));
            assertTrue(lost.getMessage().startsWith("Could not read " + server.describe() + ": ")
                    && lost.getMessage().contains("could not be reached or closed the connection"), lost.getMessage());
            assertFalse(lost.getMessage().contains("\n"), lost.getMessage());
            assertEquals(before, seat.read(tx -> tx.comments().page(CommentStatus.APPROVED, 0, 40)).size(),
                    "the pool hands out a live connection next");
        }
    }

    @Test
    void aDatabaseThatSortsTextOtherwiseIsRefusedWithTheCommandThatMakesOne() throws Exception {
        NewsroomAddress.Server server = TestServer.emptyDatabase("locale");
        sql(server.withDatabase("postgres"), "DROP DATABASE IF EXISTS newsdesk_test_utf8_locale",
                "CREATE DATABASE newsdesk_test_utf8_locale LOCALE 'C.UTF-8' TEMPLATE template0");
        try {
            StorageException refused = assertThrows(StorageException.class,
                    () -> open(server.withDatabase("newsdesk_test_utf8_locale"), Database.OpenMode.CREATE,
                            System.getenv()));
            assertTrue(refused.getMessage().contains("createdb --encoding=UTF8 --locale=C --template=template0"),
                    refused.getMessage());
        } finally {
            sql(server.withDatabase("postgres"), "DROP DATABASE IF EXISTS newsdesk_test_utf8_locale WITH (FORCE)");
        }
    }

    @Test
    void moderatorsOnTwoSeatsNeverDecideOneCommentTwice() throws Exception {
        Path file = dir.resolve("shared.db");
        TestNewsrooms.sample(file, 3, 200, 0).close();
        try (Database seatA = TestServer.open(file); Database seatB = TestServer.open(file)) {
            CommentService a = new CommentService(seatA, TestNewsrooms.CLOCK);
            CommentService b = new CommentService(seatB, TestNewsrooms.CLOCK);
            List<Comment> pending = seatA.read(tx -> tx.comments().page(CommentStatus.PENDING, 0, 40)).stream()
                    .map(row -> row.comment()).toList();
            assertTrue(pending.size() >= 20, "the sample has a queue");

            Comment first = pending.get(0);
            a.decide(Actor.staff("ana", Role.MODERATOR), first.id(), CommentStatus.PENDING, CommentStatus.APPROVED);
            RefusedException second = assertThrows(RefusedException.class, () -> b.decide(
                    Actor.staff("bo", Role.MODERATOR), first.id(), CommentStatus.PENDING, CommentStatus.SPAM));
            assertTrue(second.getMessage().contains("already approved by ana"), second.getMessage());

            // Four moderators on two seats take the same queue at once: every comment is decided exactly once.
            Map<Long, AtomicInteger> decided = new ConcurrentHashMap<>();
            AtomicInteger refusals = new AtomicInteger();
            ExecutorService seats = Executors.newFixedThreadPool(4);
            for (int m = 0; m < 4; m++) {
                CommentService desk = m % 2 == 0 ? a : b;
                Actor moderator = Actor.staff("moderator" + m, Role.MODERATOR);
                CommentStatus to = m % 2 == 0 ? CommentStatus.APPROVED : CommentStatus.SPAM;
                seats.submit(() -> {
                    for (Comment comment : pending.subList(1, pending.size())) {
                        try {
                            desk.decide(moderator, comment.id(), CommentStatus.PENDING, to);
                            decided.computeIfAbsent(comment.id(), id -> new AtomicInteger()).incrementAndGet();
                        } catch (RefusedException meanwhile) {
                            refusals.incrementAndGet();
                        }
                    }
                });
            }
            seats.shutdown();
            assertTrue(seats.awaitTermination(60, TimeUnit.SECONDS));
            long decisions = count(TestServer.address(file),
                    "SELECT count(*) FROM audit_log WHERE action = 'comment.decide'");
            assertEquals(pending.size(), decisions, "one decision per comment in the audit");
            for (Comment comment : pending.subList(1, pending.size())) {
                assertTrue(decided.containsKey(comment.id()), "decided: " + comment.id());
            }
            assertEquals(0L, seatA.read(tx -> tx.comments().page(CommentStatus.PENDING, 0, 40)).stream()
                    .filter(row -> pending.stream().anyMatch(p -> p.id() == row.comment().id())).count());
        }
    }

    @Test
    void whatOneSeatChangesTheOtherHearsWithinAMomentAndNotItsOwn() throws Exception {
        Path file = dir.resolve("live.db");
        TestNewsrooms.sample(file, 2, 20, 5).close();
        try (Database seatA = TestServer.open(file); Database seatB = TestServer.open(file)) {
            java.util.concurrent.BlockingQueue<java.util.Set<String>> heardByA =
                    new java.util.concurrent.LinkedBlockingQueue<>();
            AutoCloseable watching = seatA.watchChanges(heardByA::add);
            try {
                Comment pending = seatA.read(tx -> tx.comments().page(CommentStatus.PENDING, 0, 1)).get(0).comment();
                new CommentService(seatA, TestNewsrooms.CLOCK).decide(Actor.staff("ana", Role.MODERATOR),
                        pending.id(), CommentStatus.PENDING, CommentStatus.APPROVED);
                long before = System.nanoTime();
                Comment next = seatB.read(tx -> tx.comments().page(CommentStatus.PENDING, 0, 1)).get(0).comment();
                new CommentService(seatB, TestNewsrooms.CLOCK).decide(Actor.staff("bo", Role.MODERATOR), next.id(),
                        CommentStatus.PENDING, CommentStatus.SPAM);
                java.util.Set<String> heard = heardByA.poll(10, TimeUnit.SECONDS);
                long millis = (System.nanoTime() - before) / 1_000_000;
                assertEquals(java.util.Set.of("comments"), heard, "seat B's decision, not seat A's own");
                System.out.println("a change on one seat reached the other in " + millis + " ms");
                assertTrue(heardByA.isEmpty(), "seat A's own decision was not reported: " + heardByA);
            } finally {
                watching.close();
                watching.close(); // closing twice is harmless
            }
        }
    }

    private static void sql(NewsroomAddress.Server server, String... statements) throws Exception {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), System.getenv("PGPASSWORD"));
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long count(NewsroomAddress.Server server, String query) throws Exception {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), System.getenv("PGPASSWORD"));
                var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
