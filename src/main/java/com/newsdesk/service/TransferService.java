package com.newsdesk.service;

import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.Correction;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.NewsroomStats;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.io.NewsroomJson;
import com.newsdesk.io.NewsroomJsonReader;
import com.newsdesk.io.NewsroomJsonWriter;
import com.newsdesk.storage.ConstraintViolationException;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.Transaction;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Export of the newsroom as one streamed JSON document, and import of one as a single transaction. */
public final class TransferService {
    private static final int PROGRESS_EVERY = 2_000;

    private final Database database;
    private final Clock clock;

    private final Audit audit;

    public TransferService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** Writes the export through the guarded writer: a file is complete or absent, never half-written. */
    public TransferSummary exportTo(Actor actor, OutputTarget target, ExportScope scope, TaskMonitor monitor) {
        actor.require(scope.permission());
        return GuardedWriter.write(database.file(), target, out -> export(actor, out, scope, monitor));
    }

    /**
     * Move this newsroom to a server…: copies it whole into an empty database there (made into a newsroom when it is
     * empty) and checks the copy ({@link CopyService}). {@code password}, when typed, is used for this copy only.
     */
    public CopyService.Copied copyToServer(Actor actor, String address, char[] password, TaskMonitor monitor) {
        actor.require(Permission.FULL_TRANSFER);
        com.newsdesk.storage.NewsroomAddress target = com.newsdesk.storage.DataLocation.resolveAddress(address,
                java.util.Map.of());
        if (!(target instanceof com.newsdesk.storage.NewsroomAddress.Server)) {
            throw new InvalidInputException("address", address + " is not a server address (expected"
                    + " postgresql://HOST[:PORT]/DATABASE?user=NAME)");
        }
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        if (password != null && password.length > 0) {
            env.put("PGPASSWORD", new String(password));
        }
        try (Database server = Database.open(target, Database.OpenMode.CREATE, com.newsdesk.io.JsonDocumentCodec.INSTANCE,
                env)) {
            return new CopyService(clock).copy(actor, database, server, monitor);
        }
    }

    /** Streams the export from one consistent snapshot of the newsroom. */
    public TransferSummary export(Actor actor, OutputStream out, ExportScope scope, TaskMonitor monitor) {
        actor.require(scope.permission());
        // Two readers on one snapshot: comments and subscribers are written by SQLite on both at once (a file only).
        TransferSummary written = database.readTogether(2, readers -> {
            Transaction tx = readers.get(0);
            NewsroomStats stats = new NewsroomStats(tx.articles().countByStatus(), tx.comments().countByStatus(),
                    tx.subscribers().countByStatus());
            long total = (scope.includesArticles()
                    ? stats.articleCount() + tx.revisions().count() + tx.corrections().count() : 0)
                    + (scope.includesComments() ? stats.commentCount() : 0)
                    + (scope.includesSubscribers() ? stats.subscriberCount() : 0);
            long[] counts = new long[4];
            Counter counter = new Counter(monitor, total, "Exporting");
            NewsroomJsonWriter writer = new NewsroomJsonWriter(out, Timestamps.now(clock));
            if (scope.includesArticles()) {
                writer.startSection(NewsroomJson.ARTICLES);
                counts[0] = bigSection(readers, tx.articles().canWriteJsonRecords(), ARTICLES_BY_SQLITE,
                        tx.articles()::forEach, writer::article, writer, counter);
                writer.endSection();
                writer.startSection(NewsroomJson.REVISIONS);
                counts[1] = bigSection(readers, tx.articles().canWriteJsonRecords(), REVISIONS_BY_SQLITE,
                        tx.revisions()::forEach, writer::revision, writer, counter);
                writer.endSection();
                writer.startSection(NewsroomJson.CORRECTIONS);
                tx.corrections().forEach(correction -> {
                    writer.correction(correction);
                    counter.step();
                });
                writer.endSection();
                writer.startSection(NewsroomJson.PENDING_CHANGES);
                tx.articles().forEachPending(writer::pendingChanges);
                writer.endSection();
                writer.startSection(NewsroomJson.OFFLINE_CONFLICTS);
                tx.articles().forEachConflict(writer::offlineConflict);
                writer.endSection();
                writer.startSection(NewsroomJson.TRASH);
                tx.articles().forEachDeleted(writer::deleted);
                writer.endSection();
                // The writing aids' lists go with the articles they serve.
                writer.startSection(NewsroomJson.DICTIONARY);
                tx.writing().wordEntries().forEach(word -> writer.writingListEntry("word", word));
                writer.endSection();
                writer.startSection(NewsroomJson.IGNORED_RULES);
                tx.writing().ignoredRuleEntries().forEach(rule -> writer.writingListEntry("rule", rule));
                writer.endSection();
                writer.startSection(NewsroomJson.STYLE);
                tx.writing().styleRules().forEach(writer::styleRule);
                writer.endSection();
            }
            if (scope.includesComments()) {
                writer.startSection(NewsroomJson.COMMENTS);
                counts[2] = bigSection(readers, tx.comments().canWriteJsonRecords(), COMMENTS_BY_SQLITE,
                        tx.comments()::forEach, writer::comment, writer, counter);
                writer.endSection();
            }
            if (scope.includesSubscribers()) {
                writer.startSection(NewsroomJson.SUBSCRIBERS);
                counts[3] = com.newsdesk.service.subscribers.SubscriberJsonRecords.write(readers,
                        com.newsdesk.domain.SubscriberFilter.ALL, writer, counter::advanceTo);
                writer.endSection();
            }
            writer.finish();
            counter.done();
            return new TransferSummary(counts[0], counts[1], counts[2], counts[3], 0, 0, 0, 0);
        });
        database.write(tx -> {
            audit.record(tx, actor, "export", null, null, scope.name().toLowerCase() + ": " + written.describe("exported"));
            return null;
        });
        return written;
    }

