package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When consent and its withdrawal are dated: the one rule every way of changing a subscriber follows. */
class SubscriberTest {
    private static final Instant JOINED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant LATEST = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void theTimesMoveOnlyWhenTheStatusDoes() {
        Subscriber ana = Subscriber.arriving(1, "ana@example.org", "Ana", SubscriberStatus.SUBSCRIBED, List.of(),
                "website", JOINED, JOINED);
        assertEquals(JOINED, ana.subscribedAt());
        assertNull(ana.unsubscribedAt());
        Subscriber renamed = ana.changedTo("Ana B.", List.of("Press"), SubscriberStatus.SUBSCRIBED, LATER);
        assertEquals(JOINED, renamed.subscribedAt(), "a rename is not a new consent");
        Subscriber left = renamed.changedTo("Ana B.", List.of(), SubscriberStatus.UNSUBSCRIBED, LATER);
        assertEquals(LATER, left.unsubscribedAt());
        Subscriber stillLeft = left.changedTo("Ana", List.of(), SubscriberStatus.UNSUBSCRIBED, LATEST);
        assertEquals(LATER, stillLeft.unsubscribedAt(), "staying unsubscribed keeps the first date");
        Subscriber back = stillLeft.changedTo("Ana", List.of(), SubscriberStatus.SUBSCRIBED, LATEST);
        assertEquals(LATEST, back.subscribedAt(), "subscribing again dates the new consent");
        assertEquals(LATEST, back.updatedAt());
    }

    @Test
    void someoneArrivingUnsubscribedHasNoConsentDate() {
        Subscriber bo = Subscriber.arriving(2, "bo@example.org", "", SubscriberStatus.UNSUBSCRIBED, List.of(), "csv",
                JOINED, LATER);
        assertNull(bo.subscribedAt());
        assertEquals(LATER, bo.unsubscribedAt());
        assertEquals(JOINED, bo.createdAt());
    }

    @Test
    void theConsentRuleForAManualChange() {
        Subscriber ana = Subscriber.arriving(1, "ana@example.org", "Ana", SubscriberStatus.SUBSCRIBED, List.of(),
                "website", JOINED, JOINED);
        assertEquals(Subscriber.Move.FREE, ana.moveTo(SubscriberStatus.UNSUBSCRIBED), "leaving is always allowed");
        assertEquals(Subscriber.Move.FREE, ana.moveTo(SubscriberStatus.SUBSCRIBED));
        for (SubscriberStatus away : List.of(SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.BOUNCED)) {
            assertEquals(Subscriber.Move.ONLY_IF_THEY_ASKED,
                    ana.changedTo("Ana", List.of(), away, LATER).moveTo(SubscriberStatus.SUBSCRIBED));
        }
        Subscriber blocked = ana.changedTo("Ana", List.of(), SubscriberStatus.BLOCKLISTED, LATER);
        assertEquals(Subscriber.Move.NEVER, blocked.moveTo(SubscriberStatus.SUBSCRIBED));
        assertEquals(Subscriber.Move.FREE, blocked.moveTo(SubscriberStatus.UNSUBSCRIBED));
    }
}
