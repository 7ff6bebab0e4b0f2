package com.newsdesk.service.subscribers;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.EmailAddresses;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.storage.Database;
import com.newsdesk.service.Audit;
import com.newsdesk.service.Privacy;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;

/** A person's rights over their data: erasure (only a keyed hash stays), their data as a file, blocklisted domains. */
public final class SubscriberPrivacy {
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public SubscriberPrivacy(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** What an erasure removed. */
    public record Erasure(boolean subscriberDeleted, int commentsAnonymized, int rulesCleared, int auditEntriesCleared) {
        /** What the erasure did, for the person who asked. */
        public String describe() {
            return (subscriberDeleted ? "subscription deleted" : "no subscription") + ", " + commentsAnonymized
                    + " comments anonymised (their text kept, name, address and IP removed)"
                    + (rulesCleared > 0 ? ", the address taken off the comment block list" : "")
                    + (auditEntriesCleared > 0 ? ", " + auditEntriesCleared + " audit entries cleared of it" : "")
                    + ". The address stays suppressed, as a keyed hash. Backups made before now still hold the person:"
                    + " delete them too, or they come back with a restore.";
        }
    }

    /**
     * Erases a person: the subscription and its labels are deleted, their comments lose name, address and IP, and
     * only a keyed hash of the address stays, so that no import or form subscribes it again. The audit entry does
     * not name the address.
     */
    public Erasure erase(Actor actor, String email) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        String address = EmailAddresses.checked(email);
        Erasure erasure = database.write(tx -> {
            String lower = address.toLowerCase(Locale.ROOT);
            Subscriber subscriber = tx.subscribers().findByEmail(lower).orElse(null);
            boolean deleted = subscriber != null && tx.subscribers().delete(subscriber.id());
            int comments = tx.comments().anonymizeAuthor(lower);
            int rules = tx.commentRules().forgetAddress(lower);
            int auditEntries = tx.audit().forget(lower, subscriber == null ? "" : subscriber.name(),
                    subscriber == null ? null : subscriber.id());
            tx.subscribers().suppress(Privacy.hash(Privacy.keyOf(tx), lower), Timestamps.now(clock));
            audit.record(tx, actor, "subscriber.erase", "subscriber", subscriber == null ? null : subscriber.id(),
                    (deleted ? "subscription deleted" : "no subscription") + ", " + comments
                            + " comments anonymised, " + rules + " comment rules and " + auditEntries
                            + " audit entries cleared of the address; the address is kept only as a keyed hash");
            return new Erasure(deleted, comments, rules, auditEntries);
        });
        database.purgeErasedContent(); // the log's older frames still hold the rows as they were
        return erasure;
    }

    /** Writes everything held about one address (subscription, labels, comments) as JSON; audited. */
    public void exportPerson(Actor actor, String email, OutputStream out) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        String address = EmailAddresses.checked(email);
        database.read(tx -> {
            com.newsdesk.io.PersonJson.write(out, address, Timestamps.now(clock),
                    tx.subscribers().findByEmail(address).orElse(null),
                    tx.comments().byAuthor(address, Integer.MAX_VALUE));
            return null;
        });
        database.write(tx -> {
            audit.record(tx, actor, "subscriber.export_person", null, null, "one person's data");
            return null;
        });
    }

    public void exportPersonTo(Actor actor, String email, OutputTarget target) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        GuardedWriter.write(database.file(), target, out -> {
            exportPerson(actor, email, out);
            return null;
        });
    }

    /** Blocklists a domain: its addresses are never subscribed by an import, whatever the file says. */
    public boolean blockDomain(Actor actor, String domain) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        String cleaned = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (cleaned.startsWith("@")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isEmpty() || !cleaned.contains(".") || cleaned.contains("@")) {
            throw new InvalidInputException("domain", "\"" + domain + "\" is not a domain such as example.com");
        }
        String blocked = cleaned;
        return database.write(tx -> {
            boolean added = tx.subscribers().blockDomain(blocked);
            audit.record(tx, actor, "subscriber.block_domain", null, null, blocked);
            return added;
        });
    }

}