    /**
     * Imports an export in one transaction: a bad record, a cancel or any failure leaves the newsroom as it was.
     * Into a newsroom that holds data, only with {@code merge}: then records whose article slug, comment id or
     * subscriber email is already present are left out and counted, and clashing ids are given new ones.
     */
    public TransferSummary importFile(Actor actor, Path file, boolean merge, TaskMonitor monitor) {
        actor.require(Permission.FULL_TRANSFER);
        long size = com.newsdesk.service.input.InputFiles.check(file, com.newsdesk.service.input.InputFiles.STREAMED,
                "Newsdesk JSON export");
        try (InputStream in = com.newsdesk.service.input.InputFiles.open(file, com.newsdesk.service.input.InputFiles.STREAMED,
                "Newsdesk JSON export")) {
            return importStream(actor, in, size, merge, monitor);
        } catch (IOException e) {
            throw com.newsdesk.service.input.InputFiles.unreadable(file, e);
        }
    }

    /** As {@link #importFile}; {@code size} (0 when unknown) lets progress be shown in bytes. */
    public TransferSummary importStream(Actor actor, InputStream in, long size, boolean merge, TaskMonitor monitor) {
        actor.require(Permission.FULL_TRANSFER);
        CountingInputStream counting = new CountingInputStream(new BufferedInputStream(in, 1 << 16));
        TransferSummary imported = database.bulkWrite(tx -> {
            if (!merge) {
                refuseUnlessEmpty(tx);
            }
            tx.deferForeignKeys();
            ImportHandler handler = new ImportHandler(tx, merge, monitor, counting, size);
            if (merge) {
                NewsroomJsonReader.read(counting, handler);
            } else {
                tx.withIndexesBuiltAfter(() -> { // the newsroom is empty: build its indexes once, at the end
                    NewsroomJsonReader.read(counting, handler);
                    monitor.progress(size, size, "Building indexes");
                    return null;
                });
            }
            handler.flushBatches();
            handler.checkReferences();
            monitor.checkCancelled(); // the last chance: after this the import commits
            monitor.progress(size, size, "Imported");
            TransferSummary added = handler.summary();
            audit.record(tx, actor, merge ? "import.merge" : "import", null, null, added.describe("imported"));
            return added;
        });
        database.refreshStatistics(); // a shared newsroom's planner learns the tables' new sizes now
        return imported;
    }

