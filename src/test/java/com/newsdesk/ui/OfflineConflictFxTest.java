package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.app.AppContext;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.offline.OfflineService;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Theme;
import com.newsdesk.ui.shell.ShellView;
import com.newsdesk.ui.shell.ShellViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The newsroom's side of offline work, in the window: an article someone has offline says so in its editor, and an
 * offline version that came back to a changed article waits in a bar to be compared and kept (or not).
 */
@ExtendWith(ApplicationExtension.class)
class OfflineConflictFxTest {
    private static final Actor AMINA = Actor.owner("amina");
    private Path file;
    private AppContext context;
    private BackgroundExecutor executor;
    private long conflicted;

    @Start
    void start(Stage stage) throws IOException {
        Theme.apply(false);
        Path dir = Files.createTempDirectory("newsdesk-offline");
        file = dir.resolve("newsroom.db");
        OfflineService offline = new OfflineService(TestNewsrooms.CLOCK);
        try (Database newsroom = Database.open(file, Database.OpenMode.CREATE, JsonDocumentCodec.INSTANCE)) {
            ArticleService articles = new ArticleService(newsroom, TestNewsrooms.CLOCK);
            Article tram = written(articles, "Tram opens", "The tram opens on Monday.");
            Article buses = written(articles, "Night buses", "Night buses run again.");
            conflicted = tram.id();
            // Amina took the tram story, changed it on the train; the desk changed it too; she brought it back.
            try (Database laptop = Database.open(dir.resolve("amina.db"), Database.OpenMode.CREATE,
                    JsonDocumentCodec.INSTANCE)) {
                offline.take(AMINA, newsroom, laptop, Actor.owner("laptop"), List.of(tram.slug()), 0);
                ArticleService local = new ArticleService(laptop, TestNewsrooms.CLOCK);
                Article mine = local.find(Actor.owner("laptop"), tram.slug());
                local.save(Actor.owner("laptop"), mine.id(), draft(mine, "Offline: the tram opens at six."),
                        mine.version(), null);
                articles.save(TestNewsrooms.OWNER, tram.id(), draft(tram, "Desk: the tram opens at seven."),
                        tram.version(), null);
                offline.bringBack(AMINA, newsroom, laptop, Actor.owner("laptop"), TaskMonitor.NONE);
            }
            // Sara has the bus story offline now.
            try (Database laptop = Database.open(dir.resolve("sara.db"), Database.OpenMode.CREATE,
                    JsonDocumentCodec.INSTANCE)) {
                offline.take(Actor.owner("sara"), newsroom, laptop, Actor.owner("laptop"), List.of(buses.slug()), 0);
            }
        }
        executor = BackgroundExecutor.withWorkers(Platform::runLater, 2);
        context = AppContext.open(file, TestNewsrooms.CLOCK, TestNewsrooms.FAST_HASHER, executor);
        var dialogs = new com.newsdesk.ui.common.FxDialogService(() -> stage);
        ShellViewModel model = context.ownerShell(dialogs);
        stage.setScene(new Scene(new ShellView(model, dialogs, path -> { }, () -> { }, () -> { }).root(), 1280, 800));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
        executor.close();
    }

    @Test
    void anArticleOfflineSaysWhoHasItAndAConflictIsSettledFromItsBar(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup(".table-cell").match(org.testfx.matcher.control.LabeledMatchers
                .hasText("draft, offline with sara")).tryQuery().isPresent());
        assertTrue(robot.lookup(".table-cell").match(org.testfx.matcher.control.LabeledMatchers
                .hasText("draft, conflict: offline changes")).tryQuery().isPresent());

        robot.doubleClickOn("Night buses");
        waitUntil(() -> robot.lookup("#offline-note").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#offline-note").queryLabeled().getText().startsWith("Taken offline by sara since "),
                robot.lookup("#offline-note").queryLabeled().getText());
        assertTrue(!robot.lookup("#offline-conflict").query().isVisible());

        robot.clickOn("All articles");
        robot.doubleClickOn("Tram opens");
        waitUntil(() -> robot.lookup("#offline-conflict").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        robot.clickOn("#keep-offline");
        waitUntil(() -> stored().bodyText().equals("Offline: the tram opens at six."));
        waitUntil(() -> robot.lookup("#offline-conflict").match(javafx.scene.Node::isVisible).tryQuery().isEmpty());
        assertEquals("Kept the offline changes by amina; the text before them is kept as a revision.",
                robot.lookup("#editor-message").match(javafx.scene.Node::isVisible).queryLabeled().getText());
    }

    private Article stored() {
        try (Database db = Database.open(file, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE)) {
            return db.read(tx -> tx.articles().find(conflicted)).orElseThrow();
        }
    }

    private static Article written(ArticleService articles, String headline, String body) {
        Article made = articles.create(TestNewsrooms.OWNER, headline);
        return articles.save(TestNewsrooms.OWNER, made.id(), draft(made, body), made.version(), null);
    }

    private static ArticleDraft draft(Article article, String body) {
        return new ArticleDraft(article.headline(), article.dek(), article.byline(), article.section(), article.tags(),
                article.slug(), article.language(), Document.of(Block.paragraph(body)));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get()); // a bound, not a pause
    }
}
