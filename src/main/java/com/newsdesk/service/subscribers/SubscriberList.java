package com.newsdesk.service.subscribers;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.EmailAddresses;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.Transaction;
import com.newsdesk.service.Audit;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.Suppressions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The list itself: pages and counts of a filter, one person's detail, the weekly chart, adding and editing. */
public final class SubscriberList {
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public SubscriberList(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** A page of the filtered list: after a known id when given (by key), else from an offset. */
    public List<Subscriber> page(Actor actor, com.newsdesk.domain.SubscriberFilter filter, long afterId, int offset,
            int limit) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> tx.subscribers().page(filter, afterId, offset, limit));
    }

    public long count(Actor actor, com.newsdesk.domain.SubscriberFilter filter) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> tx.subscribers().count(filter));
    }

    public Map<SubscriberStatus, Long> countsByStatus(Actor actor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> tx.subscribers().countByStatus());
    }

    /**
     * One person beside the list: the record, its history from the record and the audit trail, and, for those who may
     * also moderate, the comments from the same address.
     */
    public com.newsdesk.domain.SubscriberDetail detail(Actor actor, long id) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> {
            Subscriber subscriber = tx.subscribers().find(id)
                    .orElseThrow(() -> new InvalidInputException("subscriber", "no subscriber " + id));
            List<com.newsdesk.domain.SubscriberDetail.HistoryEntry> history = new ArrayList<>();
            history.add(new com.newsdesk.domain.SubscriberDetail.HistoryEntry(subscriber.createdAt(), "",
                    "added" + (subscriber.source().isBlank() ? "" : " from " + subscriber.source())));
            if (subscriber.subscribedAt() != null) {
                history.add(new com.newsdesk.domain.SubscriberDetail.HistoryEntry(subscriber.subscribedAt(), "",
                        "subscribed"));
            }
            if (subscriber.unsubscribedAt() != null) {
                history.add(new com.newsdesk.domain.SubscriberDetail.HistoryEntry(subscriber.unsubscribedAt(), "",
                        "unsubscribed"));
            }
            tx.audit().ofRecord("subscriber", id).stream()
                    .filter(entry -> !entry.action().equals("subscriber.add"))
                    .forEach(entry -> history.add(new com.newsdesk.domain.SubscriberDetail.HistoryEntry(entry.at(),
                            entry.actor(), entry.action().replace("subscriber.", "") + (entry.detail().isBlank() ? ""
                                    : ": " + entry.detail()))));
            history.sort(java.util.Comparator.comparing(com.newsdesk.domain.SubscriberDetail.HistoryEntry::at));
            com.newsdesk.domain.SubscriberDetail.Comments comments = actor.can(Permission.MODERATE_COMMENTS)
                    ? new com.newsdesk.domain.SubscriberDetail.Comments(
                            tx.comments().countByStatusOfAuthor(subscriber.email()),
                            tx.comments().byAuthor(subscriber.email(), 5))
                    : null;
            return new com.newsdesk.domain.SubscriberDetail(subscriber, history, comments);
        });
    }

    /** Subscriptions and unsubscriptions per week over the {@code weeks} weeks up to the latest change. */
    public List<com.newsdesk.domain.WeeklyChange> weekly(Actor actor, int weeks) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> {
            Instant latest = tx.subscribers().latestChange().orElse(Timestamps.now(clock));
            Instant since = latest.minus(java.time.Duration.ofDays(7L * weeks));
            // Every week in the span, the quiet ones too: a gap in the bars would read as a week that did not exist.
            return com.newsdesk.domain.WeeklyChange.everyWeek(tx.subscribers().weeklyChanges(since),
                    since.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(7),
                    latest.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        });
    }

    /**
     * Adds a subscriber by the site's rules: the address trimmed and checked ("Invalid email address" and what is
     * wrong), unique ignoring case, never an erased address or a blocklisted domain; consent time is now.
     */
    public Subscriber add(Actor actor, String email, String name, List<String> labels, String source) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        String address = EmailAddresses.checked(email);
        checkSizes(name, labels);
        return database.write(tx -> {
            refuseSuppressed(tx, address);
            Subscriber existing = tx.subscribers().findByEmail(address).orElse(null);
            if (existing != null) {
                throw new RefusedException(existing.email() + " is already on the list (" + existing.status().code()
                        + "); nothing was changed.");
            }
            Instant now = Timestamps.now(clock);
            long id = tx.subscribers().insert(Subscriber.arriving(0, address, name, SubscriberStatus.SUBSCRIBED, labels,
                    source == null || source.isBlank() ? "added by " + actor.username() : source, now, now));
            audit.record(tx, actor, "subscriber.add", "subscriber", id, "");
            return tx.subscribers().find(id).orElseThrow();
        });
    }

    /**
     * Changes a subscriber's name, labels and status, from the version the user saw ({@code seen}): when someone
     * else (another window, the command line) changed it meanwhile, nothing is overwritten and the refusal says so.
     * Unsubscribing is always allowed; subscribing again an unsubscribed or bounced address needs
     * {@code resubscribe} (the person asked), and a blocklisted one never.
     */
    public Subscriber edit(Actor actor, Subscriber seen, String name, List<String> labels, SubscriberStatus status,
            boolean resubscribe) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        checkSizes(name, labels);
        long id = seen.id();
        return database.write(tx -> {
            Subscriber current = tx.subscribers().find(id)
                    .orElseThrow(() -> new RefusedException(seen.email() + " was erased or removed meanwhile."));
            if (current.version() != seen.version()) {
                throw new RefusedException(current.email() + " was changed elsewhere since it was opened (now \""
                        + current.name() + "\", " + current.status().code() + "); nothing was overwritten. Open it"
                        + " again to see the change.");
            }
            switch (current.moveTo(status)) {
                case NEVER -> throw new RefusedException(current.email()
                        + " is blocklisted and is never subscribed again.");
                case ONLY_IF_THEY_ASKED -> {
                    if (!resubscribe) {
                        throw new RefusedException(current.email() + " is " + current.status().code()
                                + "; subscribe it again only when the person asks (confirm the resubscription).");
                    }
                    refuseSuppressed(tx, current.email());
                }
                case FREE -> { }
            }
            tx.subscribers().update(current.changedTo(name, labels, status, Timestamps.now(clock)));
            audit.record(tx, actor, "subscriber.edit", "subscriber", id, current.status() == status ? ""
                    : current.status().code() + " → " + status.code());
            return tx.subscribers().find(id).orElseThrow();
        });
    }

    private void refuseSuppressed(Transaction tx, String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        if (Suppressions.of(tx).erased(lower)) {
            throw new RefusedException(address + " was erased on request and is never subscribed again.");
        }
        String domain = lower.substring(lower.lastIndexOf('@') + 1);
        if (tx.subscribers().isDomainBlocked(domain)) {
            throw new RefusedException("The domain " + domain + " is blocklisted.");
        }
    }

    /** A name and labels typed or chosen by a person: refused when longer than any real one. */
    private static void checkSizes(String name, List<String> labels) {
        com.newsdesk.domain.Limits.check("name", "the name", name, com.newsdesk.domain.Limits.NAME);
        com.newsdesk.domain.Limits.labelTooLong(labels).ifPresent(problem -> {
            throw new InvalidInputException("labels", problem);
        });
    }

}
