package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.writing.LanguageCheckers;
import com.newsdesk.service.writing.WritingAids;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.settings.StyleSettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: the house style on the Settings desk, edited, saved, imported and exported, without a toolkit. */
class StyleSettingsViewModelTest {
    @TempDir Path dir;

    @Test
    void anEditorEditsTheHouseStyleAndMovesItAsCsv() throws Exception {
        try (Database db = TestNewsrooms.open(dir.resolve("n.db"))) {
            WritingAids aids = new WritingAids(db, TestNewsrooms.CLOCK, new LanguageCheckers());
            ScriptedDialogs dialogs = new ScriptedDialogs();
            Actor editor = Actor.staff("nadia", Role.EDITOR);
            StyleSettingsViewModel model = new StyleSettingsViewModel(editor, aids, BackgroundExecutor.direct(),
                    dialogs, failure -> { throw new AssertionError(failure); });
            model.load();
            assertFalse(model.add("", "Tanger", ""));
            assertEquals("Not added: a style entry needs the form to avoid.", model.messageProperty().get());
            assertTrue(model.add("Tangiers", "Tanger", "Our spelling"));
            assertTrue(model.add("tangiers", "Tanger", "Replaced, not listed twice"));
            assertEquals(1, model.rules().size());
            assertTrue(model.changedProperty().get());
            model.save();
            assertFalse(model.changedProperty().get());
            assertEquals("Replaced, not listed twice", aids.styleRules(editor).get(0).note());

            Path out = dir.resolve("style.csv");
            dialogs.answering(out);
            model.exportAsked();
            assertEquals("avoid,prefer,note\r\ntangiers,Tanger,\"Replaced, not listed twice\"\r\n",
                    Files.readString(out));
            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "avoid,prefer\nx,x\n");
            dialogs.answering(bad);
            model.importAsked();
            assertEquals("Not done: bad.csv, row 2, prefer: \"x\" would be replaced by itself",
                    model.messageProperty().get());
            assertEquals(1, model.rules().size(), "a refused file changes nothing");
            assertTrue(dialogs.allAnswered());
        }
    }
}
