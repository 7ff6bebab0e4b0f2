package com.newsdesk.service.subscribers;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.Transaction;
import com.newsdesk.service.Audit;
import com.newsdesk.service.RefusedException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Labels: the list of them with counts, create, rename, merge, delete, and adding or removing one on a selection. */
public final class SubscriberLabels {
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public SubscriberLabels(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** Every label with how many subscribers carry it. */
    public List<Map.Entry<String, Long>> withCounts(Actor actor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> tx.subscribers().labelCounts());
    }

    public void createLabel(Actor actor, String name) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        String label = labelName(name);
        database.write(tx -> {
            if (tx.subscribers().labelId(label).isPresent()) {
                throw new RefusedException("The label \"" + label + "\" exists already.");
            }
            tx.subscribers().createLabel(label);
            audit.record(tx, actor, "label.create", null, null, label);
            return null;
        });
    }

    /** Renames a label; when another label has the new name already, the two are merged into it. */
    public String renameLabel(Actor actor, String from, String to) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        String target = labelName(to);
        return database.write(tx -> {
            long fromId = existingLabel(tx, from);
            var other = tx.subscribers().labelId(target).filter(id -> id != fromId);
            if (other.isPresent()) {
                String into = tx.subscribers().labelName(other.get());
                tx.subscribers().mergeLabel(fromId, other.get());
                audit.record(tx, actor, "label.merge", null, null, from + " → " + into);
                return "merged into " + into;
            }
            tx.subscribers().renameLabel(fromId, target);
            audit.record(tx, actor, "label.rename", null, null, from + " → " + target);
            return "renamed " + target;
        });
    }

    public void mergeLabels(Actor actor, String from, String into) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        database.write(tx -> {
            long fromId = existingLabel(tx, from);
            long intoId = existingLabel(tx, into);
            if (fromId != intoId) {
                tx.subscribers().mergeLabel(fromId, intoId);
                audit.record(tx, actor, "label.merge", null, null, from + " → " + into);
            }
            return null;
        });
    }

    public void deleteLabel(Actor actor, String name) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        database.write(tx -> {
            tx.subscribers().deleteLabel(existingLabel(tx, name));
            audit.record(tx, actor, "label.delete", null, null, name);
            return null;
        });
    }

    /** Adds or removes a label on a selection of subscribers, in one transaction; returns how many changed. */
    public int labelSelection(Actor actor, List<Long> subscriberIds, String name, boolean add) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        String label = labelName(name);
        return database.write(tx -> {
            long id = add ? tx.subscribers().labelId(label).orElseGet(() -> tx.subscribers().createLabel(label))
                    : existingLabel(tx, label);
            int changed = tx.subscribers().label(subscriberIds, id, add);
            tx.subscribers().touch(subscriberIds, Timestamps.now(clock));
            audit.record(tx, actor, add ? "label.add" : "label.remove", null, null, label + " on " + changed
                    + " subscribers");
            return changed;
        });
    }

    private static long existingLabel(Transaction tx, String name) {
        return tx.subscribers().labelId(name == null ? "" : name.strip())
                .orElseThrow(() -> new InvalidInputException("label", "no label \"" + name + "\""));
    }

    private static String labelName(String name) {
        String cleaned = com.newsdesk.domain.Names.clean(name == null ? "" : name);
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("label", "a label needs a name");
        }
        com.newsdesk.domain.Limits.check("label", "the label", cleaned, com.newsdesk.domain.Limits.LABEL);
        return cleaned;
    }

}
