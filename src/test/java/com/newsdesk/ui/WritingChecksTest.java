package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.writing.LanguageCheckers;
import com.newsdesk.service.writing.WritingAids;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.articles.WritingChecks;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 without a toolkit: a long text is checked in batches from the first paragraph on screen; ignore once. */
class WritingChecksTest {
    @TempDir Path dir;

    @Test
    void aLongTextIsCheckedInBatchesFromWhereTheWriterLooksAndOnlyChangesAreCheckedAgain() {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            Actor writer = Actor.staff("julien", Role.WRITER);
            WritingChecks checks = new WritingChecks(writer, new WritingAids(db, TestNewsrooms.CLOCK,
                    new LanguageCheckers()), BackgroundExecutor.direct(), failure -> { throw new AssertionError(failure); });
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                paragraphs.add("Paragraph number " + i + " reads well.");
            }
            paragraphs.set(50, "The authoritis closed the road.");
            List<List<WritingChecks.Checked>> handed = new ArrayList<>();
            checks.check(paragraphs, "en", 40, handed::add);
            assertEquals(3, handed.size(), "60 paragraphs in batches of 25");
            assertEquals(1, handed.get(0).get(50).issues().size(), "the paragraphs on screen come first");
            assertEquals(1, checks.countProperty().get());
            assertEquals("1 spelling", checks.stateProperty().get());

            handed.clear();
            paragraphs.set(3, "Another paragraph that reads well.");
            checks.check(paragraphs, "en", 0, handed::add);
            assertEquals(1, handed.size(), "one changed paragraph: one batch");

            WritingChecks.Checked marked = handed.get(0).get(50);
            checks.ignoreOnce(marked.text(), marked.issues().get(0));
            handed.clear();
            checks.check(paragraphs, "en", 0, handed::add);
            assertEquals(0, checks.countProperty().get());
            assertTrue(handed.get(0).get(50).issues().isEmpty());
            assertEquals("No writing issues", checks.stateProperty().get());
        }
    }
}
