package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberDetail;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;

/** One person beside the subscriber list: record, history, and comments from the same address for moderators. */
class SubscriberDetailTest {
    @TempDir Path dir;

    @Test
    void showsTheRecordItsHistoryAndTheCommentsFromTheSameAddress() {
        try (Database db = TestNewsrooms.sample(dir.resolve("n.db"), 3, 60, 0)) {
            SubscriberDesk subscribers = SubscriberDesk.of(db, TestNewsrooms.CLOCK);
            String author = db.read(tx -> {
                List<String> emails = new java.util.ArrayList<>();
                tx.comments().forEach(comment -> emails.add(comment.authorEmail()));
                return emails.stream().filter(email -> !email.isBlank()).findFirst().orElseThrow();
            });
            Subscriber added = subscribers.list().add(TestNewsrooms.OWNER, author, "Reader", List.of("Culture"), "website");
            Subscriber left = subscribers.list().edit(TestNewsrooms.OWNER, added, added.name(), List.of("Culture"),
                    SubscriberStatus.UNSUBSCRIBED, false);

            SubscriberDetail detail = subscribers.list().detail(TestNewsrooms.OWNER, left.id());
            assertEquals(author, detail.subscriber().email());
            assertEquals(List.of("added from website", "subscribed", "unsubscribed",
                    "edit: subscribed → unsubscribed"), detail.history().stream()
                    .map(SubscriberDetail.HistoryEntry::what).toList());
            assertNotNull(detail.comments(), "an owner may moderate: the comments from the address are shown");
            long written = db.read(tx -> tx.comments().countByStatusOfAuthor(author)).values().stream()
                    .mapToLong(Long::longValue).sum();
            assertEquals(written, detail.comments().total());

            assertThrows(AccessDeniedException.class, () -> subscribers.list().detail(Actor.staff("w", Role.WRITER),
                    left.id()));
        }
    }
}
