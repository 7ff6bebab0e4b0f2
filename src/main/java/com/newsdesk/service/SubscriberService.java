package com.newsdesk.service;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.EmailAddresses;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberImportReport;
import com.newsdesk.domain.SubscriberImportReport.Outcome;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.io.CsvRows;
import com.newsdesk.io.SubscriberCsvReader;
import com.newsdesk.storage.ConstraintViolationException;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.Transaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The subscriber list's use cases: imports with a dry run that is the real import undone, and the privacy rules
 * (an unsubscribed, bounced or blocklisted address, an erased one and a blocklisted domain are never subscribed
 * again by an import).
 */
public final class SubscriberService {
    /** How an import treats the file: "add new only" or "add and update". */
    public enum Mode { ADD, UPSERT }

    /**
     * {@code format} null recognises the file from its header; {@code columns} are the user's picks (AUTO finds them);
     * {@code overwriteWithEmpty} lets an empty cell clear a stored name or labels.
     */
    /**
     * How to import: {@code listEveryRow} (the window's preview) lists every row with its outcome, not only those not
     * imported as asked, up to {@link SubscriberImportReport#ROWS_LISTED}.
     */
    public record ImportOptions(com.newsdesk.domain.SubscriberFileFormat format,
            com.newsdesk.domain.SubscriberColumns columns, Mode mode, boolean overwriteWithEmpty, boolean dryRun,
            boolean listEveryRow) {
        public ImportOptions {
            columns = Objects.requireNonNullElse(columns, com.newsdesk.domain.SubscriberColumns.AUTO);
            mode = Objects.requireNonNullElse(mode, Mode.ADD);
        }

        public ImportOptions(com.newsdesk.domain.SubscriberFileFormat format,
                com.newsdesk.domain.SubscriberColumns columns, Mode mode, boolean overwriteWithEmpty, boolean dryRun) {
            this(format, columns, mode, overwriteWithEmpty, dryRun, false);
        }
    }

    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public SubscriberService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /**
     * Imports a CSV in one transaction; a dry run does exactly the same and rolls back. Rows that are not imported
     * as asked (invalid, duplicates, suppressed) go to {@code rejectedRows} when given: the file's own columns and two
     * more saying what and why, so that once fixed it imports as is.
     */
    public SubscriberImportReport importCsv(Actor actor, Path file, ImportOptions options, OutputTarget rejectedRows,
            TaskMonitor monitor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        long size = com.newsdesk.service.input.InputFiles.check(file, com.newsdesk.service.input.InputFiles.STREAMED,
                "subscriber CSV");
        if (rejectedRows == null) {
            return run(options, tx -> importRows(tx, actor, file, size, options, null, monitor));
        }
        return GuardedWriter.write(database.file(), rejectedRows, out -> run(options,
                tx -> importRows(tx, actor, file, size, options, out, monitor)));
    }

