package com.newsdesk.service.subscribers;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.EmailAddresses;
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
import com.newsdesk.service.Audit;
import com.newsdesk.service.Privacy;
import com.newsdesk.service.TaskMonitor;
import java.io.OutputStream;
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
 * Importing a subscriber CSV (Ghost, Mailchimp, listmonk or any with an email column) in one transaction, with a dry
 * run that is the real import undone; an unsubscribed, bounced or blocklisted address, an erased one and a
 * blocklisted domain are never subscribed again by an import.
 */
public final class SubscriberImport {
    private final Database database;
    private final Clock clock;
    private final Audit audit;

    public SubscriberImport(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** How an import treats the file: "add new only" or "add and update". */
    public enum Mode { ADD, UPSERT }

    /**
     * How to import: {@code format} null recognises the file from its header; {@code columns} are the user's picks
     * (AUTO finds them); {@code overwriteWithEmpty} lets an empty cell clear a stored name or labels; {@code listEveryRow} (the window's preview) lists every row with its outcome, not only those not
     * imported as asked, up to {@link SubscriberImportReport#ROWS_LISTED}.
     */
    public record Options(com.newsdesk.domain.SubscriberFileFormat format,
            com.newsdesk.domain.SubscriberColumns columns, Mode mode, boolean overwriteWithEmpty, boolean dryRun,
            boolean listEveryRow) {
        public Options {
            columns = Objects.requireNonNullElse(columns, com.newsdesk.domain.SubscriberColumns.AUTO);
            mode = Objects.requireNonNullElse(mode, Mode.ADD);
        }

        public Options(com.newsdesk.domain.SubscriberFileFormat format,
                com.newsdesk.domain.SubscriberColumns columns, Mode mode, boolean overwriteWithEmpty, boolean dryRun) {
            this(format, columns, mode, overwriteWithEmpty, dryRun, false);
        }
    }

    /**
     * Imports a CSV in one transaction; a dry run does exactly the same and rolls back. Rows that are not imported
     * as asked (invalid, duplicates, suppressed) go to {@code rejectedRows} when given: the file's own columns and two
     * more saying what and why, so that once fixed it imports as is.
     */
    public SubscriberImportReport importCsv(Actor actor, Path file, Options options, OutputTarget rejectedRows,
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

    private <T> T run(Options options, com.newsdesk.storage.TransactionWork<T> work) {
        if (options.dryRun()) {
            return database.bulkRehearse(work);
        }
        T done = database.bulkWrite(work);
        database.refreshStatistics(); // a shared newsroom's planner learns the list's new size now
        return done;
    }

    private SubscriberImportReport importRows(Transaction tx, Actor actor, Path file, long size, Options options,
            OutputStream rejected, TaskMonitor monitor) {
        Intake intake = new Intake(tx, options, file.getFileName().toString(), Timestamps.now(clock), monitor, size,
                Privacy.keyOf(tx));
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
        private final Options options;
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

        Intake(Transaction tx, Options options, String fileName, Instant now, TaskMonitor monitor, long size,
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
            SubscriberCsvReader.History history = row.history(); // our own CSV's: kept as the file records it
            pending.add(Subscriber.arriving(nextId++, email, row.name(), status, row.labels() == null ? List.of()
                    : row.labels(), source, created, now).withNoteAndAttributes(row.note(), row.attributes())
                    .asRecorded(history.source(), history.subscribedAt(), history.unsubscribedAt(),
                            history.updatedAt()));
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
            boolean inserted = pending.size() == com.newsdesk.storage.SubscriberRepository.BATCH
                    && tx.subscribers().tryInsertAll(pending); // all or none
            if (inserted) {
                counts.merge(Outcome.NEW, (long) pending.size(), Long::sum);
                for (int i = 0; i < pending.size(); i++) {
                    listNew(pendingRows.get(i), pending.get(i));
                }
            } else {
                for (int i = 0; i < pending.size(); i++) {
                    try {
                        Subscriber person = pending.get(i);
                        tx.attempt(() -> tx.subscribers().insert(person));
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

}
