package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleNewsroomTest {
    @TempDir Path dir;

    @Test
    void theSamplesSpamIsExplainedByTheBlockedWordsInItsRules() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 10, 400, 0)) {
            CommentRules rules = db.read(tx -> tx.commentRules().load());
            assertEquals(SampleNewsroom.SPAM_WORDS, rules.list(CommentRules.Kind.BLOCKED_WORD));
            List<Comment> spam = new ArrayList<>();
            db.read(tx -> {
                tx.comments().forEach(comment -> {
                    if (comment.status() == CommentStatus.SPAM) {
                        spam.add(comment);
                    }
                });
                return null;
            });
            assertTrue(spam.size() > 10, "spam in the sample: " + spam.size());
            for (Comment comment : spam) {
                CommentRules.Verdict again = rules.judge(comment.authorName(), comment.authorEmail(),
                        comment.authorIp(), comment.body(), false);
                assertEquals(CommentStatus.SPAM, again.status(), comment.body());
                assertEquals(again.reason(), comment.reason(), "the reason names the word the rules hold");
                assertTrue(comment.reason().startsWith("blocked word \u201C"), comment.reason());
            }
        }
    }
}