    /** The file's columns and the format they show, read from its header alone. */
    public List<String> columns(Actor actor, Path file) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return SubscriberCsvReader.header(file).columns();
    }

    private <T> T run(ImportOptions options, com.newsdesk.storage.TransactionWork<T> work) {
        return options.dryRun() ? database.bulkRehearse(work) : database.bulkWrite(work);
    }

    private SubscriberImportReport importRows(Transaction tx, Actor actor, Path file, long size, ImportOptions options,
            OutputStream rejected, TaskMonitor monitor) {
        Intake intake = new Intake(tx, options, file.getFileName().toString(), Timestamps.now(clock), monitor, size,
                hashKey(tx));
        boolean emptyList = tx.subscribers().count() == 0;
        CsvRows rejectedCsv = rejected == null ? null : CsvRows.to(rejected);
        intake.rejected = rejectedCsv;
        SubscriberCsvReader.Header header;
        if (emptyList) { // indexes are built once at the end: a sort beats a million scattered inserts
            header = tx.withIndexesBuiltAfter("subscribers", () -> {
                SubscriberCsvReader.Header read = SubscriberCsvReader.read(file, options.format(),
                        options.columns(), intake::header, intake::row);
                intake.flush();
                return read;
            });
        } else {
            header = SubscriberCsvReader.read(file, options.format(), options.columns(), intake::header,
                    intake::row);
            intake.flush();
        }
        if (rejectedCsv != null) {
            rejectedCsv.close();
        }
        intake.notes.sort(java.util.Comparator.comparingInt(SubscriberImportReport.RowNote::row));
        SubscriberImportReport report = new SubscriberImportReport(header.format().title(), header.columns(),
                options.dryRun(),
                intake.counts, intake.notes, intake.rows, header.encoding().description(),
                header.notKept(options.columns()));
        if (!options.dryRun()) {
            audit.record(tx, actor, "subscriber.import", null, null, file.getFileName() + ": " + report.describe());
        }
        return report;
    }

    /** Classifies and applies one row at a time. */
    private static final class Intake {
        private final Transaction tx;
        private final ImportOptions options;
        private final String source;
        private final Instant now;
        private final TaskMonitor monitor;
        private final long size;
        private final String hashKey;
        private final long lastIdBefore;
        private final Set<String> suppressed;
        private final Set<String> blockedDomains;
        private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        private final List<SubscriberImportReport.RowNote> notes = new ArrayList<>();
        private CsvRows rejected;
        private long rows;
        private long nextId;
        private final List<Subscriber> pending = new ArrayList<>();
        private final List<SubscriberCsvReader.Row> pendingRows = new ArrayList<>();

        Intake(Transaction tx, ImportOptions options, String fileName, Instant now, TaskMonitor monitor, long size,
                String hashKey) {
            this.tx = tx;
            this.options = options;
            this.source = "import " + fileName;
            this.now = now;
            this.monitor = monitor;
            this.size = size;
            this.hashKey = hashKey;
            this.lastIdBefore = tx.subscribers().maxId();
            this.nextId = lastIdBefore + 1;
            this.suppressed = tx.subscribers().suppressedHashes();
            this.blockedDomains = tx.subscribers().blockedDomains();
            for (Outcome outcome : Outcome.values()) {
                counts.put(outcome, 0L);
            }
        }

        void row(SubscriberCsvReader.Row row) {
            if (++rows % 4096 == 0) {
                monitor.checkCancelled();
                monitor.progress(rows, 0, String.format("Importing subscribers: %,d rows", rows));
            }
            String email = EmailAddresses.clean(row.email());
            if (row.email() == null) {
                note(row, email, Outcome.INVALID, EmailAddresses.INVALID + ": the email cell is empty");
                return;
            }
            var problem = EmailAddresses.problem(email);
            if (problem.isPresent()) {
                note(row, email, Outcome.INVALID, EmailAddresses.INVALID + " \"" + email + "\": " + problem.get());
                return;
            }
            if (row.problem() != null) {
                note(row, email, Outcome.INVALID, row.problem());
                return;
            }
            String lower = email.toLowerCase(Locale.ROOT);
            if (!suppressed.isEmpty() && suppressed.contains(Privacy.hash(hashKey, lower))) {
                note(row, email, Outcome.SUPPRESSED, "erased on request; never subscribed again");
                return;
            }
            String domain = lower.substring(lower.lastIndexOf('@') + 1);
            if (blockedDomains.contains(domain)) {
                note(row, email, Outcome.SUPPRESSED, "the domain " + domain + " is blocklisted");
                return;
            }
            if (lastIdBefore == 0) { // an empty list: the unique index finds duplicates, no lookup needed
                add(row, email);
                return;
            }
            flush(); // an earlier new row may hold this address
            Subscriber existing = tx.subscribers().findByEmail(email).orElse(null);
            if (existing == null) {
                add(row, email);
            } else if (existing.id() > lastIdBefore) {
                note(row, email, Outcome.DUPLICATE, "the same address as an earlier row (ignoring case)");
            } else {
                update(row, existing);
            }
        }

        private void add(SubscriberCsvReader.Row row, String email) {
            SubscriberStatus status = row.status() == null ? SubscriberStatus.SUBSCRIBED : row.status();
            Instant created = row.createdAt() == null ? now : row.createdAt();
            // The write lock is ours for the whole import, so ids are ours to give: no id query per row.
            pending.add(Subscriber.arriving(nextId++, email, row.name(), status, row.labels() == null ? List.of()
                    : row.labels(), source, created, now).withNoteAndAttributes(row.note(), row.attributes()));
            warn(row, email, Outcome.NEW);
            pendingRows.add(row);
            if (pending.size() == com.newsdesk.storage.SubscriberRepository.BATCH) {
                flush();
            }
        }

        private void listNew(SubscriberCsvReader.Row row, Subscriber added) {
            list(row, added.email(), Outcome.NEW, added.status() == SubscriberStatus.SUBSCRIBED ? "new subscriber"
                    : "new, " + added.status().code() + " as the file says");
        }

        /**
         * Inserts the new rows waiting, fifty to a statement; when one of them repeats an address, they go one by one
         * so that exactly the repeats are reported.
         */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            boolean inserted = false;
            if (pending.size() == com.newsdesk.storage.SubscriberRepository.BATCH) {
                try {
                    tx.subscribers().insertAll(pending); // all or none
                    counts.merge(Outcome.NEW, (long) pending.size(), Long::sum);
                    for (int i = 0; i < pending.size(); i++) {
                        listNew(pendingRows.get(i), pending.get(i));
                    }
                    inserted = true;
                } catch (ConstraintViolationException repeated) {
                    inserted = false;
                }
            }
            if (!inserted) {
                for (int i = 0; i < pending.size(); i++) {
                    try {
                        tx.subscribers().insert(pending.get(i));
                        counts.merge(Outcome.NEW, 1L, Long::sum);
                        listNew(pendingRows.get(i), pending.get(i));
                    } catch (ConstraintViolationException duplicate) {
                        note(pendingRows.get(i), pending.get(i).email(), Outcome.DUPLICATE,
                                "the same address as an earlier row (ignoring case)");
                    }
                }
            }
            pending.clear();
            pendingRows.clear();
        }

        private void update(SubscriberCsvReader.Row row, Subscriber existing) {
            boolean clear = options.overwriteWithEmpty();
            String name = row.name() != null ? row.name() : clear ? "" : existing.name();
            List<String> labels = row.labels() != null ? row.labels() : clear ? List.of() : existing.labels();
            SubscriberStatus status = row.status() != null ? row.status() : existing.status();
            String personNote = row.note() != null ? row.note() : clear ? "" : existing.note();
            String attributes = row.attributes() != null ? row.attributes() : clear ? "" : existing.attributes();
            if (name.equals(existing.name()) && sameNames(labels, existing.labels()) && status == existing.status()
                    && personNote.equals(existing.note()) && attributes.equals(existing.attributes())) {
                counts.merge(Outcome.UNCHANGED, 1L, Long::sum);
                list(row, existing.email(), Outcome.UNCHANGED, "already in the newsroom as the file has it");
                return;
            }
            if (existing.status() != SubscriberStatus.SUBSCRIBED) {
                note(row, existing.email(), Outcome.SUPPRESSED, existing.status().code()
                        + " in the newsroom; an import never changes or re-subscribes it");
                return;
            }
            if (options.mode() == Mode.ADD) {
                counts.merge(Outcome.UNCHANGED, 1L, Long::sum); // add-only leaves existing addresses as they are
                list(row, existing.email(), Outcome.UNCHANGED, "already in the newsroom; \"Add new only\" leaves it"
                        + " as it is (\"Add and update\" would change it)");
                return;
            }
            tx.subscribers().update(existing.changedTo(name, labels, status, now)
                    .withNoteAndAttributes(personNote, attributes));
            counts.merge(Outcome.UPDATED, 1L, Long::sum);
            warn(row, existing.email(), Outcome.UPDATED);
            list(row, existing.email(), Outcome.UPDATED, "in the newsroom; its name, labels or status change to the"
                    + " file's");
        }

        /** The window's preview lists every row, imported as asked or not (a warning, when there is one, says more). */
        private void list(SubscriberCsvReader.Row row, String email, Outcome outcome, String reason) {
            if (options.listEveryRow() && notes.size() < SubscriberImportReport.ROWS_LISTED) {
                notes.add(new SubscriberImportReport.RowNote(row.row(), email, outcome,
                        row.warning() != null ? reason + "; " + row.warning() : reason));
            }
        }

        /** A row imported, but not wholly as written (bad attributes): listed, not counted again, not rejected. */
        private void warn(SubscriberCsvReader.Row row, String email, Outcome outcome) {
            if (row.warning() != null && !options.listEveryRow() && notes.size() < SubscriberImportReport.NOTES_KEPT) {
                notes.add(new SubscriberImportReport.RowNote(row.row(), email, outcome, row.warning()));
            }
        }

        private void note(SubscriberCsvReader.Row row, String email, Outcome outcome, String reason) {
            counts.merge(outcome, 1L, Long::sum);
            if (notes.size() < (options.listEveryRow() ? SubscriberImportReport.ROWS_LISTED
                    : SubscriberImportReport.NOTES_KEPT)) {
                notes.add(new SubscriberImportReport.RowNote(row.row(), email, outcome, reason));
            }
            if (rejected != null) {
                writeRejected(row, outcome, reason);
            }
        }

        /** The rejected-rows file starts with the file's own header and three columns of ours. */
        void header(SubscriberCsvReader.Header header) {
            if (rejected != null) {
                List<String> columns = new ArrayList<>(header.columns());
                columns.addAll(List.of("newsdesk_row", "newsdesk_outcome", "newsdesk_reason"));
                width = header.columns().size();
                rejected.row(columns.toArray(String[]::new));
            }
        }

        private void writeRejected(SubscriberCsvReader.Row row, Outcome outcome, String reason) {
            String[] fields = java.util.Arrays.copyOf(row.fields(), Math.max(width, row.fields().length) + 3);
            for (int i = row.fields().length; i < fields.length - 3; i++) {
                fields[i] = "";
            }
            fields[fields.length - 3] = Integer.toString(row.row());
            fields[fields.length - 2] = outcome.code();
            fields[fields.length - 1] = reason;
            rejected.row(fields);
        }

        private int width;
    }

    /** Label lists name the same labels, ignoring case and order. */
    private static boolean sameNames(List<String> a, List<String> b) {
        java.util.TreeSet<String> left = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        java.util.TreeSet<String> right = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        left.addAll(a);
        right.addAll(b);
        return left.equals(right);
    }

    /** The newsroom's key for hashing erased addresses, made on first use. */
    private static String hashKey(Transaction tx) {
        return tx.settings().get(Privacy.KEY_SETTING).orElseGet(() -> {
            String key = Privacy.newKey();
            tx.settings().put(Privacy.KEY_SETTING, key);
            return key;
        });
    }

    /** The formats a list is exported in. */
    public enum ExportFormat { JSON, CSV, GHOST, LISTMONK }

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
     * subscribers, so it imports back. Rows are read on this thread and encoded on a second one. Returns how many
     * were written; the export is audited.
     */
    public long export(Actor actor, ExportFormat format, SubscriberStatus status, String label, OutputStream out,
            TaskMonitor monitor) {
        return export(actor, format, new com.newsdesk.domain.SubscriberFilter(status, label, null, null, null, null),
                CommaLabels.REFUSE, out, monitor);
    }

    /** As above, of everyone a list filter shows (the window exports what it shows). */
    public long export(Actor actor, ExportFormat format, com.newsdesk.domain.SubscriberFilter asked,
            CommaLabels commaLabels, OutputStream out, TaskMonitor monitor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        com.newsdesk.domain.SubscriberFilter filter = format == ExportFormat.LISTMONK ? forListmonk(asked) : asked;
        if (format == ExportFormat.GHOST && commaLabels == CommaLabels.REFUSE) {
            refuseCommaLabels(database.read(tx -> tx.subscribers().labelsWithAComma()));
        }
        long total = database.read(tx -> tx.subscribers().count(filter));
        long written = database.read(tx -> {
            long[] count = {0};
            java.util.function.Consumer<Subscriber> step = subscriber -> {
                if (++count[0] % 4096 == 0) {
                    monitor.checkCancelled();
                    monitor.progress(count[0], total, "Exporting subscribers");
                }
            };
            if (format == ExportFormat.JSON) {
                try (com.newsdesk.io.NewsroomJsonWriter writer = new com.newsdesk.io.NewsroomJsonWriter(out,
                        Timestamps.now(clock))) {
                    writer.startSection(com.newsdesk.io.NewsroomJson.SUBSCRIBERS);
                    PipedWriter.<Subscriber>stream(each -> tx.subscribers().forEach(filter, each), subscriber -> {
                        writer.subscriber(subscriber);
                        step.accept(subscriber);
                    });
                    writer.endSection();
                    writer.finish();
                }
            } else {
                try (com.newsdesk.io.SubscriberCsvWriter writer = new com.newsdesk.io.SubscriberCsvWriter(out,
                        switch (format) {
                            case GHOST -> com.newsdesk.io.SubscriberCsvWriter.Layout.GHOST;
                            case LISTMONK -> com.newsdesk.io.SubscriberCsvWriter.Layout.LISTMONK;
                            default -> com.newsdesk.io.SubscriberCsvWriter.Layout.NEWSDESK;
                        })) {
                    PipedWriter.<Subscriber>stream(each -> tx.subscribers().forEach(filter, each), subscriber -> {
                        writer.subscriber(subscriber);
                        step.accept(subscriber);
                    });
                }
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
    public long exportTo(Actor actor, ExportFormat format, SubscriberStatus status, String label,
            CommaLabels commaLabels, OutputTarget target, TaskMonitor monitor) {
        return exportTo(actor, format, new com.newsdesk.domain.SubscriberFilter(status, label, null, null, null, null),
                commaLabels, target, monitor);
    }

    public long exportTo(Actor actor, ExportFormat format, com.newsdesk.domain.SubscriberFilter filter,
            CommaLabels commaLabels, OutputTarget target, TaskMonitor monitor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        if (format == ExportFormat.LISTMONK) {
            forListmonk(filter); // refused before the target is touched
        }
        if (format == ExportFormat.GHOST && commaLabels == CommaLabels.REFUSE) {
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
        String address = checked(email);
        Erasure erasure = database.write(tx -> {
            String lower = address.toLowerCase(Locale.ROOT);
            Subscriber subscriber = tx.subscribers().findByEmail(lower).orElse(null);
            boolean deleted = subscriber != null && tx.subscribers().delete(subscriber.id());
            int comments = tx.comments().anonymizeAuthor(lower);
            int rules = tx.commentRules().forgetAddress(lower);
            int auditEntries = tx.audit().forget(lower, subscriber == null ? "" : subscriber.name(),
                    subscriber == null ? null : subscriber.id());
            tx.subscribers().suppress(Privacy.hash(hashKey(tx), lower), Timestamps.now(clock));
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
        String address = checked(email);
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

    private static String checked(String email) {
        String address = EmailAddresses.clean(email);
        EmailAddresses.problem(address).ifPresent(problem -> {
            throw new InvalidInputException("email", EmailAddresses.INVALID + " \"" + address + "\": " + problem);
        });
        return address;
    }

    // --- The list -----------------------------------------------------------------------------------------------

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

    public List<Map.Entry<String, Long>> labels(Actor actor) {
        actor.require(Permission.MANAGE_SUBSCRIBERS);
        return database.read(tx -> tx.subscribers().labelCounts());
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
        String address = checked(email);
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
        if (tx.subscribers().blockedDomains().contains(domain)) {
            throw new RefusedException("The domain " + domain + " is blocklisted.");
        }
    }

    // --- Labels ---------------------------------------------------------------------------------------------

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

    /** A name and labels typed or chosen by a person: refused when longer than any real one. */
    private static void checkSizes(String name, List<String> labels) {
        com.newsdesk.domain.Limits.check("name", "the name", name, com.newsdesk.domain.Limits.NAME);
        com.newsdesk.domain.Limits.labelTooLong(labels).ifPresent(problem -> {
            throw new InvalidInputException("labels", problem);
        });
    }
}
