package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.newsdesk.service.subscribers.SubscriberDesk;

/** Consent through manual edits: who may be subscribed again, and when. */
class SubscriberConsentTest {
    @TempDir Path dir;
    private Database db;
    private MutableClock clock;
    private SubscriberDesk subscribers;

    @BeforeEach
    void open() {
        db = TestNewsrooms.open(dir.resolve("n.db"));
        clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
        subscribers = SubscriberDesk.of(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Subscriber edit(Subscriber seen, SubscriberStatus to, boolean personAsked) {
        return subscribers.list().edit(TestNewsrooms.OWNER, seen, seen.name(), seen.labels(), to, personAsked);
    }

    @Test
    void anUnsubscribedAddressIsSubscribedAgainOnlyWhenThePersonAsked() {
        Subscriber ana = subscribers.list().add(TestNewsrooms.OWNER, "ana@example.org", "Ana", List.of(), "website");
        clock.advance(Duration.ofDays(1));
        Subscriber left = edit(ana, SubscriberStatus.UNSUBSCRIBED, false);
        assertEquals(clock.instant(), left.unsubscribedAt());
        RefusedException refused = assertThrows(RefusedException.class,
                () -> edit(left, SubscriberStatus.SUBSCRIBED, false));
        assertEquals("ana@example.org is unsubscribed; subscribe it again only when the person asks (confirm the"
                + " resubscription).", refused.getMessage());
        assertEquals(SubscriberStatus.UNSUBSCRIBED, db.read(tx -> tx.subscribers().find(ana.id())).orElseThrow()
                .status(), "nothing changed");
        clock.advance(Duration.ofDays(1));
        Subscriber back = edit(left, SubscriberStatus.SUBSCRIBED, true);
        assertEquals(SubscriberStatus.SUBSCRIBED, back.status());
        assertEquals(clock.instant(), back.subscribedAt(), "consent is dated when it was given again");
    }

    @Test
    void aBouncedAddressNeedsTheRequestToo() {
        Subscriber bo = subscribers.list().add(TestNewsrooms.OWNER, "bo@example.org", "Bo", List.of(), "website");
        Subscriber bounced = edit(bo, SubscriberStatus.BOUNCED, false);
        assertThrows(RefusedException.class, () -> edit(bounced, SubscriberStatus.SUBSCRIBED, false));
        assertEquals(SubscriberStatus.SUBSCRIBED, edit(bounced, SubscriberStatus.SUBSCRIBED, true).status());
    }

    @Test
    void aBlocklistedAddressIsNeverSubscribedAgain() {
        Subscriber cy = subscribers.list().add(TestNewsrooms.OWNER, "cy@example.org", "Cy", List.of(), "website");
        Subscriber blocked = edit(cy, SubscriberStatus.BLOCKLISTED, false);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> edit(blocked, SubscriberStatus.SUBSCRIBED, true));
        assertEquals("cy@example.org is blocklisted and is never subscribed again.", refused.getMessage());
    }

    @Test
    void anErasedAddressCannotBeAddedAgain() {
        subscribers.list().add(TestNewsrooms.OWNER, "dee@example.org", "Dee", List.of(), "website");
        subscribers.privacy().erase(TestNewsrooms.OWNER, "dee@example.org");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> subscribers.list().add(TestNewsrooms.OWNER,
                "DEE@example.org", "Dee", List.of(), "website"));
        assertEquals("DEE@example.org was erased on request and is never subscribed again.", refused.getMessage());
    }
}
