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
}