    private static void refuseUnlessEmpty(Transaction tx) {
        long articles = tx.articles().count();
        long comments = tx.comments().count(null);
        long subscribers = tx.subscribers().count();
        if (articles + comments + subscribers > 0) {
            throw new RefusedException("This newsroom already holds " + articles + " articles, " + comments
                    + " comments and " + subscribers + " subscribers. Import into an empty newsroom, or merge "
                    + "(--merge) to add only the records it does not have yet.");
        }
    }

    /** Writes each record as it is read; remembers the file's ids so that late errors can name their JSON path. */
    private static final class ImportHandler implements NewsroomJsonReader.Handler {
        private final Transaction tx;
        private final boolean merge;
        private final TaskMonitor monitor;
        private final CountingInputStream in;
        private final long size;
        private final Map<Long, Long> articleIds = new HashMap<>();
        private final java.util.Set<Long> skippedArticles = new java.util.HashSet<>();
        private final Map<String, IdList> storedIdsBySection = new HashMap<>();
        private final long[] added = new long[4];
        private final long[] skipped = new long[4];
        private long records;
        private final Suppressions suppressions;
        private long erased;
        private long anonymised;

        ImportHandler(Transaction tx, boolean merge, TaskMonitor monitor, CountingInputStream in, long size) {
            this.tx = tx;
            this.merge = merge;
            this.suppressions = Suppressions.of(tx);
            this.monitor = monitor;
            this.in = in;
            this.size = size;
        }

        @Override
        public void article(Article article, String path) {
            step();
            long fileId = article.id();
            if (merge) {
                var existing = tx.articles().idOfSlug(article.slug());
                if (existing.isPresent()) {
                    articleIds.put(fileId, existing.get());
                    skippedArticles.add(fileId);
                    skipped[0]++;
                    return;
                }
            }
            Article toStore = merge && tx.articles().exists(fileId) ? article.withId(0) : article;
            if (batched(toStore.id())) {
                articleIds.put(fileId, toStore.id());
                articles.add(toStore, path);
                return;
            }
            articles.flush();
            articleIds.put(fileId, insertArticle(toStore, path));
        }

        private long insertArticle(Article toStore, String path) {
            long id = insert(path, () -> tx.articles().insert(toStore), Map.of(
                    "articles.id", "id " + toStore.id() + " appears twice in the file",
                    "articles.slug", "slug \"" + toStore.slug() + "\" appears twice in the file"));
            added[0]++;
            return id;
        }

        @Override
        public void revision(ArticleRevision revision, String path) {
            step();
            if (skippedArticles.contains(revision.articleId())) {
                skipped[1]++; // the newsroom's own copy of the article keeps its own history
                return;
            }
            ArticleRevision mapped = revision.withArticleId(articleIds.getOrDefault(revision.articleId(), revision.articleId()));
            ArticleRevision toStore = merge && tx.revisions().exists(revision.id()) ? mapped.withId(0) : mapped;
            if (batched(toStore.id())) {
                revisionIds.put(revision.id(), toStore.id());
                revisions.add(toStore, path);
                return;
            }
            revisions.flush(); // in file order: a re-numbered row after the rows before it
            revisionIds.put(revision.id(), insertRevision(toStore, path));
        }

        private long insertRevision(ArticleRevision toStore, String path) {
            long id = insert(path, () -> tx.revisions().insert(toStore),
                    Map.of("article_revisions.id", "id " + toStore.id() + " appears twice in the file"));
            remember(NewsroomJson.REVISIONS, id);
            added[1]++;
            return id;
        }

        @Override
        public void correction(Correction correction, String path) {
            step();
            if (skippedArticles.contains(correction.articleId())) {
                return; // the newsroom's own copy of the article keeps its own corrections
            }
            Correction mapped = correction.withArticleId(articleIds.getOrDefault(correction.articleId(),
                    correction.articleId()));
            Correction toStore = merge && tx.corrections().exists(correction.id()) ? mapped.withId(0) : mapped;
            long id = insert(path, () -> tx.corrections().insert(toStore),
                    Map.of("article_corrections.id", "id " + correction.id() + " appears twice in the file"));
            remember(NewsroomJson.CORRECTIONS, id);
        }

