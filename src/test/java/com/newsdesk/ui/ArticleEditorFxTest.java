package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.app.AppContext;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.shell.ShellView;
import com.newsdesk.ui.shell.ShellViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Writing in the real editor: a new article, shortcuts, undo, and the autosave reaching the database. */
@ExtendWith(ApplicationExtension.class)
class ArticleEditorFxTest {
    private Path file;
    private AppContext context;
    private BackgroundExecutor executor;

    @Start
    void start(Stage stage) throws IOException {
        Theme.apply(false);
        file = Files.createTempDirectory("newsdesk-editor").resolve("newsroom.db");
        TestNewsrooms.sample(file, 2, 0, 0).close();
        executor = BackgroundExecutor.withWorkers(Platform::runLater, 2);
        context = AppContext.open(file, TestNewsrooms.CLOCK, TestNewsrooms.FAST_HASHER, executor);
        ShellViewModel model = context.ownerShell(new com.newsdesk.ui.common.FxDialogService(() -> stage));
        stage.setScene(new Scene(new ShellView(model, new com.newsdesk.ui.common.FxDialogService(() -> stage), path -> { }, () -> { }, () -> { }).root(), 1280, 800));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
        executor.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesWithShortcutsUndoesAndAutosaves(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#new-article").tryQuery().isPresent());
        robot.clickOn("#new-article");
        waitUntil(() -> robot.lookup("#article-body").tryQuery().isPresent());
        StyledTextArea<BlockType, ?> body = robot.lookup("#article-body").query();
        robot.clickOn(body);
        robot.write("Title line");
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT, KeyCode.CONTROL);
        assertTrue(robot.lookup("#block-heading2").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the toolbar shows the block at the caret");
        robot.type(KeyCode.ENTER); // after a heading: a paragraph
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BlockType.PARAGRAPH, body.getParagraph(1).getParagraphStyle());
        assertTrue(robot.lookup("#block-paragraph").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        assertTrue(robot.lookup("#mark-bold").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the toolbar shows the marks the next letters get");
        assertEquals("Bold (Ctrl+B)", robot.lookup("#mark-bold").queryAs(javafx.scene.control.ToggleButton.class)
                .getTooltip().getText(), "the key it names is the key that does it (EditorAction)");
        assertEquals("Heading 2 (Ctrl+Alt+2)", robot.lookup("#block-heading2")
                .queryAs(javafx.scene.control.ToggleButton.class).getTooltip().getText());
        robot.write("bold");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.write(" then plain");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        robot.write(" slanted");
        robot.type(KeyCode.ENTER); // italic does not carry into the new paragraph
        robot.write("next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!((com.newsdesk.ui.editor.TextStyle) body.getStyleOfChar(body.getLength() - 1)).has(Mark.ITALIC));
        assertTrue(!robot.lookup("#mark-italic").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        // One undo step is one word (no pause needed), then the new paragraph alone; never the heading with it.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(body.getText().endsWith("slanted\n"), "undo took back the last word: [" + body.getText() + "]");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(body.getText().endsWith("slanted"), "then the new paragraph: [" + body.getText() + "]");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(body.getText().endsWith("then plain"), "then one word: [" + body.getText() + "]");
        assertEquals("Title line", body.getParagraph(0).getText(), "the heading stays");
        assertEquals(BlockType.HEADING_2, body.getParagraph(0).getParagraphStyle());

        try {
            waitUntil(() -> robot.lookup("#save-state").queryLabeled().getText().equals("All changes saved")
                    && storedBody().blocks().size() == 2);
        } catch (TimeoutException e) {
            throw new AssertionError("state " + robot.lookup("#save-state").queryLabeled().getText() + ", message "
                    + robot.lookup("#editor-message").queryLabeled().getText() + ", stored " + storedBody()
                    + ", text [" + body.getText() + "]", e);
        }
        Document stored = storedBody();
        assertEquals(BlockType.HEADING_2, stored.blocks().get(0).type());
        assertEquals(BlockType.PARAGRAPH, stored.blocks().get(1).type());
        assertEquals("Title line", stored.blocks().get(0).text());
        Run first = stored.blocks().get(1).runs().get(0);
        assertEquals("bold", first.text());
        assertTrue(first.has(Mark.BOLD));
        assertTrue(stored.blocks().get(1).text().startsWith("bold then plain"));

        // Pasting HTML from a browser keeps what the model can express and drops the rest.
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putHtml("<p>Pasted <b>strong</b><script>alert(1)</script> <span onclick='x()'>text</span></p>"
                    + "<h3>Sub</h3>");
            content.putString("Pasted strong text Sub");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> storedBody().plainText().contains("Pasted strong text"));
        Document pasted = storedBody();
        assertTrue(!pasted.plainText().contains("alert"), pasted.plainText());
        assertTrue(pasted.blocks().stream().anyMatch(block -> block.runs().contains(Run.of("strong", Mark.BOLD))));
        assertEquals(BlockType.HEADING_3, pasted.blocks().get(pasted.blocks().size() - 1).type());

        // Replace all is one undo step, however many it replaces.
        String before = body.getText();
        long occurrences = before.chars().filter(c -> c == 'e').count();
        assertTrue(occurrences > 3, before);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        robot.clickOn("#find-text").write("e");
        robot.clickOn("#replace-text").write("é");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.replace('e', 'é').replace('E', 'é'), body.getText());
        robot.clickOn(body);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, body.getText(), "one undo brings every replacement back");
    }

    @Test
    void theChecklistStopsAnEmptyArticleAndPublishingAsksFirst(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#new-article").tryQuery().isPresent());
        robot.clickOn("#new-article");
        waitUntil(() -> robot.lookup("#move-published").tryQuery().isPresent()
                && robot.lookup("#checklist").queryLabeled().getText().equals("2 to fix, 2 warnings"));
        assertEquals("", robot.lookup("#article-headline").queryTextInputControl().getText(), "no \"Untitled\"");
        assertEquals("Draft", robot.lookup("#status-badge").queryLabeled().getText());
        robot.clickOn("#checklist"); // the list itself, not only a tooltip
        waitUntil(() -> robot.lookup("#checklist-items").query().isVisible());
        assertTrue(robot.lookup("✗  To fix: The headline is empty.").tryQuery().isPresent());
        robot.clickOn("#move-published");
        waitUntil(() -> robot.lookup("#editor-message").queryLabeled().getText()
                .equals("Not ready to publish: The headline is empty. The body is empty."));
        assertEquals("Not ready to publish: The headline is empty. The body is empty.",
                robot.lookup("#editor-message").queryLabeled().getTooltip().getText(), "the whole message on hover");
        robot.clickOn("#article-headline").write("Tram opens");
        robot.clickOn("#article-body").write("The tram opens on Monday.");
        waitUntil(() -> robot.lookup("#checklist").queryLabeled().getText().equals("2 warnings"));

        robot.clickOn("#move-published");
        waitUntil(() -> robot.lookup("#confirm-move").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText()
                .startsWith("Publish now: \u201CTram opens\u201D becomes visible to readers"));
        robot.type(KeyCode.ENTER); // Cancel is the default: Enter alone publishes nothing
        waitUntil(() -> robot.lookup("#confirm-move").tryQuery().isEmpty());
        assertEquals(com.newsdesk.domain.ArticleStatus.DRAFT, storedArticle().status());

        robot.clickOn("#move-published");
        waitUntil(() -> robot.lookup("#confirm-move").tryQuery().isPresent());
        robot.clickOn("#confirm-move");
        waitUntil(() -> robot.lookup("#editor-message").queryLabeled().getText().equals("Now published."));
        assertEquals(com.newsdesk.domain.ArticleStatus.PUBLISHED, storedArticle().status());
        assertEquals("Published", robot.lookup("#status-badge").queryLabeled().getText());

        // Edits to a published article are saved aside; readers keep the live text until Update.
        robot.clickOn("#article-body").write(" Updated.");
        waitUntil(() -> robot.lookup("#pending-bar").query().isVisible()
                && robot.lookup("#status-badge").queryLabeled().getText().equals("Published, changes not yet live"));
        waitUntil(() -> {
            try (Database db = TestNewsrooms.open(file)) {
                return db.read(tx -> tx.articles().pending(3)).map(p -> p.draft().body().plainText()
                        .contains("Updated.")).orElse(false);
            }
        });
        assertEquals("The tram opens on Monday.", storedArticle().bodyText(), "not live yet");
        robot.clickOn("#update-live");
        waitUntil(() -> robot.lookup("#confirm-update").tryQuery().isPresent());
        robot.clickOn("#confirm-update");
        waitUntil(() -> robot.lookup("#editor-message").queryLabeled().getText()
                .equals("Updated: readers now see these changes."));
        assertTrue(storedArticle().bodyText().contains("Updated."));
        assertTrue(!robot.lookup("#pending-bar").query().isVisible());

        waitUntil(() -> robot.lookup("#move-draft").tryQuery().isPresent());
        assertEquals("Unpublish", robot.lookup("#move-draft").queryButton().getText());
        robot.clickOn("#move-draft");
        waitUntil(() -> robot.lookup("#confirm-move").tryQuery().isPresent());
        robot.clickOn("#confirm-move");
        waitUntil(() -> robot.lookup("#editor-message").queryLabeled().getText().equals("Now draft."));
        assertEquals(com.newsdesk.domain.ArticleStatus.DRAFT, storedArticle().status());
    }

    @Test
    void aDraftDeletedFromTheListWaitsInTheTrashAndComesBack(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#new-article").tryQuery().isPresent());
        robot.clickOn("#new-article");
        waitUntil(() -> robot.lookup("#article-headline").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#article-headline").query().isFocused()); // a new article starts there
        robot.write("Delete me");
        // Closed only once the headline holds the words: closing an untouched new article leaves nothing behind.
        waitUntil(() -> robot.lookup("#article-headline").queryTextInputControl().getText().equals("Delete me"));
        // A clean clone once failed here with a second window showing: a tooltip under the pointer (left over the
        // editor by the click on New article) takes the keys under Monocle, and Ctrl+W never reached the window.
        // Moving the pointer away did not always close it, and a later clean clone still saw a second window for 15 s
        // with every popup hidden: whatever else is showing (a tooltip, a window an earlier test left) is closed, said
        // in the report, and the keys go to the window, focused.
        javafx.stage.Window window = robot.lookup("#article-headline").query().getScene().getWindow();
        robot.moveTo(new javafx.geometry.Point2D(window.getX() + 2, window.getY() + 2));
        java.util.List<String> others = new java.util.ArrayList<>();
        robot.interact(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(shown -> shown != window).forEach(shown -> {
                    others.add(shown.getClass().getSimpleName() + (shown instanceof javafx.stage.Stage stage
                            ? " \"" + stage.getTitle() + "\"" : ""));
                    shown.hide();
                }));
        robot.interact(window::requestFocus);
        try {
            waitUntil(() -> robot.listWindows().size() == 1 && window.isFocused());
        } catch (TimeoutException e) {
            throw new AssertionError("other windows " + others + ", still showing " + robot.listWindows(), e);
        }
        robot.targetWindow(window);
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        javafx.scene.control.TableView<com.newsdesk.domain.SearchHit> table =
                robot.lookup("#articles-table").queryTableView();
        try {
            waitUntil(() -> table.getItems().size() == 3 && table.getItems().get(0) != null
                    && table.getItems().get(0).article().headline().equals("Delete me"));
        } catch (TimeoutException e) { // say what the list and the newsroom held instead
            throw new AssertionError("the list shows " + table.getItems().stream().map(hit -> hit == null ? "(loading)"
                    : hit.article().headline()).toList() + ", the newsroom holds " + storedCount()
                    + " articles, the focus is on " + robot.targetWindow().getScene().getFocusOwner()
                    + ", windows: " + robot.listWindows().size(), e);
        }
        chooseFromRowMenu(robot, "Delete me", "article-delete", "Delete draft…");
        waitUntil(() -> robot.lookup("#confirm-delete").tryQuery().isPresent());
        robot.clickOn("#confirm-delete");
        waitUntil(() -> table.getItems().size() == 2 && robot.lookup("#articles-message").queryLabeled().getText()
                .startsWith("Deleted \u201CDelete me\u201D: in the trash until"));
        assertEquals(3, storedCount(), "kept, in the trash");

        robot.clickOn("#show-trash");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0) != null);
        chooseFromRowMenu(robot, "Delete me", "article-restore", "Restore");
        waitUntil(() -> table.getItems().isEmpty());
        robot.clickOn("#show-trash");
        waitUntil(() -> table.getItems().size() == 3);
    }

