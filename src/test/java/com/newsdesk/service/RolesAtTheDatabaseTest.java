package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleFilter;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentFilter;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.CommentSummary;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.storage.StorageException;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Roles that hold at the database (issue 15, item 4): every staff member connects to the shared newsroom as their own
 * PostgreSQL login. Through that login, each role does what Newsdesk lets it do (the server refuses nothing the app
 * allows), and plain JDBC with the same credentials is refused what the role may not do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolesAtTheDatabaseTest {
    // Logins belong to the whole server: each run names its own.
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String admin = "boss_" + run;
    private final String editor = "nadia_" + run;
    private final String writer = "julien_" + run;
    private final String otherWriter = "mia_" + run;
    private final String moderator = "hugo_" + run;
    private final String leaver = "leo_" + run;

    private NewsroomAddress.Server newsroom;
    private Database owner;
    private final Map<String, Database> seats = new LinkedHashMap<>();

    @BeforeAll
    void aSharedNewsroomWithFiveStaffLogins() {
        Assumptions.assumeTrue(TestServer.active(), "no PostgreSQL server named");
        newsroom = TestServer.emptyDatabase("roles");
        owner = Database.open(newsroom, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE, System.getenv());
        new SampleNewsroom(owner, TestNewsrooms.CLOCK).fill(TestNewsrooms.OWNER, new SampleNewsroom.Size(6, 40, 30), 7,
                TaskMonitor.NONE);
        new StaffService(owner, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK).createFirstAdmin(TestNewsrooms.OWNER,
                admin, "", password(admin));
        Actor boss = staff(seat(admin)).connectedAs(null);
        StaffService staff = staff(seat(admin));
        staff.add(boss, editor, "Nadia", Role.EDITOR, password(editor));
        staff.add(boss, writer, "Julien", Role.WRITER, password(writer));
        staff.add(boss, otherWriter, "Mia", Role.WRITER, password(otherWriter));
        staff.add(boss, moderator, "Hugo", Role.MODERATOR, password(moderator));
        staff.add(boss, leaver, "Leo", Role.WRITER, password(leaver));
    }

    @AfterAll
    void dropTheNewsroomAndItsLogins() {
        if (newsroom == null) {
            return;
        }
        seats.values().forEach(Database::close);
        owner.close();
        TestServer.drop(newsroom);
        TestServer.dropLogins(admin, editor, writer, otherWriter, moderator, leaver);
    }

    private static char[] password(String login) {
        return ("password of " + login).toCharArray();
    }

    /** The newsroom as that staff member's seat opens it: their own login, their own password. */
    private Database seat(String login) {
        return seats.computeIfAbsent(login, name -> Database.open(newsroom.withUser(name), Database.OpenMode.EXISTING,
                JsonDocumentCodec.INSTANCE, Map.of("PGPASSWORD", new String(password(name)))));
    }

    private static StaffService staff(Database database) {
        return new StaffService(database, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK);
    }

    private Actor actor(String login) {
        return staff(seat(login)).connectedAs(null);
    }

    /** Plain JDBC as that login, as someone with psql and their own password would connect. */
    private Connection jdbc(String login) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("password", new String(password(login)));
        return DriverManager.getConnection(newsroom.jdbcUrl(), properties);
    }

    private static String refusedState(Connection connection, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
        return refused.getSQLState();
    }

    private static int updated(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void eachSeatIsTheAccountOfItsLoginWithItsRole() {
        assertEquals(Actor.staff(writer, Role.WRITER), actor(writer));
        assertEquals(Actor.staff(moderator, Role.MODERATOR), actor(moderator));
        assertEquals(Actor.staff(admin, Role.ADMIN), actor(admin));
        SignInFailedException claimed = assertThrows(SignInFailedException.class,
                () -> staff(seat(writer)).connectedAs(editor));
        assertTrue(claimed.getMessage().contains("connected as " + writer + ", not " + editor), claimed.getMessage());
        SignInFailedException ownerSeat = assertThrows(SignInFailedException.class,
                () -> staff(owner).connectedAs(null));
        assertTrue(ownerSeat.getMessage().startsWith("The login " + newsroom.user() + " has no staff account"),
                ownerSeat.getMessage());
    }

    @Test
    void theLoginsAreMembersOfTheNewsroomsGroupsAndOnlyAdminsMayMakeLogins() throws SQLException {
        try (Connection connection = jdbc(admin); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT r.rolname, r.rolcreaterole, array_to_string(ARRAY("
                        + "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                        + " WHERE m.member = r.oid ORDER BY 1), ',') FROM pg_roles r WHERE r.rolname IN ('" + admin
                        + "', '" + writer + "', '" + moderator + "') ORDER BY 1")) {
            Map<String, String> found = new LinkedHashMap<>();
            while (rows.next()) {
                found.put(rows.getString(1), rows.getBoolean(2) + " " + rows.getString(3));
            }
            String group = newsroom.database() + "_";
            assertEquals(Map.of(
                    admin, "true " + group + "admin," + group + "editor," + group + "moderator," + group + "writer",
                    writer, "false " + group + "writer",
                    moderator, "false " + group + "moderator"), found);
        }
    }

    @Test
    void aWriterWorksOnTheirOwnDraftsThroughTheirLogin() {
        Database database = seat(writer);
        Actor julien = actor(writer);
        ArticleService articles = new ArticleService(database, TestNewsrooms.CLOCK);
        assertFalse(articles.list(julien, ArticleFilter.ALL, 50).isEmpty(), "every role reads the articles");
        assertFalse(articles.search(julien, "the", ArticleFilter.ALL, 5).isEmpty());
        Article draft = articles.create(julien, "");
        Article written = articles.autosave(julien, draft.id(), new ArticleDraft("Harbour dredging starts", "", "",
                "", List.of("port"), draft.slug(), "en", Document.of(Block.paragraph("The first barge arrived."))),
                draft.version());
        Article saved = articles.save(julien, draft.id(), ArticleDraft.of(written), written.version(), "first full");
        Article submitted = articles.changeStatus(julien, draft.id(), ArticleStatus.IN_REVIEW, saved.version());
        assertEquals(ArticleStatus.IN_REVIEW, submitted.status());
        assertTrue(articles.revisions(julien, draft.id()).size() >= 2);

        Article untouched = articles.create(julien, "");
        assertTrue(articles.close(julien, untouched.id()), "an untouched new article leaves nothing behind");
        Article scrapped = articles.create(julien, "Scrapped idea");
        articles.deleteDraft(julien, scrapped.id());
        assertEquals(List.of(scrapped.id()), articles.trash(julien).stream()
                .filter(deleted -> deleted.articleId() == scrapped.id()).map(deleted -> deleted.articleId()).toList());
        articles.restoreDeleted(julien, scrapped.id());

        NewsroomService newsroomService = new NewsroomService(database);
        assertTrue(newsroomService.stats().subscriberCount() > 0, "counts are for everyone");
        assertTrue(newsroomService.articleCount(julien, ArticleFilter.ALL) > 0);
        assertDoesNotThrow(() -> new TransferService(database, TestNewsrooms.CLOCK).export(julien,
                new ByteArrayOutputStream(), ExportScope.ARTICLES, TaskMonitor.NONE));
        List<AuditEntry> own = new AuditService(database, TestNewsrooms.CLOCK).entries(julien, AuditFilter.ALL, 100);
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(entry -> entry.actor().equals(writer)), own.toString());
        assertTrue(new com.newsdesk.service.writing.WritingAids(database, TestNewsrooms.CLOCK,
                new com.newsdesk.service.writing.LanguageCheckers()).addWord(julien, "Tanger"));

        // The app's own check comes first, and says it in its words.
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> SubscriberDesk.of(database,
                TestNewsrooms.CLOCK).list().count(julien, SubscriberFilter.ALL));
        assertEquals(writer + " is a writer, and a writer may not see or change subscribers.", refused.getMessage());
    }

    @Test
    void aWritersOwnLoginCannotReadSubscribersNorTouchOthersWork() throws SQLException {
        long editorsDraft = new ArticleService(seat(editor), TestNewsrooms.CLOCK).create(actor(editor),
                "An editor's draft").id();
        long othersDraft = new ArticleService(seat(otherWriter), TestNewsrooms.CLOCK).create(actor(otherWriter),
                "Mia's draft").id();
        long ownDraft = new ArticleService(seat(writer), TestNewsrooms.CLOCK).create(actor(writer), "Julien's").id();
        ensurePrivacyKey();
        try (Connection psql = jdbc(writer)) {
            assertEquals("42501", refusedState(psql, "SELECT count(*) FROM subscribers"));
            assertEquals("42501", refusedState(psql, "SELECT email FROM subscribers LIMIT 1"));
            assertEquals("42501", refusedState(psql, "SELECT * FROM subscriber_terms LIMIT 1"));
            assertEquals("42501", refusedState(psql, "SELECT body FROM comments LIMIT 1"));
            assertEquals("42501", refusedState(psql, "SELECT author_email FROM comments LIMIT 1"));
            assertEquals("42501", refusedState(psql, "SELECT password_hash FROM staff"));
            assertEquals("42501", refusedState(psql, "CREATE TEMP TABLE newsdesk_roles (role TEXT, group_name TEXT)"));
            assertEquals("42501", refusedState(psql, "DELETE FROM audit_log"));
            assertEquals("42501", refusedState(psql, "INSERT INTO audit_log (at, actor, action) VALUES"
                    + " ('2026-12-01T00:00:00Z', '" + editor + "', 'forged')"));
            assertEquals("42501", refusedState(psql, "UPDATE staff SET role = 'admin' WHERE username = '" + writer
                    + "'"));
            assertEquals("42501", refusedState(psql, "INSERT INTO articles (slug, headline, status, body, body_text,"
                    + " created_at, updated_at, created_by) VALUES ('posing', 'Posing', 'draft', '{}', '',"
                    + " '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', '" + otherWriter + "')"));
            assertEquals("42501", refusedState(psql, "UPDATE articles SET status = 'published' WHERE id = " + ownDraft));
            assertEquals(0, updated(psql, "UPDATE articles SET headline = 'Defaced' WHERE id IN (" + editorsDraft
                    + ", " + othersDraft + ")"), "others' drafts are not the writer's to change");
            assertEquals(0, updated(psql, "DELETE FROM articles WHERE id IN (" + editorsDraft + ", " + othersDraft
                    + ")"));
            assertEquals(0, updated(psql, "UPDATE articles SET headline = 'Defaced' WHERE status = 'published'"));
            assertEquals("42501", refusedState(psql, "INSERT INTO article_trash (article_id, deleted_at) VALUES ("
                    + othersDraft + ", '2026-12-01T00:00:00Z')"));
            assertEquals(1, updated(psql, "UPDATE articles SET headline = 'Julien''s, by hand' WHERE id = "
                    + ownDraft), "their own draft is theirs");
            assertEquals(0, number(psql, "SELECT count(*) FROM settings WHERE key = 'privacy.email_key'"));
            assertTrue(number(psql, "SELECT count(*) FROM audit_log") > 0);
            assertEquals(0, number(psql, "SELECT count(*) FROM audit_log WHERE actor <> '" + writer + "'"),
                    "a writer reads their own audit entries only");
        }
        try (Connection psql = jdbc(editor)) {
            assertEquals(1, number(psql, "SELECT count(*) FROM settings WHERE key = 'privacy.email_key'"),
                    "those who manage subscribers use the key");
        }
    }

    private void ensurePrivacyKey() {
        owner.write(tx -> {
            if (tx.settings().get("privacy.email_key").isEmpty()) {
                tx.settings().put("privacy.email_key", "0123456789abcdef0123456789abcdef");
            }
            return null;
        });
    }

    @Test
    void aModeratorDecidesThroughTheirLoginAndReadsNothingElse() throws SQLException {
        Database database = seat(moderator);
        Actor hugo = actor(moderator);
        CommentService comments = new CommentService(database, TestNewsrooms.CLOCK);
        NewsroomService newsroomService = new NewsroomService(database);
        List<CommentSummary> queue = newsroomService.commentPage(hugo, CommentFilter.queue(CommentStatus.PENDING), 0,
                5);
        assertFalse(queue.isEmpty(), "the sample has pending comments");
        Comment first = queue.get(0).comment();
        Comment approved = comments.decide(hugo, first.id(), CommentStatus.PENDING, CommentStatus.APPROVED);
        assertEquals(CommentStatus.APPROVED, approved.status());
        Comment reply = comments.reply(hugo, first.id(), "Thank you, corrected.");
        assertEquals(Long.valueOf(first.id()), reply.parentId());
        var detail = comments.detail(hugo, first.id());
        assertTrue(detail.history().stream().anyMatch(entry -> moderator.equals(entry.who())),
                detail.history().toString());
        comments.saveRules(hugo, comments.rules(hugo));

        // Another moderator's decisions show in a comment's history (the audit of comments is the desk's).
        Comment second = queue.get(1).comment();
        StorageException posing = assertThrows(StorageException.class,
                () -> comments.decide(actor(editor), second.id(), CommentStatus.PENDING, CommentStatus.SPAM));
        assertTrue(posing.getMessage().contains("each login records only its own actions"), posing.getMessage());
        new CommentService(seat(editor), TestNewsrooms.CLOCK).decide(actor(editor), second.id(),
                CommentStatus.PENDING, CommentStatus.SPAM);
        assertTrue(comments.detail(hugo, second.id()).history().stream()
                .anyMatch(entry -> editor.equals(entry.who())));

        try (Connection psql = jdbc(moderator)) {
            assertEquals("42501", refusedState(psql, "SELECT count(*) FROM subscribers"));
            assertEquals("42501", refusedState(psql, "UPDATE articles SET headline = 'x'"));
            assertEquals("42501", refusedState(psql, "INSERT INTO staff (username, role, password_hash, created_at,"
                    + " updated_at) VALUES ('sneaky', 'admin', 'x', 'now', 'now')"));
            assertEquals(0, number(psql, "SELECT count(*) FROM audit_log WHERE record_type = 'subscriber'"));
        }
    }

    @Test
    void anAdminAddsASiteAndAModeratorSyncsItThroughTheirOwnLogin() throws SQLException {
        try (com.newsdesk.service.site.RealWordPress wordpress = com.newsdesk.service.site.RealWordPress.start()) {
            long held = wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Held on the site", "0");
            new com.newsdesk.service.site.SiteService(seat(admin), TestNewsrooms.CLOCK).add(actor(admin), "Our site",
                    wordpress.url, wordpress.user, wordpress.password);
            com.newsdesk.service.site.SiteService sites = new com.newsdesk.service.site.SiteService(seat(moderator),
                    TestNewsrooms.CLOCK);
            Actor hugo = actor(moderator);

            var first = sites.sync(hugo, "Our site", wordpress.password, TaskMonitor.NONE);
            assertEquals("", first.problem());
            assertEquals(2, first.pulled()); // with a stub for the site's post, made by a moderator's login
            long id = seat(moderator).read(tx -> tx.sites().commentOfRemote(sites.site(hugo, null).id(), held))
                    .orElseThrow();
            new CommentService(seat(moderator), TestNewsrooms.CLOCK).decide(hugo, id, CommentStatus.PENDING,
                    CommentStatus.APPROVED);
            var second = sites.sync(hugo, "Our site", wordpress.password, TaskMonitor.NONE);
            assertEquals(1, second.pushed());
            assertEquals("approved", wordpress.status(held));

            try (Connection psql = jdbc(moderator)) {
                assertEquals("42501", refusedState(psql, "INSERT INTO sites (name, url, username, added_by, added_at)"
                        + " VALUES ('mine', 'https://example.org', 'x', 'hugo', 'now')"));
            }
            try (Connection psql = jdbc(writer)) {
                assertEquals("42501", refusedState(psql, "SELECT count(*) FROM site_comments"));
            }
        }
    }

    @Test
    void anEditorPublishesAndKeepsSubscribersButNotStaffOrTheAuditTrail() throws SQLException {
        Database database = seat(editor);
        Actor nadia = actor(editor);
        ArticleService articles = new ArticleService(database, TestNewsrooms.CLOCK);
        Article draft = articles.create(nadia, "Council approves budget");
        draft = articles.autosave(nadia, draft.id(), new ArticleDraft("Council approves budget", "", "", "",
                List.of(), draft.slug(), "en", Document.of(Block.paragraph("By nine votes to two."))), draft.version());
        assertEquals(ArticleStatus.PUBLISHED, articles.changeStatus(nadia, draft.id(), ArticleStatus.PUBLISHED,
                draft.version()).status());
        articles.setTimeZone(nadia, "Africa/Casablanca");
        SubscriberDesk subscribers = SubscriberDesk.of(database, TestNewsrooms.CLOCK);
        subscribers.list().add(nadia, "reader." + run + "@example.org", "Zineb Alaoui", List.of("weekly"), "desk");
        assertEquals(1, subscribers.list().count(nadia, new SubscriberFilter(null, null, null, "zineb", null, null)));
        assertDoesNotThrow(() -> new TransferService(database, TestNewsrooms.CLOCK).export(nadia,
                new ByteArrayOutputStream(), ExportScope.SUBSCRIBERS, TaskMonitor.NONE));
        assertThrows(AccessDeniedException.class, () -> staff(database).list(nadia));
        try (Connection psql = jdbc(editor)) {
            assertEquals("42501", refusedState(psql, "SELECT password_hash FROM staff"));
            assertEquals("42501", refusedState(psql, "DELETE FROM audit_log"));
            assertEquals("42501", refusedState(psql, "CREATE ROLE sneaky LOGIN"));
        }
    }

    @Test
    void anAdminSeatDoesEverythingIncludingAWholeExport() {
        Database database = seat(admin);
        Actor boss = actor(admin);
        actor(editor); // a sign-in: an entry of the editor's in the audit trail
        assertTrue(staff(database).list(boss).size() >= 6);
        assertDoesNotThrow(() -> new TransferService(database, TestNewsrooms.CLOCK).export(boss,
                new ByteArrayOutputStream(), ExportScope.ALL, TaskMonitor.NONE));
        List<String> actors = new ArrayList<>(new AuditService(database, TestNewsrooms.CLOCK)
                .entries(boss, AuditFilter.ALL, 1000).stream().map(AuditEntry::actor).distinct().toList());
        assertTrue(actors.containsAll(List.of(admin, editor)), actors.toString());
    }

    @Test
    void offlineWorkTakesAndBringsBackThroughEachSeatsOwnLogin(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws SQLException {
        com.newsdesk.service.offline.OfflineService offline =
                new com.newsdesk.service.offline.OfflineService(TestNewsrooms.CLOCK);
        Actor julien = actor(writer);
        ArticleService articles = new ArticleService(seat(writer), TestNewsrooms.CLOCK);
        Article draft = articles.create(julien, "Taken on the train");
        try (Database laptop = Database.open(dir.resolve("julien.db"), Database.OpenMode.CREATE,
                JsonDocumentCodec.INSTANCE)) {
            offline.take(julien, seat(writer), laptop, Actor.owner("julien-laptop"), List.of(String.valueOf(draft.id())),
                    0);
            assertEquals(writer, articles.checkouts(julien, draft.id()).get(0).takenBy());
            // Another writer's login may not clear the mark.
            try (Connection mia = jdbc(otherWriter); Statement statement = mia.createStatement()) {
                assertEquals(0, statement.executeUpdate("DELETE FROM article_checkouts"));
            }
            ArticleService local = new ArticleService(laptop, TestNewsrooms.CLOCK);
            long localId = laptop.read(tx -> tx.offline().takenArticles()).get(0).localId();
            Article mine = local.find(Actor.owner("julien-laptop"), String.valueOf(localId));
            local.save(Actor.owner("julien-laptop"), localId, new ArticleDraft("Taken on the train", "", "", "",
                    List.of(), mine.slug(), "en", Document.of(Block.paragraph("Written between two stations."))),
                    mine.version(), null);
            var returned = offline.bringBack(julien, seat(writer), laptop, Actor.owner("julien-laptop"),
                    TaskMonitor.NONE);
            assertEquals(1, returned.saved(), returned.toString());
        }
        assertEquals("Written between two stations.", articles.find(julien, String.valueOf(draft.id())).bodyText());

        Actor hugo = actor(moderator);
        try (Database laptop = Database.open(dir.resolve("hugo.db"), Database.OpenMode.CREATE,
                JsonDocumentCodec.INSTANCE)) {
            var taken = offline.take(hugo, seat(moderator), laptop, Actor.owner("hugo-laptop"), List.of(), 2);
            assertEquals(2, taken.comments());
            CommentService local = new CommentService(laptop, TestNewsrooms.CLOCK);
            for (var comment : laptop.read(tx -> tx.offline().takenComments())) {
                local.decide(Actor.owner("hugo-laptop"), comment.localId(), CommentStatus.PENDING, CommentStatus.SPAM);
            }
            var returned = offline.bringBack(hugo, seat(moderator), laptop, Actor.owner("hugo-laptop"),
                    TaskMonitor.NONE);
            assertEquals(2, returned.decisionsSaved(), returned.toString());
        }
    }

    @Test
    void aDeactivatedAccountsLoginIsShutOutAtOnce() throws SQLException {
        Database before = seat(leaver);
        Actor leo = actor(leaver);
        new ArticleService(before, TestNewsrooms.CLOCK).list(leo, ArticleFilter.ALL, 5);
        staff(seat(admin)).deactivate(actor(admin), leaver);

        StorageException refusedNow = assertThrows(StorageException.class,
                () -> new ArticleService(before, TestNewsrooms.CLOCK).list(leo, ArticleFilter.ALL, 5));
        assertTrue(refusedNow.getMessage().contains("read or change articles"), refusedNow.getMessage());
        seats.remove(leaver).close();
        StorageException refusedAtTheDoor = assertThrows(StorageException.class, () -> seat(leaver));
        assertTrue(refusedAtTheDoor.getMessage().contains("does not let this login into the newsroom"),
                refusedAtTheDoor.getMessage());
        assertFalse(refusedAtTheDoor.getMessage().contains("ERROR"), "no raw server text");
    }

    @Test
    void aResetPasswordIsTheLoginsPassword() throws SQLException {
        String temporary = "writer_tmp_" + run;
        StaffService staff = staff(seat(admin));
        try {
            staff.add(actor(admin), temporary, "", Role.WRITER, "first password here".toCharArray());
            staff.resetPassword(actor(admin), temporary, password(temporary));
            try (Connection psql = jdbc(temporary)) {
                assertEquals(0, number(psql, "SELECT count(*) FROM articles WHERE id < 0"));
            }
        } finally {
            seats.values().forEach(Database::close);
            seats.clear();
            TestServer.dropLogins(temporary);
        }
    }

    @Test
    void aNewsroomMovedOntoTheServerGetsALoginPerAccount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String chief = "chief_" + run;
        String reporter = "reporter_" + run;
        NewsroomAddress.Server destination = TestServer.emptyDatabase("roles_moved");
        try (Database file = Database.open(dir.resolve("moving.db"), Database.OpenMode.CREATE,
                JsonDocumentCodec.INSTANCE)) {
            new SampleNewsroom(file, TestNewsrooms.CLOCK).fill(TestNewsrooms.OWNER, new SampleNewsroom.Size(3, 10, 10),
                    7, TaskMonitor.NONE);
            StaffService staff = staff(file);
            staff.createFirstAdmin(TestNewsrooms.OWNER, chief, "", "the chief's file password".toCharArray());
            staff.add(Actor.staff(chief, Role.ADMIN), reporter, "", Role.WRITER, "a reporter's password".toCharArray());
            CopyService.Copied copied;
            try (Database server = Database.open(destination, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE,
                    System.getenv())) {
                copied = new CopyService(TestNewsrooms.CLOCK).copy(Actor.staff(chief, Role.ADMIN), file, server,
                        TaskMonitor.NONE);
            }
            assertEquals(List.of(chief, reporter), copied.loginsMade());
            assertTrue(copied.describe().contains("cannot connect until given a password"), copied.describe());

            // The database administrator gives the first Admin a password; that Admin resets the others'.
            TestServer.execute(destination, "ALTER ROLE \"" + chief + "\" PASSWORD 'the chief''s server password'");
            try (Database chiefSeat = Database.open(destination.withUser(chief), Database.OpenMode.EXISTING,
                    JsonDocumentCodec.INSTANCE, Map.of("PGPASSWORD", "the chief's server password"))) {
                StaffService onServer = staff(chiefSeat);
                Actor seated = onServer.connectedAs(null);
                assertEquals(Actor.staff(chief, Role.ADMIN), seated);
                onServer.resetPassword(seated, reporter, "the reporter's new one".toCharArray());
            }
            try (Database reporterSeat = Database.open(destination.withUser(reporter), Database.OpenMode.EXISTING,
                    JsonDocumentCodec.INSTANCE, Map.of("PGPASSWORD", "the reporter's new one"))) {
                Actor seated = staff(reporterSeat).connectedAs(null);
                assertEquals(Role.WRITER, seated.role());
                assertEquals(3, new NewsroomService(reporterSeat).articleCount(seated, ArticleFilter.ALL));
            }
        } finally {
            TestServer.drop(destination);
            TestServer.dropLogins(chief, reporter);
        }
    }
}