        @Override
        public void pendingChanges(com.newsdesk.domain.PendingChanges pending, String path) {
            if (skippedArticles.contains(pending.articleId())) {
                return; // the newsroom's own copy of the article keeps its own pending changes
            }
            long id = articleIn(pending.articleId(), path);
            if (!seenPending.add(id)) {
                throw new InvalidInputException(path, "article " + pending.articleId() + " has pending changes twice");
            }
            tx.articles().savePending(new com.newsdesk.domain.PendingChanges(id, pending.draft(), pending.savedBy(),
                    pending.savedAt()));
        }

        @Override
        public void deleted(com.newsdesk.domain.DeletedArticle deleted, String path) {
            if (skippedArticles.contains(deleted.articleId())) {
                return;
            }
            long id = articleIn(deleted.articleId(), path);
            insert(path, () -> {
                tx.articles().trash(new com.newsdesk.domain.DeletedArticle(id, "", deleted.deletedAt(),
                        deleted.deletedBy()));
                return id;
            }, Map.of("article_trash.article_id", "article " + deleted.articleId() + " is in the trash twice"));
        }

        private final java.util.Set<Long> seenPending = new java.util.HashSet<>();
        /** The file's revision ids and the ids they got here (a merge may give new ones). */
        private final Map<Long, Long> revisionIds = new java.util.HashMap<>();

        @Override
        public void offlineConflict(com.newsdesk.domain.offline.OfflineConflict conflict, String path) {
            long articleFileId = conflict.offline().articleId();
            if (skippedArticles.contains(articleFileId)) {
                return; // the newsroom's own copy of the article keeps its own state
            }
            long id = articleIn(articleFileId, path);
            Long revision = revisionIds.get(conflict.revisionId());
            if (revision == null) {
                throw new InvalidInputException(path + ".revisionId", "revision " + conflict.revisionId()
                        + " is not among the file's revisions (they come before the conflicts)");
            }
            insert(path, () -> {
                tx.articles().saveConflict(revision, new com.newsdesk.domain.PendingChanges(id,
                        conflict.offline().draft(), conflict.offline().savedBy(), conflict.offline().savedAt()));
                return id;
            }, Map.of("article_conflicts.article_id", "this conflict appears twice in the file"));
        }

        /** A word the newsroom (merged into) has already, in any case, stays as it is. */
        @Override
        public void dictionaryWord(com.newsdesk.domain.writing.WritingLists.Entry word, String path) {
            tx.writing().addWord(word.value(), word.addedBy(), word.addedAt());
        }

        @Override
        public void ignoredRule(com.newsdesk.domain.writing.WritingLists.Entry rule, String path) {
            tx.writing().ignoreRule(rule.value(), rule.addedBy(), rule.addedAt());
        }

        /** The file's entry for a form replaces the newsroom's (merged into) for the same form. */
        @Override
        public void styleRule(com.newsdesk.domain.writing.StyleRule rule, String path) {
            tx.writing().putStyleRule(rule);
        }

        /** The newsroom's id of an article the file named earlier; refused, by path, when there is none. */
        private long articleIn(long fileId, String path) {
            articles.flush(); // the articles still waiting in a batch are written before one is looked up
            long id = articleIds.getOrDefault(fileId, fileId);
            if (!tx.articles().exists(id)) {
                throw new InvalidInputException(path + ".articleId", "no article " + fileId + " in this file or the"
                        + " newsroom");
            }
            return id;
        }

        @Override
        public void comment(Comment comment, String path) {
            step();
            if (merge && tx.comments().exists(comment.id())) {
                skipped[2]++;
                return;
            }
            Comment mapped = comment.withArticleId(articleIds.getOrDefault(comment.articleId(), comment.articleId()));
            Comment toStore = suppressions.erased(comment.authorEmail()) ? mapped.anonymised() : mapped;
            if (toStore != mapped) {
                anonymised++;
            }
            if (batched(toStore.id())) {
                comments.add(toStore, path);
                return;
            }
            comments.flush();
            insertComment(toStore, path);
        }

