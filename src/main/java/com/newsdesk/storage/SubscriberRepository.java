package com.newsdesk.storage;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Newsletter subscribers and their labels. */
public final class SubscriberRepository {
    private static final String COLUMNS = "s.id, s.email, s.name, s.status, s.source, s.subscribed_at, "
            + "s.unsubscribed_at, s.created_at, s.updated_at, s.version, s.note, s.attributes";
    /** For single rows and pages: labels by a subquery (cheap for a few rows). */
    private static final String SELECT_LIST = "SELECT " + COLUMNS + """
            , (SELECT string_agg(l.name, '\u001F' ORDER BY ll.label_id)
                 FROM subscriber_labels ll JOIN labels l ON l.id = ll.label_id
                WHERE ll.subscriber_id = s.id) AS label_names
            """;
    private static final String SELECT = SELECT_LIST + " FROM subscribers s ";
    private static final RowMapper<Subscriber> MAPPER = row -> subscriber(row, Sql.list(row.getString("label_names")));

    /** Labels are listed in name order, ignoring case; one rule for every way of reading them. */
    private static Subscriber subscriber(java.sql.ResultSet row, List<String> labels) throws java.sql.SQLException {
        List<String> sorted = labels.size() < 2 ? labels : labels.stream().sorted(LABEL_ORDER).toList();
        return new Subscriber(row.getLong("id"), row.getString("email"), row.getString("name"),
                SubscriberStatus.fromCode(row.getString("status")), sorted, row.getString("source"),
                Sql.instant(row, "subscribed_at"), Sql.instant(row, "unsubscribed_at"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), row.getLong("version"), row.getString("note"),
                row.getString("attributes"));
    }

