package com.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A newsletter subscriber. The email is unique in the newsroom ignoring case. {@code note} is Ghost's members note;
 * {@code attributes} listmonk's attributes, a JSON object as text ("" when none), kept so that they survive.
 */
public record Subscriber(
        long id,
        String email,
        String name,
        SubscriberStatus status,
        List<String> labels,
        String source,
        Instant subscribedAt,
        Instant unsubscribedAt,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String note,
        String attributes) {

    public Subscriber {
        Objects.requireNonNull(email, "email");
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(status, "status");
        labels = List.copyOf(Names.cleanList(labels));
        source = Objects.requireNonNullElse(source, "");
        note = Objects.requireNonNullElse(note, "");
        attributes = Objects.requireNonNullElse(attributes, "");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A subscriber not read from a newsroom (to add, import or compare): version 0, no note or attributes. */
    public Subscriber(long id, String email, String name, SubscriberStatus status, List<String> labels, String source,
            Instant subscribedAt, Instant unsubscribedAt, Instant createdAt, Instant updatedAt) {
        this(id, email, name, status, labels, source, subscribedAt, unsubscribedAt, createdAt, updatedAt, 0, "", "");
    }

    public Subscriber(long id, String email, String name, SubscriberStatus status, List<String> labels, String source,
            Instant subscribedAt, Instant unsubscribedAt, Instant createdAt, Instant updatedAt, long version) {
        this(id, email, name, status, labels, source, subscribedAt, unsubscribedAt, createdAt, updatedAt, version, "",
                "");
    }

    public Subscriber withId(long newId) {
        return new Subscriber(newId, email, name, status, labels, source, subscribedAt, unsubscribedAt, createdAt,
                updatedAt, version, note, attributes);
    }

    /** The same person with this note and these attributes (a JSON object as text, or ""). */
    public Subscriber withNoteAndAttributes(String newNote, String newAttributes) {
        return new Subscriber(id, email, name, status, labels, source, subscribedAt, unsubscribedAt, createdAt,
                updatedAt, version, newNote, newAttributes);
    }

    /**
     * Someone new to the list: consent is dated when they arrive subscribed ({@code createdAt}, the time their
     * source gives or now), and an unsubscription now when they arrive unsubscribed.
     */
    public static Subscriber arriving(long id, String email, String name, SubscriberStatus status, List<String> labels,
            String source, Instant createdAt, Instant now) {
        return new Subscriber(id, email, name, status, labels, source,
                status == SubscriberStatus.SUBSCRIBED ? createdAt : null,
                status == SubscriberStatus.UNSUBSCRIBED ? now : null, createdAt, now);
    }

    /**
     * Someone new to the list whose file records their past (Newsdesk's own CSV): where they came from and when they
     * subscribed, unsubscribed and last changed, each as recorded where given, else as {@link #arriving} dates it.
     */
    public Subscriber asRecorded(String recordedSource, Instant recordedSubscribedAt, Instant recordedUnsubscribedAt,
            Instant recordedUpdatedAt) {
        return new Subscriber(id, email, name, status, labels,
                recordedSource != null ? recordedSource : source,
                recordedSubscribedAt != null ? recordedSubscribedAt : subscribedAt,
                recordedUnsubscribedAt != null ? recordedUnsubscribedAt : unsubscribedAt, createdAt,
                recordedUpdatedAt != null ? recordedUpdatedAt : updatedAt, version, note, attributes);
    }

    /**
     * This person with a new name, labels and status: the subscription and unsubscription times move only when the
     * status does (subscribing again dates the new consent now; staying unsubscribed keeps the first date).
     */
    public Subscriber changedTo(String newName, List<String> newLabels, SubscriberStatus to, Instant now) {
        return new Subscriber(id, email, newName, to, newLabels, source,
                to == SubscriberStatus.SUBSCRIBED && status != SubscriberStatus.SUBSCRIBED ? now : subscribedAt,
                to == SubscriberStatus.UNSUBSCRIBED && status != SubscriberStatus.UNSUBSCRIBED ? now : unsubscribedAt,
                createdAt, now, version, note, attributes);
    }

    /** What moving this person to a status asks for, by the consent rules. */
    public enum Move {
        /** Allowed as it is (any change but subscribing someone who is not subscribed). */
        FREE,
        /** Subscribing again an unsubscribed or bounced address: only when the person asked. */
        ONLY_IF_THEY_ASKED,
        /** Subscribing a blocklisted address: never. */
        NEVER
    }

    /** The one consent rule for a manual change of status; the service enforces it and the edit form shows it. */
    public Move moveTo(SubscriberStatus to) {
        if (to != SubscriberStatus.SUBSCRIBED || status == SubscriberStatus.SUBSCRIBED) {
            return Move.FREE;
        }
        return status == SubscriberStatus.BLOCKLISTED ? Move.NEVER : Move.ONLY_IF_THEY_ASKED;
    }
}