        private void insertComment(Comment toStore, String path) {
            long id = insert(path, () -> tx.comments().insert(toStore),
                    Map.of("comments.id", "id " + toStore.id() + " appears twice in the file"));
            remember(NewsroomJson.COMMENTS, id);
            added[2]++;
        }

        @Override
        public void subscriber(Subscriber subscriber, String path) {
            step();
            if (merge && tx.subscribers().emailExists(subscriber.email())) {
                skipped[3]++;
                return;
            }
            if (suppressions.erased(subscriber.email())) {
                erased++; // an older export or backup file does not bring back a person erased since
                return;
            }
            Subscriber toStore = merge && tx.subscribers().exists(subscriber.id()) ? subscriber.withId(0) : subscriber;
            if (batched(toStore.id())) {
                subscribers.add(toStore, path);
                return;
            }
            subscribers.flush(); // in file order: a re-numbered row after the rows before it
            insertSubscriber(toStore, subscriber, path);
        }

        /**
         * Whether a row goes into a batch: one that keeps its id, in an import into an empty newsroom. A merge writes
         * row by row, so that a row the file repeats finds its first copy in the newsroom, as it always has.
         */
        private boolean batched(long id) {
            return id > 0 && !merge;
        }

        /**
         * Rows that carry their ids go fifty to a statement: on a server each statement is a round trip and runs the
         * count and search triggers once, so row by row 100,000 subscribers took two minutes and 100,000 comments
         * 89 s. When a batch breaks a rule (an id or address twice), its rows go one by one, so that the refusal
         * names the row's path.
         */
        private final class Batch<T> {
            private final int size;
            private final java.util.function.Predicate<List<T>> tryAll;
            private final java.util.function.BiConsumer<T, String> one;
            private final java.util.function.Consumer<T> stored;
            private final List<T> rows = new java.util.ArrayList<>();
            private final List<String> paths = new java.util.ArrayList<>();

            Batch(int size, java.util.function.Predicate<List<T>> tryAll, java.util.function.BiConsumer<T, String> one,
                    java.util.function.Consumer<T> stored) {
                this.size = size;
                this.tryAll = tryAll;
                this.one = one;
                this.stored = stored;
            }

            void add(T row, String path) {
                rows.add(row);
                paths.add(path);
                if (rows.size() == size) {
                    flush();
                }
            }

            void flush() {
                if (rows.isEmpty()) {
                    return;
                }
                if (rows.size() == size && tryAll.test(rows)) {
                    rows.forEach(stored);
                } else {
                    for (int i = 0; i < rows.size(); i++) {
                        one.accept(rows.get(i), paths.get(i));
                    }
                }
                rows.clear();
                paths.clear();
            }
        }

        private final Batch<Article> articles = new Batch<>(com.newsdesk.storage.ArticleRepository.BATCH,
                this::tryArticles, this::insertArticle, article -> added[0]++);
        private final Batch<ArticleRevision> revisions = new Batch<>(com.newsdesk.storage.RevisionRepository.BATCH,
                this::tryRevisions, this::insertRevision, revision -> {
                    remember(NewsroomJson.REVISIONS, revision.id());
                    added[1]++;
                });
        private final Batch<Comment> comments = new Batch<>(com.newsdesk.storage.CommentRepository.BATCH,
                this::tryComments, this::insertComment, comment -> {
                    remember(NewsroomJson.COMMENTS, comment.id());
                    added[2]++;
                });
        private final Batch<Subscriber> subscribers = new Batch<>(com.newsdesk.storage.SubscriberRepository.BATCH,
                this::trySubscribers, (row, path) -> insertSubscriber(row, row, path),
                row -> added[3]++);

        private boolean tryArticles(List<Article> batch) { return tx.articles().tryInsertAll(batch); }

        private boolean tryRevisions(List<ArticleRevision> batch) { return tx.revisions().tryInsertAll(batch); }