    @Test
    void ctrlNMakesANewArticleAndCtrlWClosesItLeavingNothingWhenUntouched(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#articles-table").tryQuery().isPresent());
        robot.clickOn("#articles-table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#article-body").tryQuery().isPresent() && storedCount() == 3);
        waitUntil(() -> robot.lookup("#article-headline").query().isFocused()); // a new article starts at its headline
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#article-body").tryQuery().isEmpty() && storedCount() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#article-body").tryQuery().isPresent());
        robot.clickOn("#article-body").write("Kept.");
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#article-body").tryQuery().isEmpty() && storedCount() == 3);
        assertEquals("Kept.", storedArticleNumber(3).bodyText(), "closing saves first");
    }

    @Test
    void ctrlKWithNothingSelectedAsksForTheTextAndTheAddress(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#new-article").tryQuery().isPresent());
        robot.clickOn("#new-article");
        waitUntil(() -> robot.lookup("#article-body").tryQuery().isPresent());
        robot.clickOn("#article-body").write("Read ");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#link-text").tryQuery().isPresent());
        robot.clickOn("#link-text").write("the report");
        robot.clickOn("#link-address").eraseText(8).write("javascript:alert(1)");
        robot.clickOn("#link-insert");
        waitUntil(() -> robot.lookup("#link-text").tryQuery().isPresent()); // refused: the dialog stays
        robot.clickOn("#link-address").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("https://example.org/report");
        robot.clickOn("#link-insert");
        waitUntil(() -> robot.lookup("#link-text").tryQuery().isEmpty());
        waitUntil(() -> storedBody().blocks().size() == 1 && storedBody().blocks().get(0).runs().size() == 2);
        Run link = storedBody().blocks().get(0).runs().get(1);
        assertEquals("the report", link.text());
        assertEquals("https://example.org/report", link.href());
    }

    @Test
    void searchingShowsResultsAsYouTypeDownEntersThemEscapeClears(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#articles-table").tryQuery().isPresent());
        javafx.scene.control.TableView<com.newsdesk.domain.SearchHit> table =
                robot.lookup("#articles-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2 && table.getItems().get(0) != null);
        var wanted = table.getItems().get(0).article();
        String word = java.util.Arrays.stream(wanted.headline().split("[^\\p{L}]+"))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();

        robot.clickOn("#article-search").write(word); // no Enter: the results follow the typing
        waitUntil(() -> table.getItems().stream().anyMatch(hit -> hit != null && hit.article().id() == wanted.id())
                && table.getColumns().get(1).isVisible()); // the Match column: a search is shown
        robot.type(KeyCode.DOWN);
        try {
            waitUntil(() -> table.isFocused() && table.getSelectionModel().getSelectedIndex() == 0);
        } catch (TimeoutException e) {
            throw new AssertionError("focus " + table.getScene().getFocusOwner() + ", selected "
                    + table.getSelectionModel().getSelectedIndex() + ", rows " + table.getItems().size(), e);
        }
        robot.type(KeyCode.ENTER); // opens the selected result
        waitUntil(() -> robot.lookup("#article-headline").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#article-headline").tryQuery().isEmpty());

        robot.clickOn("#article-search");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#article-search").queryTextInputControl().getText().isEmpty()
                && table.getItems().size() == 2 && !table.getColumns().get(1).isVisible());
    }

    /** What a right click does; Monocle's headless right click raises no context-menu event, so it is raised here. */
    /**
     * Opens the row's context menu and chooses an item. The item is fired rather than clicked: a clean clone once
     * timed out after clicking "Delete draft…" with no confirmation showing, the click lost under Monocle. What the
     * menu offered is checked by its text, and the report says what showed instead.
     */
    private static void chooseFromRowMenu(FxRobot robot, String cellText, String itemId, String itemText)
            throws TimeoutException {
        javafx.scene.Node cell = robot.lookup(".table-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText(cellText)).query();
        javafx.geometry.Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
        robot.interact(() -> javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, bounds.getMinX() + 5,
                bounds.getMinY() + 5, false, null)));
        java.util.concurrent.atomic.AtomicReference<javafx.scene.control.MenuItem> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        try {
            waitUntil(() -> {
                javafx.stage.Window.getWindows().stream()
                        .filter(window -> window instanceof javafx.scene.control.ContextMenu && window.isShowing())
                        .flatMap(window -> ((javafx.scene.control.ContextMenu) window).getItems().stream())
                        .filter(item -> itemId.equals(item.getId())).findFirst().ifPresent(found::set);
                return found.get() != null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("no menu item " + itemId + " on the row \"" + cellText + "\"; windows: "
                    + robot.listWindows(), e);
        }
        javafx.scene.control.MenuItem item = found.get();
        assertEquals(itemText, item.getText());
        // Not interact(): the item may open a confirmation, which waits in a nested event loop until answered.
        javafx.application.Platform.runLater(() -> {
            item.getParentPopup().hide();
            item.fire();
        });
    }

    private long storedCount() {
        try (Database db = TestNewsrooms.open(file)) {
            return db.read(tx -> tx.articles().count());
        }
    }

    private com.newsdesk.domain.Article storedArticle() {
        return storedArticleNumber(3);
    }

    private com.newsdesk.domain.Article storedArticleNumber(long id) {
        try (Database db = TestNewsrooms.open(file)) {
            return db.read(tx -> tx.articles().find(id)).orElseThrow();
        }
    }

    private Document storedBody() {
        try (Database db = TestNewsrooms.open(file)) {
            return db.read(tx -> tx.articles().find(3)).map(article -> article.body()).orElse(Document.EMPTY);
        }
    }

    /** Issue 20: a misspelling is marked as you write; its suggestion is taken from the menu, and undone in one step. */
    @Test
    void aSpellingMarkOffersItsSuggestionAndUndoTakesItBackInOneStep(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#new-article").tryQuery().isPresent());
        robot.clickOn("#new-article");
        waitUntil(() -> robot.lookup("#article-body").tryQuery().isPresent());
        StyledTextArea<BlockType, ?> body = robot.lookup("#article-body").query();
        robot.clickOn(body);
        robot.write("The authoritis closed the road.");
        // The first check loads English (seconds on a busy machine), then marks the word.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#writing-state").queryLabeled().getText().equals("1 spelling")).get());
        robot.clickOn("#checklist"); // the list: the writing warning jumps to the first issue
        waitUntil(() -> robot.lookup("#checklist-writing").tryQuery().isPresent());
        robot.clickOn("#checklist-writing");
        waitUntil(() -> body.getSelectedText().equals("authoritis"));
        robot.interact(() -> body.moveTo(6)); // inside "authoritis"
        robot.press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#writing-menu").tryQuery().isPresent()
                || robot.lookup(".context-menu").tryQuery().isPresent());
        javafx.scene.control.ContextMenu menu = (javafx.scene.control.ContextMenu) javafx.stage.Window.getWindows()
                .stream().filter(window -> window instanceof javafx.scene.control.ContextMenu).findFirst().orElseThrow();
        javafx.scene.control.MenuItem suggestion = menu.getItems().stream()
                .filter(item -> "suggestion-0".equals(item.getId())).findFirst().orElseThrow();
        assertEquals("authorities", suggestion.getText());
        robot.interact(() -> {
            suggestion.fire();
            menu.hide();
        });
        assertEquals("The authorities closed the road.", body.getText());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The authoritis closed the road.", body.getText(), "the suggestion was one undo step");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get()); // a bound, not a pause
    }
}
