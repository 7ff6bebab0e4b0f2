package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Run in a child JVM by {@link KillTest}: edits an article and autosaves until it is killed. */
public final class AutosaveChild {
    static final Actor WRITER = Actor.staff("julien", Role.WRITER);

    public static void main(String[] args) throws Exception {
        Actor writer = WRITER;
        Database db = Database.open(Path.of(args[0]), Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE);
        ArticleService articles = new ArticleService(db, Clock.systemUTC());
        long id = Long.parseLong(args[1]);
        Article article = articles.open(writer, id).article();
        long version = article.version();
        List<Block> blocks = new ArrayList<>();
        for (int word = 1; ; word++) {
            blocks.add(Block.paragraph("word " + word));
            version = articles.autosave(writer, id, new ArticleDraft(article.headline(), "", "", "", List.of(),
                    article.slug(), "en", new Document(blocks)), version).version();
            System.out.println("saved " + word); // only after the commit returned
            System.out.flush();
            Thread.sleep(5);
        }
    }
}