        private boolean tryComments(List<Comment> batch) { return tx.comments().tryInsertAll(batch); }

        private boolean trySubscribers(List<Subscriber> batch) { return tx.subscribers().tryInsertAll(batch); }

        /** Writes the rows still waiting in the batches, at the end of the file. */
        void flushBatches() {
            articles.flush();
            revisions.flush();
            comments.flush();
            subscribers.flush();
        }

        private void insertSubscriber(Subscriber toStore, Subscriber subscriber, String path) {
            insert(path, () -> tx.subscribers().insert(toStore), Map.of(
                    "subscribers.id", "id " + subscriber.id() + " appears twice in the file",
                    "subscribers_email", "email \"" + subscriber.email()
                            + "\" appears twice in the file (emails are unique ignoring case)"));
            added[3]++;
        }

        private void step() {
            if (++records % PROGRESS_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(in.count(), size, "Importing");
            }
        }

        private static long insert(String path, java.util.function.LongSupplier insert, Map<String, String> clashes) {
            try {
                return insert.getAsLong();
            } catch (ConstraintViolationException e) {
                for (var clash : clashes.entrySet()) {
                    if (e.involves(clash.getKey())) {
                        throw new InvalidInputException(path, clash.getValue());
                    }
                }
                throw new InvalidInputException(path, e.getMessage());
            }
        }

        private void remember(String section, long storedId) {
            storedIdsBySection.computeIfAbsent(section, s -> new IdList()).add(storedId);
        }

        /** Foreign keys were deferred while reading; now every reference must point at a record that exists. */
        void checkReferences() {
            List<Transaction.ForeignKeyViolation> violations = tx.foreignKeyViolations();
            if (violations.isEmpty()) {
                return;
            }
            Transaction.ForeignKeyViolation first = violations.get(0);
            String section = switch (first.table()) {
                case "comments" -> NewsroomJson.COMMENTS;
                case "article_corrections" -> NewsroomJson.CORRECTIONS;
                default -> NewsroomJson.REVISIONS;
            };
            IdList ids = storedIdsBySection.getOrDefault(section, new IdList());
            int index = ids.indexOf(first.rowId());
            String path = "$." + section + (index >= 0 ? "[" + index + "]" : "");
            String problem = first.referencedTable().equals("comments")
                    ? "its parentId names no comment in the newsroom or the file"
                    : "its articleId names no article in the newsroom or the file";
            throw new InvalidInputException(path, problem + (violations.size() > 1
                    ? " (and " + (violations.size() - 1) + (violations.size() == 100 ? "+" : "")
                            + " more records with missing references)" : ""));
        }

        TransferSummary summary() {
            return new TransferSummary(added[0], added[1], added[2], added[3],
                    skipped[0], skipped[1], skipped[2], skipped[3], erased, anonymised);
        }
    }

    /** A growable list of ids in file order: 8 bytes a record, so a million comments cost 8 MB. */
    private static final class IdList {
        private long[] ids = new long[1024];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int indexOf(long id) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * A big section of the export: on a newsroom file SQLite writes its records in chunks on every reader; otherwise
     * they are read on this thread and encoded on a second one (PipedWriter). Returns how many were written.
     */
    private static <T> long bigSection(List<Transaction> readers, boolean bySqlite, JsonRecordChunks.Source chunks,
            Consumer<Consumer<? super T>> rows, Consumer<? super T> write, NewsroomJsonWriter writer,
            Counter counter) {
        if (bySqlite) {
            long written = JsonRecordChunks.write(readers, chunks, writer, counter::advanceTo);
            counter.passed(written);
            return written;
        }
        long[] written = {0};
        PipedWriter.<T>stream(rows, record -> {
            write.accept(record);
            written[0]++;
            counter.step();
        });
        return written[0];
    }

    /** Comments as SQLite writes them for the export, in chunks on several readers. */
    private static final JsonRecordChunks.Source COMMENTS_BY_SQLITE = bySqlite(JsonRecordChunks.ROWS,
            (tx, after, rows) -> tx.comments().chunkEnd(after, rows),
            (tx, after, upTo) -> tx.comments().jsonRecords(after, upTo),
            byTheWriter((tx, after, upTo, row) -> tx.comments().forEach(after, upTo, row),
                    NewsroomJsonWriter::commentRecords));

