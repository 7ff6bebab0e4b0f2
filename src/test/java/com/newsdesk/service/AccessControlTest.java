package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.Role;
import com.newsdesk.storage.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.newsdesk.service.subscribers.SubscriberDesk;
import com.newsdesk.service.subscribers.SubscriberList;

/** Every service operation, for every role, allowed or refused as README's table says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {
    private static final Set<Role> ALL = Set.of(Role.values());
    private static final Set<Role> ADMIN = Set.of(Role.ADMIN);
    private static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.EDITOR);
    private static final Set<Role> MODERATORS = Set.of(Role.ADMIN, Role.EDITOR, Role.MODERATOR);

    private Database db;
    private NewsroomService newsroom;
    private TransferService transfer;
    private StaffService staff;
    private AuditService audit;

    @BeforeAll
    void sampleNewsroom(@TempDir Path dir) {
        db = TestNewsrooms.sample(dir.resolve("n.db"), 5, 20, 20);
        newsroom = new NewsroomService(db);
        transfer = new TransferService(db, TestNewsrooms.CLOCK);
        staff = new StaffService(db, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK);
        audit = new AuditService(db, TestNewsrooms.CLOCK);
        staff.createFirstAdmin(TestNewsrooms.OWNER, "boss", "", "the first admin's password".toCharArray());
    }

    @AfterAll
    void close() {
        db.close();
    }

    Stream<Arguments> operations() {
        Map<String, Map.Entry<Set<Role>, Consumer<Actor>>> operations = new LinkedHashMap<>();
        operations.put("list articles", Map.entry(ALL, actor -> newsroom.articlePage(actor, com.newsdesk.domain.ArticleFilter.ALL, 0, 10)));
        operations.put("list comments", Map.entry(MODERATORS, actor -> newsroom.commentPage(actor, com.newsdesk.domain.CommentFilter.queue(null), 0, 10)));
        SubscriberDesk subscribers = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
        operations.put("count subscribers", Map.entry(EDITORS, actor -> subscribers.list().count(actor,
                com.newsdesk.domain.SubscriberFilter.ALL)));
        operations.put("export one person", Map.entry(EDITORS, actor -> subscribers.privacy().exportPerson(actor,
                "nobody@example.org", java.io.OutputStream.nullOutputStream())));
        operations.put("list subscribers", Map.entry(EDITORS, actor -> new SubscriberList(db, TestNewsrooms.CLOCK)
                .page(actor, com.newsdesk.domain.SubscriberFilter.ALL, 0, 0, 10)));
        operations.put("export articles", Map.entry(ALL, actor -> export(actor, ExportScope.ARTICLES)));
        operations.put("export comments", Map.entry(MODERATORS, actor -> export(actor, ExportScope.COMMENTS)));
        operations.put("export subscribers", Map.entry(EDITORS, actor -> export(actor, ExportScope.SUBSCRIBERS)));
        operations.put("export everything", Map.entry(ADMIN, actor -> export(actor, ExportScope.ALL)));
        operations.put("import", Map.entry(ADMIN, actor -> transfer.importStream(actor, new ByteArrayInputStream(
                "{\"format\":\"newsdesk\",\"version\":1}".getBytes(StandardCharsets.UTF_8)), 0, true, TaskMonitor.NONE)));
        operations.put("make a sample newsroom", Map.entry(ADMIN, actor -> {
            try {
                new SampleNewsroom(db, TestNewsrooms.CLOCK).fill(actor, new SampleNewsroom.Size(1, 0, 0), 1,
                        TaskMonitor.NONE);
            } catch (RefusedException allowedButTheNewsroomIsNotEmpty) {
                // past the permission check: what this test is about
            }
        }));
        operations.put("list staff", Map.entry(ADMIN, actor -> staff.list(actor)));
        operations.put("add staff", Map.entry(ADMIN, actor -> staff.add(actor, "new-" + actor.role().code(), "",
                Role.WRITER, "a long enough password".toCharArray())));
        operations.put("read own audit trail", Map.entry(ALL, actor -> audit.entries(actor, AuditFilter.ALL, 10)));
        return operations.entrySet().stream().flatMap(operation -> Stream.of(Role.values()).map(role -> Arguments.of(
                operation.getKey(), role, operation.getValue().getKey().contains(role), operation.getValue().getValue())));
    }

    private void export(Actor actor, ExportScope scope) {
        transfer.export(actor, new ByteArrayOutputStream(), scope, TaskMonitor.NONE);
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("operations")
    void eachRoleMayDoWhatTheTableSays(String operation, Role role, boolean allowed, Consumer<Actor> call) {
        Actor actor = Actor.staff("someone-" + role.code(), role);
        if (allowed) {
            assertDoesNotThrow(() -> call.accept(actor), operation);
        } else {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> call.accept(actor));
            assertTrue(refused.getMessage().startsWith("someone-" + role.code() + " is a"), refused.getMessage());
        }
    }

    @Test
    void aWriterCannotExportSubscribersAndSaysWhy() {
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> export(Actor.staff("julien", Role.WRITER), ExportScope.SUBSCRIBERS));
        assertEquals("julien is a writer, and a writer may not see or change subscribers.", refused.getMessage());
    }

    @Test
    void onlyAdminsReadEveryonesAuditTrail() {
        export(Actor.staff("nadia", Role.EDITOR), ExportScope.ARTICLES);
        export(Actor.staff("hugo", Role.MODERATOR), ExportScope.COMMENTS);
        assertTrue(audit.entries(Actor.staff("hugo", Role.MODERATOR), AuditFilter.ALL, 100).stream()
                .allMatch(entry -> entry.actor().equals("hugo")));
        assertTrue(audit.entries(Actor.staff("hugo", Role.MODERATOR), AuditFilter.ALL.withActor("nadia"), 100)
                .stream().allMatch(entry -> entry.actor().equals("hugo")), "asking for nadia's gives one's own");
        assertTrue(audit.entries(Actor.staff("boss", Role.ADMIN), AuditFilter.ALL, 100).stream()
                .map(AuditEntry::actor).toList().containsAll(java.util.List.of("nadia", "hugo")));
    }

    @Test
    void exportsAndImportsAreAudited() {
        Actor editor = Actor.staff("karim", Role.EDITOR);
        export(editor, ExportScope.SUBSCRIBERS);
        AuditEntry entry = audit.entries(editor, AuditFilter.ALL, 1).get(0);
        assertEquals("export", entry.action());
        assertEquals("subscribers: exported 0 articles, 0 revisions, 0 comments and 20 subscribers", entry.detail());
    }
}
