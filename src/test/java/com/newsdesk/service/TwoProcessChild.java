package com.newsdesk.service;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import com.newsdesk.service.subscribers.SubscriberDesk;

/**
 * Run twice at once by {@link TwoProcessTest}, on a newsroom file or a shared newsroom: N times, adds a paragraph to one article and a character to one
 * subscriber's name and to one comment's text, each from the version (or text) it read; when the other process got there first, reads again and retries,
 * as a person would after the "changed elsewhere" message. Prints the conflicts it met.
 */
public final class TwoProcessChild {
    public static void main(String[] args) {
        // A newsroom file, or (in the server run) the address of the newsroom's database on the server.
        var newsroom = com.newsdesk.storage.DataLocation.resolveAddress(args[0], System.getenv());
        String marker = args[1];
        int edits = Integer.parseInt(args[2]);
        long articleId = Long.parseLong(args[3]);
        long subscriberId = Long.parseLong(args[4]);
        long commentId = Long.parseLong(args[5]);
        int conflicts = 0;
        try (Database db = Database.open(newsroom, Database.OpenMode.EXISTING, JsonDocumentCodec.INSTANCE,
                System.getenv())) {
            ArticleService articles = new ArticleService(db, Clock.systemUTC());
            SubscriberDesk subscribers = SubscriberDesk.of(db, Clock.systemUTC());
            CommentService comments = new CommentService(db, Clock.systemUTC());
            for (int i = 0; i < edits; i++) {
                while (true) {
                    Article seen = db.read(tx -> tx.articles().find(articleId)).orElseThrow();
                    List<Block> blocks = new ArrayList<>(seen.body().blocks());
                    blocks.add(Block.paragraph(marker + " " + i));
                    try {
                        articles.autosave(AutosaveChild.WRITER, articleId, new ArticleDraft(seen.headline(), "", "",
                                "", List.of(), seen.slug(), "en", new Document(blocks)), seen.version());
                        break;
                    } catch (ArticleConflictException theirs) {
                        conflicts++;
                    }
                }
                while (true) {
                    Subscriber seen = db.read(tx -> tx.subscribers().find(subscriberId)).orElseThrow();
                    try {
                        List<String> labels = new ArrayList<>(seen.labels()); // one label an edit: names are short
                        labels.add(marker + " " + i);
                        subscribers.list().edit(TestNewsrooms.OWNER, seen, seen.name(), labels, seen.status(), false);
                        break;
                    } catch (RefusedException theirs) {
                        conflicts++;
                    }
                }
                while (true) {
                    String seen = db.read(tx -> tx.comments().find(commentId)).orElseThrow().body();
                    try {
                        comments.edit(TestNewsrooms.OWNER, commentId, seen, seen + marker);
                        break;
                    } catch (RefusedException theirs) {
                        conflicts++;
                    }
                }
            }
        }
        System.out.println("conflicts " + conflicts);
    }
}
