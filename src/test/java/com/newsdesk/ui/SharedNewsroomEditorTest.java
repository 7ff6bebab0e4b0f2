package com.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.TestServer;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomAddress;
import com.newsdesk.ui.articles.ArticleEditorViewModel;
import com.newsdesk.ui.articles.ArticleEditorViewModel.SaveState;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.common.Debouncer;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose a word across the network (issue 15): a seat whose server goes away mid-session keeps what was typed,
 * says so, and saves it by itself when the server is back, with no further typing. The network is a proxy the test
 * cuts; the server is the real one.
 */
class SharedNewsroomEditorTest {
    private static final Actor WRITER = Actor.staff("julien", Role.WRITER);
    @TempDir Path dir;

    @Test
    void whatWasTypedWhileTheServerWasAwayIsSavedWhenItReturns() throws Exception {
        Assumptions.assumeTrue(TestServer.active(), "no PostgreSQL server named");
        NewsroomAddress.Server server = TestServer.address(dir.resolve("away.db"));
        long id;
        try (TcpProxy network = new TcpProxy(server.host(), server.port());
                Database seat = Database.open(new NewsroomAddress.Server(server.host(), network.port(),
                        server.database(), server.user(), server.sslMode()), Database.OpenMode.EXISTING,
                        JsonDocumentCodec.INSTANCE, System.getenv())) {
            ArticleService articles = new ArticleService(seat, TestNewsrooms.CLOCK);
            Article article = articles.create(WRITER, "Le tramway");
            id = article.id();
            Debouncer timer = Debouncer.manual();
            Document[] body = {Document.of(Block.paragraph("Le tramway arrive lundi."))};
            ArticleEditorViewModel editor = new ArticleEditorViewModel(WRITER, articles, BackgroundExecutor.direct(),
                    timer, new ScriptedDialogs(), article.id());
            editor.bodySource(() -> body[0]);
            editor.open();
            editor.edited();
            timer.flush();
            assertEquals(SaveState.SAVED, editor.saveStateProperty().get());

            network.cut();
            body[0] = Document.of(Block.paragraph("Le tramway arrive lundi."), Block.paragraph("Typed on a train."));
            editor.edited();
            timer.flush();
            assertEquals(SaveState.FAILED, editor.saveStateProperty().get());
            String said = editor.messageProperty().get();
            assertTrue(said.startsWith("Not saved: ") && said.contains("could not be reached")
                    && said.endsWith("saving is tried again every few seconds."), said);
            assertTrue(!said.contains("PSQLException") && !said.contains("Connection refused"), said);

            network.resume();
            // The retries the failure scheduled, with no keystroke since: the first may still meet a pooled
            // connection the cut broke (the pool learns it then), so a few are allowed (more than the pool holds),
            // as the seat would make them.
            for (int retry = 0; retry < 6 && editor.saveStateProperty().get() != SaveState.SAVED; retry++) {
                timer.flush();
            }
            assertEquals(SaveState.SAVED, editor.saveStateProperty().get(), editor.messageProperty().get());
        }
        try (Database again = TestServer.open(dir.resolve("away.db"))) {
            String stored = again.read(tx -> tx.articles().find(id)).orElseThrow().bodyText();
            assertTrue(stored.contains("Typed on a train."), stored);
        }
    }
}
