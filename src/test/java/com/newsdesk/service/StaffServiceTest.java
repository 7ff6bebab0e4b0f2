package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.AuditFilter;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.StaffMember;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServiceTest {
    private static final String PASSWORD = "paper and ink 1851";
    @TempDir Path dir;
    private Database db;
    private MutableClock clock;
    private StaffService staff;
    private AuditService audit;
    private Actor admin;

    @BeforeEach
    void newsroomWithAnAdmin() {
        db = TestNewsrooms.open(dir.resolve("n.db"));
        clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        staff = new StaffService(db, TestNewsrooms.FAST_HASHER, clock);
        audit = new AuditService(db, clock);
        assertFalse(staff.hasStaff());
        admin = staff.createFirstAdmin(TestNewsrooms.OWNER, "amina", "Amina El Idrissi", PASSWORD.toCharArray()).asActor();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstAccountIsAnAdminAndOnlyOnce() {
        assertTrue(staff.hasStaff());
        assertEquals(Role.ADMIN, admin.role());
        RefusedException again = assertThrows(RefusedException.class,
                () -> staff.createFirstAdmin(TestNewsrooms.OWNER, "other", "", PASSWORD.toCharArray()));
        assertEquals("This newsroom already has staff accounts; an Admin adds new ones.", again.getMessage());
    }

    @Test
    void signsInAndAuditsSuccessAndFailureWithoutSayingWhichPartWasWrong() {
        StaffMember member = staff.signIn("AMINA", PASSWORD.toCharArray());
        assertEquals("amina", member.username());
        SignInFailedException wrong = assertThrows(SignInFailedException.class,
                () -> staff.signIn("amina", "not the password".toCharArray()));
        SignInFailedException unknown = assertThrows(SignInFailedException.class,
                () -> staff.signIn("nobody", PASSWORD.toCharArray()));
        assertEquals(wrong.getMessage(), unknown.getMessage());
        List<String> actions = audit.entries(admin, AuditFilter.ALL, 10).stream().map(AuditEntry::action).toList();
        assertEquals(List.of("sign-in.failed", "sign-in.failed", "sign-in", "staff.create"), actions);
        assertTrue(audit.entries(admin, AuditFilter.ALL, 10).stream()
                .noneMatch(entry -> entry.detail().contains(PASSWORD) || entry.detail().contains("not the password")));
        // A password typed into the username field must not land in the trail either.
        assertThrows(SignInFailedException.class, () -> staff.signIn("my secret password", PASSWORD.toCharArray()));
        AuditEntry typedPassword = audit.entries(admin, AuditFilter.ALL, 1).get(0);
        assertEquals(StaffService.UNKNOWN_USER, typedPassword.actor());
        assertFalse(typedPassword.detail().contains("my secret password"));
    }

    @Test
    void clearsThePasswordItWasGiven() {
        char[] password = PASSWORD.toCharArray();
        staff.signIn("amina", password);
        assertArrayEquals(new char[PASSWORD.length()], password);
    }

    @Test
    void rehashesAtSignInWhenTheCostWasRaised() {
        StaffService stronger = new StaffService(db, new PasswordHasher(3_000), clock);
        stronger.signIn("amina", PASSWORD.toCharArray());
        String hash = db.read(tx -> tx.staff().credentials("amina")).orElseThrow().passwordHash();
        assertTrue(hash.startsWith("pbkdf2_sha256$3000$"), hash);
        assertEquals("password rehashed at 3000 iterations",
                audit.entries(admin, new AuditFilter(null, "sign-in", null, null), 1).get(0).detail());
        assertEquals("amina", staff.signIn("amina", PASSWORD.toCharArray()).username());
    }

    @Test
    void afterFiveFailuresInARowEachAttemptWaitsLonger() {
        for (int i = 0; i < StaffService.FREE_ATTEMPTS; i++) {
            assertEquals("Wrong username or password.", assertThrows(SignInFailedException.class,
                    () -> staff.signIn("amina", "wrong password!".toCharArray())).getMessage());
        }
        SignInFailedException locked = assertThrows(SignInFailedException.class,
                () -> staff.signIn("amina", PASSWORD.toCharArray())); // even the right password waits
        assertEquals("Too many failed sign-ins for amina. Try again in 1 seconds.", locked.getMessage());
        clock.advance(Duration.ofSeconds(1));
        assertThrows(SignInFailedException.class, () -> staff.signIn("amina", "wrong again!!".toCharArray()));
        assertTrue(assertThrows(SignInFailedException.class, () -> staff.signIn("amina", PASSWORD.toCharArray()))
                .getMessage().endsWith("Try again in 2 seconds."));
        clock.advance(Duration.ofSeconds(2));
        assertEquals("amina", staff.signIn("amina", PASSWORD.toCharArray()).username());
        assertThrows(SignInFailedException.class, () -> staff.signIn("amina", "wrong once more".toCharArray()));
        assertThrows(SignInFailedException.class, () -> staff.signIn("amina", "and again......".toCharArray()),
                "a success starts the count again");
    }

    /** Issue 12, finding 11: parallel guesses queue at the count; only one gets its password checked. */
    @Test
    void parallelGuessesAtTheLimitAreCheckedOneAtATime() throws Exception {
        for (int i = 0; i < StaffService.FREE_ATTEMPTS; i++) {
            assertThrows(SignInFailedException.class, () -> staff.signIn("amina", "wrong password!".toCharArray()));
        }
        clock.advance(Duration.ofSeconds(1)); // the sixth attempt is allowed now, once
        int guesses = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String guess = "guess number " + i;
            results.add(pool.submit(() -> {
                start.await();
                return assertThrows(SignInFailedException.class, () -> staff.signIn("amina", guess.toCharArray()))
                        .getMessage();
            }));
        }
        start.countDown();
        long checked = 0;
        for (var result : results) {
            if (result.get(30, java.util.concurrent.TimeUnit.SECONDS).equals("Wrong username or password.")) {
                checked++;
            }
        }
        pool.shutdown();
        assertEquals(1, checked, "one guess was checked; the other nine waited their turn and were refused");
        assertEquals(StaffService.FREE_ATTEMPTS + 1, audit.entries(admin, new AuditFilter(null, "sign-in.failed", null,
                null), 100).stream().filter(entry -> entry.detail().equals("wrong password")).count());
    }

    @Test
    void delaysDoubleUpToFifteenMinutes() {
        assertEquals(Duration.ZERO, StaffService.delayAfter(4));
        assertEquals(Duration.ofSeconds(1), StaffService.delayAfter(5));
        assertEquals(Duration.ofSeconds(8), StaffService.delayAfter(8));
        assertEquals(Duration.ofMinutes(15), StaffService.delayAfter(40));
    }

    @Test
    void aDeactivatedAccountCannotSignInAndKeepsItsHistory() {
        staff.add(admin, "julien", "Julien Moreau", Role.WRITER, PASSWORD.toCharArray());
        staff.signIn("julien", PASSWORD.toCharArray());
        staff.deactivate(admin, "julien");
        assertEquals("The account julien is deactivated.",
                assertThrows(SignInFailedException.class, () -> staff.signIn("julien", PASSWORD.toCharArray()))
                        .getMessage());
        assertFalse(audit.entries(admin, AuditFilter.ALL.withActor("julien"), 10).isEmpty());
        assertEquals(RefusedException.class,
                assertThrows(RefusedException.class, () -> staff.deactivate(admin, "amina")).getClass());
    }

    @Test
    void refusesBadNamesShortPasswordsAndTakenNames() {
        assertEquals("password: a password needs at least 10 characters", assertThrows(InvalidInputException.class,
                () -> staff.add(admin, "karim", "", Role.EDITOR, "short".toCharArray())).getMessage());
        assertTrue(assertThrows(InvalidInputException.class,
                () -> staff.add(admin, "no spaces", "", Role.EDITOR, PASSWORD.toCharArray())).getMessage()
                .startsWith("username: a username is 2 to 40 letters"));
        assertEquals("username: \"AMINA\" is taken", assertThrows(InvalidInputException.class,
                () -> staff.add(admin, "AMINA", "", Role.EDITOR, PASSWORD.toCharArray())).getMessage());
    }

    @Test
    void resetPasswordReplacesTheOldOne() {
        staff.add(admin, "salma", "", Role.MODERATOR, PASSWORD.toCharArray());
        staff.resetPassword(admin, "salma", "a brand new password".toCharArray());
        assertThrows(SignInFailedException.class, () -> staff.signIn("salma", PASSWORD.toCharArray()));
        assertEquals("salma", staff.signIn("salma", "a brand new password".toCharArray()).username());
    }
}
