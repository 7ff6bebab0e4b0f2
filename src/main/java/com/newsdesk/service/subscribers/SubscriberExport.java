package com.newsdesk.service.subscribers;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.storage.Database;
import com.newsdesk.service.Audit;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.PipedWriter;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writing the list, or a filtered part of it, as Newsdesk JSON, CSV, or the files Ghost and listmonk import. */
public final class SubscriberExport {
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public SubscriberExport(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** The formats a list is exported in. */
    public enum Format { JSON, CSV, GHOST, LISTMONK }

    /**
     * What a Ghost export does with labels that hold a comma: Ghost splits labels on commas, so such a label cannot
     * survive. Refuse and name them (the user renames them first), or write them as they are, to be split.
     */
    public enum CommaLabels { REFUSE, SPLIT }

    /** Labels a Ghost export would split (they hold a comma), so that the user may choose before writing. */
    public List<String> labelsGhostWouldSplit(Actor actor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> tx.subscribers().labelsWithAComma());
    }

    /**
     * The subscribers a listmonk export leaves out, said in words, or empty. listmonk's importer applies one mode to
     * the whole file (subscribe, or blocklist) and reads no status column, so a listmonk file holds the subscribed
     * (or, asked for, the blocklisted) people only.
     */
    public java.util.Optional<String> leftOutOfListmonk(Actor actor, com.newsdesk.domain.SubscriberFilter filter) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        com.newsdesk.domain.SubscriberFilter written = forListmonk(filter);
        com.newsdesk.domain.SubscriberFilter everyone = new com.newsdesk.domain.SubscriberFilter(null, filter.label(),
                filter.source(), filter.text(), filter.from(), filter.until());
        long left = database.read(tx -> tx.subscribers().count(everyone) - tx.subscribers().count(written));
        return left == 0 ? java.util.Optional.empty() : java.util.Optional.of(String.format("%,d %s left out:"
                + " listmonk's importer subscribes (or blocklists) everyone in a file, so it holds only the %s",
                left, written.status() == SubscriberStatus.BLOCKLISTED ? "not blocklisted" : "unsubscribed, bounced or"
                        + " blocklisted", written.status().code()));
    }

    /** The filter a listmonk export writes: the subscribed by default, the blocklisted when asked; no other. */
    private static com.newsdesk.domain.SubscriberFilter forListmonk(com.newsdesk.domain.SubscriberFilter filter) {
        SubscriberStatus status = filter.status() == null ? SubscriberStatus.SUBSCRIBED : filter.status();
        if (status == SubscriberStatus.UNSUBSCRIBED || status == SubscriberStatus.BOUNCED) {
            throw new RefusedException("listmonk's importer subscribes or blocklists everyone in a file and has no"
                    + " way to bring in " + status.code() + " people. Export --status subscribed (its subscribe"
                    + " mode) or --status blocklisted (its blocklist mode).");
        }
        return new com.newsdesk.domain.SubscriberFilter(status, filter.label(), filter.source(), filter.text(),
                filter.from(), filter.until());
    }

    /**
     * Streams the subscribers of one status and label (null: all) in a format; JSON is a Newsdesk export holding only
     * subscribers, so it imports back ({@link SubscriberJsonRecords} says how its records are made); the CSV formats
     * are read on this thread and encoded on a second one. Returns how many were written; the export is audited.
     */
    public long export(Actor actor, Format format, SubscriberStatus status, String label, OutputStream out,
            TaskMonitor monitor) {
        return export(actor, format, new com.newsdesk.domain.SubscriberFilter(status, label, null, null, null, null),
                CommaLabels.REFUSE, out, monitor);
    }

    /** As above, of everyone a list filter shows (the window exports what it shows). */
    public long export(Actor actor, Format format, com.newsdesk.domain.SubscriberFilter asked,
            CommaLabels commaLabels, OutputStream out, TaskMonitor monitor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        com.newsdesk.domain.SubscriberFilter filter = format == Format.LISTMONK ? forListmonk(asked) : asked;
        if (format == Format.GHOST && commaLabels == CommaLabels.REFUSE) {
            refuseCommaLabels(database.read(tx -> tx.subscribers().labelsWithAComma()));
        }
        long total = database.read(tx -> tx.subscribers().count(filter));
        long written = format == Format.JSON ? database.readTogether(2, readers -> {
            try (com.newsdesk.io.NewsroomJsonWriter writer = new com.newsdesk.io.NewsroomJsonWriter(out,
                    Timestamps.now(clock))) {
                writer.startSection(com.newsdesk.io.NewsroomJson.SUBSCRIBERS);
                long count = SubscriberJsonRecords.write(readers, filter, writer, done -> {
                    monitor.checkCancelled();
                    monitor.progress(done, total, "Exporting subscribers");
                });
                writer.endSection();
                writer.finish();
                return count;
            }
        }) : database.read(tx -> {
            long[] count = {0};
            try (com.newsdesk.io.SubscriberCsvWriter writer = new com.newsdesk.io.SubscriberCsvWriter(out,
                    switch (format) {
                        case GHOST -> com.newsdesk.io.SubscriberCsvWriter.Layout.GHOST;
                        case LISTMONK -> com.newsdesk.io.SubscriberCsvWriter.Layout.LISTMONK;
                        default -> com.newsdesk.io.SubscriberCsvWriter.Layout.NEWSDESK;
                    })) {
                PipedWriter.<Subscriber>stream(each -> tx.subscribers().forEach(filter, each), subscriber -> {
                    writer.subscriber(subscriber);
                    if (++count[0] % 4096 == 0) {
                        monitor.checkCancelled();
                        monitor.progress(count[0], total, "Exporting subscribers");
                    }
                });
            }
            return count[0];
        });
        database.write(tx -> {
            audit.record(tx, actor, "subscriber.export", null, null, written + " subscribers as "
                    + format.name().toLowerCase(Locale.ROOT) + (filter.onlyStatus() && filter.status() == null ? ""
                            : ", filtered: " + describe(filter)));
            return null;
        });
        return written;
    }

    private static void refuseCommaLabels(List<String> labels) {
        if (!labels.isEmpty()) {
            throw new RefusedException("Ghost splits labels on commas, so " + (labels.size() == 1 ? "this label" : "these "
                    + labels.size() + " labels") + " would not survive: " + labels.stream().limit(10)
                    .map(label -> "\"" + label + "\"").collect(java.util.stream.Collectors.joining(", "))
                    + (labels.size() > 10 ? " …" : "") + ". Rename them first (labels rename), or export them split"
                    + " (--split-comma-labels). Nothing was written.");
        }
    }

    /** As {@link #export}, through the guarded writer: a file is written whole or not at all. */
    public long exportTo(Actor actor, Format format, SubscriberStatus status, String label,
            CommaLabels commaLabels, OutputTarget target, TaskMonitor monitor) {
        return exportTo(actor, format, new com.newsdesk.domain.SubscriberFilter(status, label, null, null, null, null),
                commaLabels, target, monitor);
    }

    public long exportTo(Actor actor, Format format, com.newsdesk.domain.SubscriberFilter filter,
            CommaLabels commaLabels, OutputTarget target, TaskMonitor monitor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        if (format == Format.LISTMONK) {
            forListmonk(filter); // refused before the target is touched
        }
        if (format == Format.GHOST && commaLabels == CommaLabels.REFUSE) {
            refuseCommaLabels(database.read(tx -> tx.subscribers().labelsWithAComma()));
        }
        return GuardedWriter.write(database.file(), target, out -> export(actor, format, filter, commaLabels, out,
                monitor));
    }

    /** A filter as the audit trail states it; words typed in a search are not repeated there. */
    private static String describe(com.newsdesk.domain.SubscriberFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.status() != null) {
            parts.add(filter.status().code());
        }
        if (filter.label() != null) {
            parts.add("label " + filter.label());
        }
        if (filter.source() != null) {
            parts.add("source " + filter.source());
        }
        if (filter.text() != null) {
            parts.add("a search");
        }
        if (filter.from() != null || filter.until() != null) {
            parts.add("dates");
        }
        return String.join(", ", parts);
    }

}
