package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Role;
import com.newsdesk.domain.StaffMember;
import com.newsdesk.service.StaffService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.staff.StaffViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Staff desk's form without a toolkit: a role is always chosen, passwords typed twice and explained inline. */
class StaffViewModelTest {
    @TempDir Path dir;

    @Test
    void theFirstAccountIsTheAdminAndEveryLaterOneNeedsAChosenRoleAndAPasswordTypedTwice() {
        List<Throwable> errors = new ArrayList<>();
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            StaffService staff = new StaffService(db, TestNewsrooms.FAST_HASHER, TestNewsrooms.CLOCK);
            StaffViewModel owner = new StaffViewModel(TestNewsrooms.OWNER, staff, BackgroundExecutor.direct(), errors::add);
            owner.refresh();
            assertEquals(Role.ADMIN, owner.newRoleProperty().get(), "a newsroom's first account is its Admin");
            owner.newUsernameProperty().set("amina");
            assertFalse(owner.add("short".toCharArray(), "short".toCharArray()));
            assertEquals("A password needs at least 10 characters; this one has 5.",
                    owner.passwordProblemProperty().get());
            assertFalse(owner.add("long enough 1".toCharArray(), "long enough 2".toCharArray()));
            assertEquals("The two passwords differ: type the same one twice.", owner.passwordProblemProperty().get());
            assertTrue(owner.add("long enough 1".toCharArray(), "long enough 1".toCharArray()));
            assertEquals("", owner.passwordProblemProperty().get());
            assertEquals(List.of("amina"), owner.accounts().stream().map(StaffMember::username).toList());

            StaffViewModel admin = new StaffViewModel(owner.accounts().get(0).asActor(), staff,
                    BackgroundExecutor.direct(), errors::add);
            admin.refresh();
            assertNull(admin.newRoleProperty().get(), "no role by default, least of all Admin");
            admin.newUsernameProperty().set("julien");
            assertFalse(admin.add("long enough 1".toCharArray(), "long enough 1".toCharArray()));
            assertEquals("Choose the new account's role.", admin.messageProperty().get());
            admin.newRoleProperty().set(Role.WRITER);
            assertTrue(admin.add("long enough 1".toCharArray(), "long enough 1".toCharArray()));
            assertNull(admin.newRoleProperty().get(), "the next account's role is chosen again");
            assertEquals("Added julien as Writer.", admin.messageProperty().get());
        }
        assertEquals(List.of(), errors);
    }
}