    private static final java.util.Comparator<String> LABEL_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder());

    private final Transaction tx;
    private final NameTable labels;

    SubscriberRepository(Transaction tx) {
        this.tx = tx;
        this.labels = new NameTable(tx, "labels");
    }

    public long insert(Subscriber subscriber) {
        long id = Transaction.run(() -> {
            PreparedStatement insert = tx.prepare("""
                    INSERT INTO subscribers (id, email, name, status, source, subscribed_at, unsubscribed_at,
                                             created_at, updated_at, note, attributes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """);
            Queries.bindId(insert, 1, subscriber.id());
            insert.setString(2, subscriber.email());
            insert.setString(3, subscriber.name());
            insert.setString(4, subscriber.status().code());
            insert.setString(5, subscriber.source());
            Sql.setInstant(insert, 6, subscriber.subscribedAt());
            Sql.setInstant(insert, 7, subscriber.unsubscribedAt());
            Sql.setInstant(insert, 8, subscriber.createdAt());
            Sql.setInstant(insert, 9, subscriber.updatedAt());
            insert.setString(10, subscriber.note());
            insert.setString(11, subscriber.attributes());
            insert.executeUpdate();
            return Queries.insertedId(tx, subscriber.id());
        });
        linkLabels(id, subscriber.labels());
        return id;
    }

    /** Rows per multi-row INSERT: one statement step instead of fifty, the same binds. */
    public static final int BATCH = 50;

    /**
     * Inserts subscribers that carry their ids in one multi-row statement (and their labels): all of them, or, when
     * one breaks a rule (an address already there), none, with the violation thrown for the caller to sort out.
     */
    public void insertAll(List<Subscriber> batch) {
        if (batch.size() != BATCH) {
            throw new IllegalArgumentException("a batch holds " + BATCH + " subscribers, not " + batch.size());
        }
        Transaction.run(() -> {
            PreparedStatement insert = tx.prepare(MULTI_INSERT);
            int at = 1;
            for (Subscriber subscriber : batch) {
                insert.setLong(at++, subscriber.id());
                insert.setString(at++, subscriber.email());
                insert.setString(at++, subscriber.name());
                insert.setString(at++, subscriber.status().code());
                insert.setString(at++, subscriber.source());
                Sql.setInstant(insert, at++, subscriber.subscribedAt());
                Sql.setInstant(insert, at++, subscriber.unsubscribedAt());
                Sql.setInstant(insert, at++, subscriber.createdAt());
                Sql.setInstant(insert, at++, subscriber.updatedAt());
                insert.setString(at++, subscriber.note());
                insert.setString(at++, subscriber.attributes());
            }
            insert.executeUpdate();
            return null;
        });
        List<long[]> links = new ArrayList<>();
        for (Subscriber subscriber : batch) {
            for (String label : subscriber.labels()) {
                links.add(new long[] {subscriber.id(), labels.idOf(label)});
            }
        }
        linkAll(links);
    }

    /**
     * {@link #insertAll}, tried: true when the batch went in whole; false when one row broke a rule, with nothing of
     * the batch written and the transaction still usable (on a server the try runs in a savepoint), for the caller
     * to write the rows one by one and say which one.
     */
    public boolean tryInsertAll(List<Subscriber> batch) {
        return tx.succeeds(() -> insertAll(batch));
    }

    /** Label links a few batches' worth at a time: one statement for up to {@link #LINKS} links, whatever they are. */
    private void linkAll(List<long[]> links) {
        Transaction.run(() -> {
            for (int start = 0; start < links.size(); start += LINKS) {
                int count = Math.min(LINKS, links.size() - start);
                PreparedStatement link = tx.prepare(count == LINKS ? MULTI_LINK : multiLink(count));
                for (int i = 0; i < count; i++) {
                    link.setLong(2 * i + 1, links.get(start + i)[0]);
                    link.setLong(2 * i + 2, links.get(start + i)[1]);
                }
                link.executeUpdate();
            }
            return null;
        });
    }

    /** Links in one statement: a batch of subscribers brings one to two links each, rarely many more. */
    private static final int LINKS = 4 * BATCH;
    private static final String MULTI_LINK = multiLink(LINKS);

    private static String multiLink(int count) {
        return "INSERT INTO subscriber_labels (subscriber_id, label_id) VALUES "
                + String.join(", ", java.util.Collections.nCopies(count, "(?, ?)"));
    }

    private static final String MULTI_INSERT = "INSERT INTO subscribers (id, email, name, status, source,"
            + " subscribed_at, unsubscribed_at, created_at, updated_at, note, attributes) VALUES "
            + String.join(", ", java.util.Collections.nCopies(BATCH, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    public Optional<Subscriber> findByEmail(String email) {
        return Queries.first(tx, SELECT + " WHERE lower(s.email) = lower(?)", statement -> statement.setString(1, email),
                MAPPER);
    }

    /**
     * Whether the address is subscribed now: all a moderator may learn of the list. On a server it is asked through
     * the schema's one function for it, since a moderator's login may not read the subscribers table.
     */
    public boolean isSubscribed(String email) {
        String sql = tx.dialect() == Dialect.POSTGRES ? "SELECT CASE WHEN newsdesk_is_subscribed(?) THEN 1 ELSE 0 END"
                : "SELECT count(*) FROM subscribers WHERE lower(email) = lower(?) AND status = 'subscribed'";
        return Queries.count(tx, sql, statement -> statement.setString(1, email)) > 0;
    }

    public boolean emailExists(String email) {
        return Queries.count(tx, "SELECT count(*) FROM subscribers WHERE lower(email) = lower(?)",
                statement -> statement.setString(1, email)) > 0;
    }

    public boolean exists(long id) {
        return Queries.count(tx, "SELECT count(*) FROM subscribers WHERE id = ?",
                statement -> statement.setLong(1, id)) > 0;
    }

    /**
     * Every subscriber in id order, one at a time. Labels come from a second cursor over subscriber_labels in the
     * same order, merged as both advance: a million correlated subqueries cost more than the export itself.
     */
    public void forEach(Consumer<? super Subscriber> consumer) {
        forEach(null, null, consumer);
    }

    /** As {@link #forEach(Consumer)}, of one status and one label (any case) when given. */
    public void forEach(SubscriberStatus status, String label, Consumer<? super Subscriber> consumer) {
        forEach(new com.newsdesk.domain.SubscriberFilter(status, label, null, null, null, null), consumer);
    }

    /** As {@link #forEach(Consumer)}, of the subscribers a list filter shows, in id order. */
    public void forEach(com.newsdesk.domain.SubscriberFilter filter, Consumer<? super Subscriber> consumer) {
        forEach(filter, Long.MIN_VALUE, Long.MAX_VALUE, consumer);
    }

    /** As above, of the ids after {@code after} up to {@code upTo} only. */
    public void forEach(com.newsdesk.domain.SubscriberFilter filter, long after, long upTo,
            Consumer<? super Subscriber> consumer) {
        List<Object> values = new ArrayList<>();
        String where = inRange(where(filter, values), id(filter), after, upTo, values);
        Map<Long, String> labelNames = new HashMap<>();
        Queries.list(tx, "SELECT id, name FROM labels", Queries.NONE,
                row -> labelNames.put(row.getLong(1), row.getString(2)));
        Transaction.run(() -> {
            try (PreparedStatement subscribers = tx.prepareUncached("SELECT " + COLUMNS + from(filter) + where
                    + " ORDER BY " + id(filter));
                    PreparedStatement links = tx.prepareUncached("SELECT subscriber_id, label_id FROM"
                            + " subscriber_labels WHERE subscriber_id > ? AND subscriber_id <= ?"
                            + " ORDER BY subscriber_id")) {
                Queries.bind(subscribers, values);
                links.setLong(1, after);
                links.setLong(2, upTo);
                // On the server both are read through cursors, a thousand rows at a time: without, the driver holds
                // a whole list in memory (a million subscribers: 1 GB).
                subscribers.setFetchSize(1000);
                links.setFetchSize(1000);
                try (ResultSet rows = subscribers.executeQuery(); ResultSet labels = links.executeQuery()) {
                boolean moreLabels = labels.next();
                while (rows.next()) {
                    long id = rows.getLong(1);
                    while (moreLabels && labels.getLong(1) < id) {
                        moreLabels = labels.next(); // a link to a row that is gone: foreign keys forbid it
                    }
                    List<String> names = List.of();
                    while (moreLabels && labels.getLong(1) == id) {
                        if (names.isEmpty()) {
                            names = new ArrayList<>(4);
                        }
                        names.add(labelNames.get(labels.getLong(2)));
                        moreLabels = labels.next();
                    }
                    consumer.accept(subscriber(rows, names));
                }
                }
            }
            return null;
        });
    }

    private static String inRange(String where, String id, long after, long upTo, List<Object> values) {
        if (after == Long.MIN_VALUE && upTo == Long.MAX_VALUE) {
            return where;
        }
        values.add(after);
        values.add(upTo);
        return (where.isEmpty() ? " WHERE " : where + " AND ") + id + " > ? AND " + id + " <= ?";
    }

    // --- The export's records, written by SQLite (a newsroom file only) ---------------------------------------

    /**
     * Whether SQLite can write this list's export records itself: a newsroom file, and few enough labels to order
     * them by name in the query.
     */
    public boolean canWriteJsonRecords() {
        return tx.dialect() == Dialect.SQLITE && Queries.count(tx, "SELECT count(*) FROM labels", Queries.NONE) <= 500;
    }

    /**
     * The last id of the {@code rows} subscribers of the filter after {@code after} (fewer at the end of the list),
     * or empty when none follows: the bounds of the export's next chunk.
     */
    public java.util.OptionalLong chunkEnd(com.newsdesk.domain.SubscriberFilter filter, long after, int rows) {
        List<Object> values = new ArrayList<>();
        String where = inRange(where(filter, values), id(filter), after, Long.MAX_VALUE, values);
        String sql = "SELECT " + id(filter) + from(filter) + where + " ORDER BY " + id(filter) + " LIMIT 1 OFFSET "
                + (rows - 1);
        Optional<Long> end = Queries.first(tx, sql, statement -> Queries.bind(statement, values),
                row -> row.getLong(1));
        if (end.isPresent()) {
            return java.util.OptionalLong.of(end.get());
        }
        return Queries.first(tx, "SELECT max(" + id(filter) + "), count(*)" + from(filter) + where,
                statement -> Queries.bind(statement, values), row -> row.getLong(2) == 0
                        ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(row.getLong(1)))
                .orElse(java.util.OptionalLong.empty());
    }

    /**
     * The export records of the filter's subscribers after {@code after} up to {@code upTo}, written by SQLite in id
     * order and joined by a line break and a comma, or null when one of them carries a note or attributes (the export's
     * own writer writes those). Times are copied as stored: Newsdesk stores them in the form the writer prints. SQLite
     * writes the hex digits of a control character's escape in lower case where the writer uses upper case, and does
     * not promise the order of concatenated rows: the caller checks both. Only when {@link #canWriteJsonRecords()}.
     */
    public JsonRecords jsonRecords(com.newsdesk.domain.SubscriberFilter filter, long after, long upTo) {
        List<Object> values = new ArrayList<>();
        String where = inRange(where(filter, values), id(filter), after, upTo, values);
        // Labels join the record as text: a subquery's JSON would otherwise be quoted again as a string.
        String record = "rtrim(json_object('id', s.id, 'email', s.email, 'name', s.name, 'status', s.status), '}')"
                + " || ',\"labels\":' || (SELECT json_group_array(l.name ORDER BY " + labelOrder() + ")"
                + " FROM subscriber_labels ll JOIN labels l ON l.id = ll.label_id WHERE ll.subscriber_id = s.id)"
                + " || ',' || ltrim(json_object('source', s.source, 'subscribedAt', s.subscribed_at,"
                + " 'unsubscribedAt', s.unsubscribed_at, 'createdAt', s.created_at, 'updatedAt', s.updated_at), '{')";
        String sql = "SELECT group_concat(record, char(10) || ','), min(plain), count(*) FROM (SELECT " + record
                + " AS record, s.note = '' AND s.attributes = '' AS plain" + from(filter) + where + " ORDER BY "
                + id(filter) + ")";
        JsonRecords written = Queries.first(tx, sql, statement -> Queries.bind(statement, values), row -> {
            byte[] records = row.getBytes(1);
            return records == null ? new JsonRecords(new byte[0], 0)
                    : new JsonRecords(row.getInt(2) == 1 ? records : null, row.getInt(3));
        }).orElse(new JsonRecords(new byte[0], 0));
        return written.text() == null ? null : written;
    }


    // --- The export's rows, streamed by the server (a shared newsroom only) ----------------------------------

    /** The fields of a row {@link #copyForExport} hands out, by position. */
    public static final int COPY_ID = 0;
    public static final int COPY_EMAIL = 1;
    public static final int COPY_NAME = 2;
    public static final int COPY_STATUS = 3;
    public static final int COPY_SOURCE = 4;
    public static final int COPY_SUBSCRIBED_AT = 5;
    public static final int COPY_UNSUBSCRIBED_AT = 6;
    public static final int COPY_CREATED_AT = 7;
    public static final int COPY_UPDATED_AT = 8;
    public static final int COPY_NOTE = 9;
    public static final int COPY_ATTRIBUTES = 10;
    private static final int COPY_LABEL_IDS = 11;
    private static final String COPY_COLUMNS = "s.id, s.email, s.name, s.status, s.source, s.subscribed_at,"
            + " s.unsubscribed_at, s.created_at, s.updated_at, s.note, s.attributes";

    /** What {@link #copyForExport} hands out. */
    public interface CopiedRows {
        /** Every label's name in the export's order (name order, ignoring case), before the first row. */
        void labels(List<String> inOrder);

        /**
         * One subscriber: its fields' bytes as stored (times in the form the export prints them) and its labels as
         * positions in the list {@link #labels} gave, rising, in {@code labels[0..labelCount)}.
         */
        void row(com.newsdesk.storage.postgres.BinaryCopy.Row row, int[] labels, int labelCount);
    }

    /**
     * The filter's subscribers in id order for the export, streamed by the server's binary COPY: no object is made
     * per row and the server never waits for the next batch to be asked. Only on a shared newsroom.
     */
    public void copyForExport(com.newsdesk.domain.SubscriberFilter filter, CopiedRows rows) {
        if (tx.dialect() != Dialect.POSTGRES) {
            throw new IllegalStateException("the server's copy is for a shared newsroom");
        }
        List<String[]> all = labelsInExportOrder();
        List<String> names = new ArrayList<>();
        for (String[] label : all) {
            names.add(label[1]);
        }
        long[] ids = all.stream().mapToLong(label -> Long.parseLong(label[0])).sorted().toArray(); // for a search
        int[] rankOf = new int[ids.length]; // the place in the order of the label ids[i]
        for (int rank = 0; rank < all.size(); rank++) {
            rankOf[java.util.Arrays.binarySearch(ids, Long.parseLong(all.get(rank)[0]))] = rank;
        }
        rows.labels(names);
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        boolean everyone = where.isEmpty();
        // Everyone: the links grouped in one ordered pass and merged with the rows; a few: each row's by index.
        String select = "SELECT " + COPY_COLUMNS + ", "
                + (everyone ? "g.ids" : "(SELECT string_agg(x.label_id::text, ',') FROM subscriber_labels x"
                        + " WHERE x.subscriber_id = s.id)")
                + from(filter)
                + (everyone ? " LEFT JOIN (SELECT subscriber_id, string_agg(label_id::text, ',') AS ids"
                        + " FROM subscriber_labels GROUP BY subscriber_id) g"
                        + " ON g.subscriber_id = s.id" : "")
                + where + " ORDER BY " + id(filter);
        List<String> texts = new ArrayList<>();
        for (Object value : values) {
            texts.add(value instanceof java.time.Instant instant ? com.newsdesk.domain.Timestamps.format(instant)
                    : value.toString());
        }
        String copied = settingsForParameters(select, values);
        int[] labels = new int[Math.max(1, names.size())];
        Transaction.run(() -> {
            com.newsdesk.storage.postgres.BinaryCopy.rows(tx.connection(), copied, texts, COPY_LABEL_IDS + 1, row -> {
                int count = 0;
                if (!row.isNull(COPY_LABEL_IDS)) {
                    byte[] bytes = row.buffer();
                    long id = 0;
                    for (int i = row.start(COPY_LABEL_IDS), end = i + row.length(COPY_LABEL_IDS); i <= end; i++) {
                        if (i == end || bytes[i] == ',') {
                            int at = java.util.Arrays.binarySearch(ids, id);
                            if (at < 0) { // foreign keys forbid it
                                throw new IllegalStateException("a label that is not in the labels table: " + id);
                            }
                            labels[count++] = rankOf[at];
                            id = 0;
                        } else {
                            id = id * 10 + (bytes[i] - '0');
                        }
                    }
                    java.util.Arrays.sort(labels, 0, count);
                }
                rows.row(row, labels, count);
            });
            return null;
        });
    }

    /**
     * The query's {@code ?}s as the settings {@link com.newsdesk.storage.postgres.BinaryCopy} gives values in (as
     * text: a number is cast back). The query's text holds no literal with a question mark.
     */
    private static String settingsForParameters(String sql, List<Object> values) {
        StringBuilder copied = new StringBuilder();
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                copied.append("current_setting('").append(com.newsdesk.storage.postgres.BinaryCopy.setting(n + 1))
                        .append("')").append(values.get(n) instanceof Long ? "::bigint" : "");
                n++;
            } else {
                copied.append(c);
            }
        }
        if (n != values.size()) {
            throw new IllegalStateException(n + " parameters for " + values.size() + " values");
        }
        return copied.toString();
    }

    /** The labels' order as the export's records have it (name order, ignoring case), as an SQL expression. */
    private String labelOrder() {
        List<String[]> all = labelsInExportOrder();
        if (all.isEmpty()) {
            return "l.id";
        }
        StringBuilder order = new StringBuilder("CASE l.id");
        for (int rank = 0; rank < all.size(); rank++) {
            order.append(" WHEN ").append(all.get(rank)[0]).append(" THEN ").append(rank);
        }
        return order.append(" END").toString();
    }

    /** Every label as {id, name}, in the order the export's records list them (name order, ignoring case). */
    private List<String[]> labelsInExportOrder() {
        List<String[]> all = Queries.list(tx, "SELECT id, name FROM labels", Queries.NONE,
                row -> new String[] {Long.toString(row.getLong(1)), row.getString(2)});
        all.sort((a, b) -> LABEL_ORDER.compare(a[1], b[1]));
        return all;
    }

    /** A page of the list in the order subscribers were added. */
    public List<Subscriber> page(int offset, int limit) {
        return Queries.list(tx, SELECT + " ORDER BY s.id LIMIT ? OFFSET ?", statement -> {
            statement.setInt(1, limit);
            statement.setInt(2, offset);
        }, MAPPER);
    }

    public long count() {
        return countByStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<SubscriberStatus, Long> countByStatus() {
        return Queries.keptCounts(tx, "subscribers", SubscriberStatus.class, SubscriberStatus::fromCode);
    }

    /** The highest id so far (0 when empty): rows above it were added by the running transaction. */
    public long maxId() {
        return Queries.count(tx, "SELECT coalesce(max(id), 0) FROM subscribers", Queries.NONE);
    }

    /** Stores every field and the labels of an existing subscriber; false when it is gone. */
    public boolean update(Subscriber subscriber) {
        int changed = Queries.execute(tx, "UPDATE subscribers SET email = ?, name = ?, status = ?, source = ?,"
                + " subscribed_at = ?, unsubscribed_at = ?, updated_at = ?, note = ?, attributes = ?,"
                + " version = version + 1 WHERE id = ?",
                subscriber.email(), subscriber.name(), subscriber.status().code(), subscriber.source(),
                subscriber.subscribedAt(), subscriber.unsubscribedAt(), subscriber.updatedAt(), subscriber.note(),
                subscriber.attributes(), subscriber.id());
        if (changed == 0) {
            return false;
        }
        Queries.execute(tx, "DELETE FROM subscriber_labels WHERE subscriber_id = ?", subscriber.id());
        linkLabels(subscriber.id(), subscriber.labels());
        return true;
    }

    private void linkLabels(long id, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Transaction.run(() -> {
            PreparedStatement link = tx.prepare("INSERT INTO subscriber_labels (subscriber_id, label_id) VALUES (?, ?)");
            for (String label : names) {
                link.setLong(1, id);
                link.setLong(2, labels.idOf(label));
                link.executeUpdate();
            }
            return null;
        });
    }

    public boolean delete(long id) {
        return Queries.execute(tx, "DELETE FROM subscribers WHERE id = ?", id) == 1;
    }

    /** Remembers an erased address by its keyed hash, so that it is never subscribed again. */
    public void suppress(String emailHash, java.time.Instant at) {
        Queries.execute(tx, "INSERT INTO suppressed_emails (email_hash, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                emailHash, at);
    }

    /** Whether any address was ever erased (most newsrooms: none, and nothing needs hashing). */
    public boolean anySuppressed() {
        return Queries.count(tx, "SELECT CASE WHEN EXISTS (SELECT 1 FROM suppressed_emails) THEN 1 ELSE 0 END", Queries.NONE) > 0;
    }

    /** Every erased address's hash: for a bulk import that tests a million rows against a list of a few. */
    public java.util.Set<String> suppressedHashes() {
        java.util.Set<String> hashes = new java.util.HashSet<>();
        Queries.list(tx, "SELECT email_hash FROM suppressed_emails", Queries.NONE, row -> hashes.add(row.getString(1)));
        return hashes;
    }

    public boolean isSuppressed(String emailHash) {
        return Queries.count(tx, "SELECT CASE WHEN EXISTS (SELECT 1 FROM suppressed_emails WHERE email_hash = ?) THEN 1 ELSE 0 END",
                statement -> statement.setString(1, emailHash)) > 0;
    }

    public boolean isDomainBlocked(String domain) {
        return Queries.count(tx, "SELECT CASE WHEN EXISTS (SELECT 1 FROM blocked_subscriber_domains WHERE domain = ?) THEN 1 ELSE 0 END",
                statement -> statement.setString(1, domain)) > 0;
    }

    public java.util.Set<String> blockedDomains() {
        java.util.Set<String> domains = new java.util.HashSet<>();
        Queries.list(tx, "SELECT domain FROM blocked_subscriber_domains", Queries.NONE,
                row -> domains.add(row.getString(1)));
        return domains;
    }

    public boolean blockDomain(String domain) {
        return Queries.execute(tx, "INSERT INTO blocked_subscriber_domains (domain) VALUES (?) ON CONFLICT DO NOTHING",
                domain) == 1;
    }

    public boolean unblockDomain(String domain) {
        return Queries.execute(tx, "DELETE FROM blocked_subscriber_domains WHERE domain = ?", domain) == 1;
    }

    /** A page of the filtered list in id order: after a known id (by key), or from an offset for a far jump. */
    public List<Subscriber> page(com.newsdesk.domain.SubscriberFilter filter, long afterId, int offset, int limit) {
        List<Subscriber> walked = serverWalkedPage(filter, afterId, offset, limit);
        if (walked != null) {
            return walked;
        }
        if (fileTextOnly(filter)) {
            return fileTextPage(filter.text(), afterId, afterId > 0 ? 0 : offset, limit);
        }
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        if (afterId > 0) {
            where = (where.isEmpty() ? " WHERE " : where + " AND ") + id(filter) + " > ?";
            values.add(afterId);
        }
        values.add(limit);
        values.add(afterId > 0 ? 0 : offset);
        return Queries.list(tx, SELECT_LIST + from(filter) + where + " ORDER BY " + id(filter) + " LIMIT ? OFFSET ?",
                statement -> Queries.bind(statement, values), MAPPER);
    }

    /**
     * A label filter drives the query from the label's index (its subscribers in id order), instead of testing a
     * million subscribers against the label's set.
     */
    /** The id column in the order the query is driven: the label index's order when a label filters. */
    private static String id(com.newsdesk.domain.SubscriberFilter filter) {
        return filter.label() == null ? "s.id" : "sl.subscriber_id";
    }

    private static String from(com.newsdesk.domain.SubscriberFilter filter) {
        return filter.label() == null ? " FROM subscribers s"
                : " FROM subscriber_labels sl JOIN subscribers s ON s.id = sl.subscriber_id";
    }

    /** The filtered count: kept counts when only the status narrows the list, else counted. */
    public long count(com.newsdesk.domain.SubscriberFilter filter) {
        if (filter.onlyStatus()) {
            return filter.status() == null ? count() : countByStatus().get(filter.status());
        }
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        boolean labelOnly = filter.label() != null && filter.status() == null && filter.source() == null
                && filter.text() == null && filter.from() == null && filter.until() == null;
        // Only a label: count its links (foreign keys promise each has its subscriber), no join to a million rows.
        return Queries.count(tx, "SELECT count(*)" + (labelOnly ? " FROM subscriber_labels sl" : from(filter)) + where,
                statement -> Queries.bind(statement, values));
    }

    private String where(com.newsdesk.domain.SubscriberFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("s.status = ?");
            values.add(filter.status().code());
        }
        if (filter.label() != null) {
            conditions.add("sl.label_id = (SELECT id FROM labels WHERE lower(name) = lower(?))");
            values.add(filter.label());
        }
        if (filter.source() != null) {
            conditions.add("s.source = ?");
            values.add(filter.source());
        }
        if (filter.text() != null) {
            String text = filter.text().toLowerCase(java.util.Locale.ROOT);
            if (text.contains("@")) { // an address, or its start: a range of the unique index, no scan
                conditions.add("lower(s.email) >= ? AND lower(s.email) < ?");
                values.add(text);
                values.add(text + "\uffff");
            } else if (tx.dialect() == Dialect.POSTGRES) { // the terms table: words of a name, or an address's start
                conditions.add("s.id IN (" + serverTermMatches(nameWords(filter.text()), text, values) + ")");
            } else { // words of a name (or their starts) from the search index, or the start of an address
                conditions.add("s.id IN (SELECT rowid FROM subscribers_search WHERE subscribers_search MATCH ?"
                        + " UNION ALL SELECT id FROM subscribers WHERE lower(email) >= ? AND lower(email) < ?)");
                values.add(ArticleRepository.ftsQuery(filter.text(), true));
                values.add(text);
                values.add(text + "\uffff");
            }
        }
        if (filter.from() != null) {
            conditions.add("s.created_at >= ?");
            values.add(filter.from());
        }
        if (filter.until() != null) {
            conditions.add("s.created_at < ?");
            values.add(filter.until());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }


    private boolean fileTextOnly(com.newsdesk.domain.SubscriberFilter filter) {
        return tx.dialect() != Dialect.POSTGRES && filter.text() != null && !filter.text().contains("@")
                && filter.status() == null && filter.label() == null && filter.source() == null
                && filter.from() == null && filter.until() == null;
    }

    /**
     * A file's page of a typed name and nothing else. The search index gives its matches in id order, so the page
     * is made of the first matches after the last id shown (and the first addresses starting with the text, from
     * their own index), instead of every match gathered and sorted: a common first name has 30,000 in a million.
     * The first {@code offset + limit} of each source hold the first {@code offset + limit} of both together.
     */
    private List<Subscriber> fileTextPage(String typed, long afterId, int offset, int limit) {
        String text = typed.toLowerCase(java.util.Locale.ROOT);
        int needed = offset + limit;
        return Queries.list(tx, SELECT_LIST + " FROM subscribers s WHERE s.id IN ("
                + "SELECT id FROM (SELECT rowid AS id FROM subscribers_search WHERE subscribers_search MATCH ?"
                + " AND rowid > ? ORDER BY rowid LIMIT ?)"
                + " UNION ALL SELECT id FROM (SELECT id FROM subscribers INDEXED BY subscribers_email"
                + " WHERE lower(email) >= ? AND lower(email) < ? AND id > ? ORDER BY id LIMIT ?))"
                + " ORDER BY s.id LIMIT ? OFFSET ?",
                statement -> Queries.bind(statement, List.of(ArticleRepository.ftsQuery(typed, true), afterId, needed,
                        text, text + "\uffff", afterId, needed, limit, offset)), MAPPER);
    }

    /** Terms a subscriber has, about (the words of a name and the address): the walk's budget is in terms. */
    private static final int TERMS_PER_SUBSCRIBER = 4;

    /**
     * A shared newsroom's ids matching a typed filter: subscribers whose name has every typed word (or a word
     * starting with it), or whose address starts with the text. Each word is a range of {@code subscriber_terms}'
     * index, read from the index alone.
     */
    private static String serverTermMatches(List<String> words, String text, List<Object> values) {
        StringBuilder sql = new StringBuilder("(");
        for (String word : words) {
            sql.append(sql.length() > 1 ? " INTERSECT " : "")
                    .append("SELECT id FROM subscriber_terms WHERE kind = 0 AND term >= ? AND term < ?");
            values.add(word);
            values.add(afterPrefix(word));
        }
        sql.append(words.isEmpty() ? "SELECT 0 WHERE false" : "")
                .append(") UNION SELECT id FROM subscriber_terms WHERE kind = 1 AND term >= ? AND term < ?");
        values.add(text);
        values.add(text + "\uffff");
        return sql.toString();
    }

    /**
     * Whether every typed word, or the address's start, has at least {@code enough} matches: counted in one round
     * trip, each count stopping there.
     */
    private boolean anyCommon(List<String> words, String text, long enough) {
        List<String> counts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        String capped = "(SELECT count(*) FROM (SELECT 1 FROM subscriber_terms WHERE kind = ? AND term >= ? AND term < ?"
                + " LIMIT ?) AS found)";
        for (String word : words) {
            counts.add(capped);
            values.addAll(List.of(0, word, afterPrefix(word), enough));
        }
        counts.add(capped);
        values.addAll(List.of(1, text, text + "\uffff", enough));
        return Queries.first(tx, "SELECT " + String.join(", ", counts), statement -> Queries.bind(statement, values),
                row -> {
                    boolean everyWord = !words.isEmpty();
                    for (int i = 1; i <= words.size(); i++) {
                        everyWord &= row.getLong(i) >= enough;
                    }
                    return everyWord || row.getLong(words.size() + 1) >= enough;
                }).orElse(false);
    }

    /** The words of typed text as the shared newsroom's search sees names: lower-cased, accents off, each once. */
    private List<String> nameWords(String typed) {
        return Queries.list(tx, "SELECT unnest(tsvector_to_array(to_tsvector('newsdesk', ?)))",
                statement -> statement.setString(1, typed), row -> row.getString(1));
    }

    /** The first text after every text starting with {@code prefix}, in code point (the C collation's) order. */
    static String afterPrefix(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        return last == Character.MAX_CODE_POINT ? head + "\uffff\uffff" : head + Character.toString(last + 1);
    }

    /**
     * A shared newsroom's pages of a name filter, when the typed words are common (a first name thousands share):
     * walking the subscribers in id order and keeping those that match fills a page after a few hundred rows, where
     * gathering every match and sorting them reads them all; when they are rare, gathering is the cheaper. The walk
     * gets a budget of rows, the square root of a page times the list's size (where the two ways cost about the
     * same); it is tried when each word (or the address's start) has at least an eighth of that many matches,
     * counted from the index and stopping there, and one that fills no page within its budget (words common alone,
     * rare together) leaves it to gathering. Null: gather.
     */
    private List<Subscriber> serverWalkedPage(com.newsdesk.domain.SubscriberFilter filter, long afterId, int offset,
            int limit) {
        if (tx.dialect() != Dialect.POSTGRES || filter.text() == null || filter.text().contains("@") || offset > 0
                || filter.status() != null || filter.label() != null || filter.source() != null
                || filter.from() != null || filter.until() != null) {
            return null;
        }
        String text = filter.text().toLowerCase(java.util.Locale.ROOT);
        List<String> words = nameWords(filter.text());
        long budget = Math.max(1_000, (long) Math.sqrt((double) limit * Math.max(count(), 1)));
        if (!anyCommon(words, text, Math.max(100, budget / 8))) {
            return null; // rare: gathering them all is cheap
        }
        // The walk reads the terms' second index, in id order, from the index alone (a few terms a subscriber),
        // keeps the ids whose terms hold every word or start with the address text, and reads just those rows.
        List<Object> values = new ArrayList<>();
        values.add(afterId);
        values.add(budget * TERMS_PER_SUBSCRIBER);
        StringBuilder anyTerm = new StringBuilder("(t.kind = 1 AND t.term >= ? AND t.term < ?)");
        values.add(text);
        values.add(text + "\uffff");
        for (String word : words) {
            anyTerm.append(" OR (t.kind = 0 AND t.term >= ? AND t.term < ?)");
            values.add(word);
            values.add(afterPrefix(word));
        }
        values.add(text);
        values.add(text + "\uffff");
        StringBuilder everyWord = new StringBuilder();
        for (String word : words) {
            everyWord.append(" AND bool_or(t.kind = 0 AND t.term >= ? AND t.term < ?)");
            values.add(word);
            values.add(afterPrefix(word));
        }
        values.add(limit);
        List<Subscriber> page = Queries.list(tx, SELECT_LIST + " FROM subscribers s WHERE s.id IN (SELECT t.id FROM"
                + " (SELECT id, kind, term FROM subscriber_terms WHERE id > ? ORDER BY id, kind, term LIMIT ?) AS t"
                + " WHERE " + anyTerm + " GROUP BY t.id HAVING bool_or(t.kind = 1 AND t.term >= ? AND t.term < ?)"
                + (words.isEmpty() ? "" : " OR (true" + everyWord + ")") + " ORDER BY t.id LIMIT ?) ORDER BY s.id",
                statement -> Queries.bind(statement, values), MAPPER);
        return page.size() == limit ? page : null;
    }

    /** Labels holding a comma that some subscriber carries, by name. */
    public List<String> labelsWithAComma() {
        return Queries.list(tx, "SELECT l.name FROM labels l JOIN subscriber_labels sl ON sl.label_id = l.id"
                + " WHERE instr(l.name, ',') > 0 GROUP BY l.name ORDER BY lower(l.name)", Queries.NONE, row -> row.getString(1));
    }

    /** Every label with how many subscribers carry it, by name. */
    public List<Map.Entry<String, Long>> labelCounts() {
        return Queries.list(tx, "SELECT l.name, count(sl.subscriber_id) FROM labels l LEFT JOIN subscriber_labels sl"
                + " ON sl.label_id = l.id GROUP BY l.id ORDER BY lower(l.name)", Queries.NONE,
                row -> Map.entry(row.getString(1), row.getLong(2)));
    }

    /** Subscriptions and unsubscriptions per week (from Monday) since a time, oldest week first. */
    public List<com.newsdesk.domain.WeeklyChange> weeklyChanges(java.time.Instant since) {
        Map<String, long[]> weeks = new java.util.TreeMap<>();
        String week = tx.dialect() == Dialect.POSTGRES // the Monday of the week
                ? "to_char(date_trunc('week', substr(%s, 1, 10)::date), 'YYYY-MM-DD')"
                : "date(substr(%s, 1, 10), 'weekday 0', '-6 days')";
        Queries.list(tx, "SELECT " + week.formatted("subscribed_at") + ", count(*) FROM subscribers"
                + " WHERE subscribed_at >= ? GROUP BY 1", statement -> Sql.setInstant(statement, 1, since),
                row -> weeks.computeIfAbsent(row.getString(1), key -> new long[2])[0] = row.getLong(2));
        Queries.list(tx, "SELECT " + week.formatted("unsubscribed_at") + ", count(*) FROM subscribers"
                + " WHERE unsubscribed_at >= ? GROUP BY 1", statement -> Sql.setInstant(statement, 1, since),
                row -> weeks.computeIfAbsent(row.getString(1), key -> new long[2])[1] = row.getLong(2));
        List<com.newsdesk.domain.WeeklyChange> result = new ArrayList<>();
        weeks.forEach((start, counts) -> result.add(new com.newsdesk.domain.WeeklyChange(
                java.time.LocalDate.parse(start), counts[0], counts[1])));
        return result;
    }

    /** When the list last changed: the latest subscription or unsubscription. */
    public Optional<java.time.Instant> latestChange() {
        String larger = tx.dialect() == Dialect.POSTGRES ? "greatest" : "max"; // SQLite's two-argument max()
        return Queries.first(tx, "SELECT " + larger + "(coalesce(max(subscribed_at), ''),"
                + " coalesce(max(unsubscribed_at), '')) FROM subscribers", Queries.NONE, row -> row.getString(1))
                .filter(text -> !text.isEmpty()).map(com.newsdesk.domain.Timestamps::parse);
    }

    public Optional<Subscriber> find(long id) {
        return Queries.first(tx, SELECT + " WHERE s.id = ?", statement -> statement.setLong(1, id), MAPPER);
    }

    // --- Labels ---------------------------------------------------------------------------------------------

    public Optional<Long> labelId(String name) {
        return Queries.first(tx, "SELECT id FROM labels WHERE lower(name) = lower(?)",
                statement -> statement.setString(1, name), row -> row.getLong(1));
    }

    public String labelName(long id) {
        return Queries.first(tx, "SELECT name FROM labels WHERE id = ?", statement -> statement.setLong(1, id),
                row -> row.getString(1)).orElseThrow();
    }

    public long createLabel(String name) {
        return labels.idOf(name);
    }

    public void renameLabel(long id, String name) {
        Queries.execute(tx, "UPDATE labels SET name = ? WHERE id = ?", name, id);
    }

    /** Gives every subscriber of one label the other, then deletes the first. */
    public void mergeLabel(long fromId, long intoId) {
        Queries.execute(tx, "INSERT INTO subscriber_labels (subscriber_id, label_id) SELECT subscriber_id, ?"
                + " FROM subscriber_labels WHERE label_id = ? ON CONFLICT DO NOTHING", intoId, fromId);
        deleteLabel(fromId);
    }

    public void deleteLabel(long id) {
        Queries.execute(tx, "DELETE FROM labels WHERE id = ?", id);
    }

    /** Adds (or removes) a label on subscribers; returns how many changed. */
    public int label(List<Long> subscriberIds, long labelId, boolean add) {
        int changed = 0;
        for (long id : subscriberIds) {
            changed += add
                    ? Queries.execute(tx, "INSERT INTO subscriber_labels (subscriber_id, label_id) VALUES (?, ?)"
                            + " ON CONFLICT DO NOTHING", id, labelId)
                    : Queries.execute(tx, "DELETE FROM subscriber_labels WHERE subscriber_id = ? AND label_id = ?",
                            id, labelId);
        }
        return changed;
    }

    /** Marks subscribers changed now (their labels moved). */
    public void touch(List<Long> subscriberIds, java.time.Instant at) {
        for (long id : subscriberIds) {
            Queries.execute(tx, "UPDATE subscribers SET updated_at = ?, version = version + 1 WHERE id = ?", at, id);
        }
    }
}