    /** Articles (and revisions) a chunk holds: a body is a few kilobytes, sometimes far more. */
    private static final int ARTICLES_PER_CHUNK = 256;

    /** Articles by SQLite: their bodies are stored as the export writes them, so SQLite copies them in. */
    private static final JsonRecordChunks.Source ARTICLES_BY_SQLITE = bySqlite(ARTICLES_PER_CHUNK,
            (tx, after, rows) -> tx.articles().chunkEnd(after, rows),
            (tx, after, upTo) -> tx.articles().jsonRecords(after, upTo),
            byTheWriter((tx, after, upTo, row) -> tx.articles().forEach(after, upTo, row),
                    NewsroomJsonWriter::articleRecords));

    private static final JsonRecordChunks.Source REVISIONS_BY_SQLITE = bySqlite(ARTICLES_PER_CHUNK,
            (tx, after, rows) -> tx.revisions().chunkEnd(after, rows),
            (tx, after, upTo) -> tx.revisions().jsonRecords(after, upTo),
            byTheWriter((tx, after, upTo, row) -> tx.revisions().forEach(after, upTo, row),
                    NewsroomJsonWriter::revisionRecords));

    @FunctionalInterface
    private interface ChunkEnd {
        java.util.OptionalLong of(Transaction tx, long after, int rows);
    }

    @FunctionalInterface
    private interface Records {
        com.newsdesk.storage.JsonRecords between(Transaction tx, long after, long upTo);
    }

    /** A repository's rows after one id up to another, handed one by one. */
    @FunctionalInterface
    private interface RowsBetween<T> {
        void forEach(Transaction tx, long after, long upTo, Consumer<T> row);
    }

    /** A chunk read as rows and encoded by the writer, for chunks SQLite cannot write. */
    private static <T> Records byTheWriter(RowsBetween<T> rows, java.util.function.Function<List<T>, byte[]> encode) {
        return (tx, after, upTo) -> {
            List<T> read = new java.util.ArrayList<>();
            rows.forEach(tx, after, upTo, read::add);
            return new com.newsdesk.storage.JsonRecords(encode.apply(read), read.size());
        };
    }

    /** A section SQLite writes, settled as the writer has it; the writer writes a chunk SQLite cannot. */
    private static JsonRecordChunks.Source bySqlite(int rows, ChunkEnd chunkEnd, Records bySqlite,
            Records byTheWriter) {
        return new JsonRecordChunks.Source() {
            @Override
            public int rows() {
                return rows;
            }

            @Override
            public java.util.OptionalLong chunkEnd(Transaction tx, long after, int count) {
                return chunkEnd.of(tx, after, count);
            }

            @Override
            public com.newsdesk.storage.JsonRecords byTheDatabase(Transaction tx, long after, long upTo) {
                return JsonRecordChunks.settled(bySqlite.between(tx, after, upTo));
            }

            @Override
            public com.newsdesk.storage.JsonRecords byTheWriter(Transaction tx, long after, long upTo) {
                return byTheWriter.between(tx, after, upTo);
            }
        };
    }

    /** Reports progress every few thousand records and stops the work when cancelled. */
    private static final class Counter {
        private final TaskMonitor monitor;
        private final long total;
        private final String message;
        private long done;

        Counter(TaskMonitor monitor, long total, String message) {
            this.monitor = monitor;
            this.total = total;
            this.message = message;
        }

        void step() {
            if (++done % PROGRESS_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(done, total, message);
            }
        }

        /** A section that counts its own records has written {@code count} of them so far. */
        void advanceTo(long count) {
            monitor.checkCancelled();
            monitor.progress(done + count, total, message);
        }

        /** Such a section is done, having written {@code count}. */
        void passed(long count) {
            done += count;
        }

        void done() {
            monitor.checkCancelled();
            monitor.progress(total, total, message);
        }
    }
}
