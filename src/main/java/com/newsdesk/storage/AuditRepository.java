package com.newsdesk.storage;

import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.AuditFilter;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail. Newsdesk only ever appends to it, with one exception: an erasure takes the erased person's address
 * (and, in entries about their subscription, their name) out of the entries' details.
 */
public final class AuditRepository {
    private static final RowMapper<AuditEntry> MAPPER = row -> new AuditEntry(row.getLong("id"),
            Sql.instant(row, "at"), row.getString("actor"), row.getString("action"), row.getString("record_type"),
            Sql.nullableLong(row, "record_id"), row.getString("detail"));

    private final Transaction tx;

    AuditRepository(Transaction tx) {
        this.tx = tx;
    }

    public void append(AuditEntry entry) {
        Transaction.run(() -> {
            PreparedStatement insert = tx.prepare("""
                    INSERT INTO audit_log (at, actor, action, record_type, record_id, detail)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """);
            Sql.setInstant(insert, 1, entry.at());
            insert.setString(2, entry.actor());
            insert.setString(3, entry.action());
            insert.setString(4, entry.recordType());
            Sql.setNullableLong(insert, 5, entry.recordId());
            insert.setString(6, entry.detail());
            return insert.executeUpdate();
        });
    }

    /** Replaces an erased address everywhere in the details, and the name in entries about the subscription. */
    public int forget(String lowerCaseEmail, String name, Long subscriberId) {
        record Found(long id, String detail, boolean aboutThem) {}
        List<Found> found = Queries.list(tx, "SELECT id, detail, record_type = 'subscriber' AND record_id IS NOT DISTINCT FROM ?"
                + " FROM audit_log WHERE instr(lower(detail), ?) > 0 OR (record_type = 'subscriber' AND record_id IS NOT DISTINCT FROM ?)",
                statement -> {
                    Sql.setNullableLong(statement, 1, subscriberId);
                    statement.setString(2, lowerCaseEmail);
                    Sql.setNullableLong(statement, 3, subscriberId);
                }, row -> new Found(row.getLong(1), row.getString(2), row.getBoolean(3)));
        int changed = 0;
        for (Found entry : found) {
            String detail = entry.detail().replaceAll("(?i)" + java.util.regex.Pattern.quote(lowerCaseEmail),
                    "[erased address]");
            if (entry.aboutThem() && name != null && !name.isBlank()) {
                detail = detail.replaceAll("(?i)" + java.util.regex.Pattern.quote(name.strip()), "[erased name]");
            }
            if (!detail.equals(entry.detail())) {
                Queries.execute(tx, "UPDATE audit_log SET detail = ? WHERE id = ?", detail, entry.id());
                changed++;
            }
        }
        return changed;
    }

    /** The newest entries first that match the filter, at most limit of them. */
    public List<AuditEntry> find(AuditFilter filter, int limit) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        values.add(limit);
        return Queries.list(tx, "SELECT * FROM audit_log" + where + " ORDER BY id DESC LIMIT ?",
                statement -> Queries.bind(statement, values), MAPPER);
    }

    /** One record's entries (a comment's decisions and edits), oldest first. */
    public List<AuditEntry> ofRecord(String recordType, long recordId) {
        return Queries.list(tx, "SELECT * FROM audit_log WHERE record_type = ? AND record_id = ? ORDER BY at, id",
                statement -> {
                    statement.setString(1, recordType);
                    statement.setLong(2, recordId);
                }, MAPPER);
    }

    /** Every matching entry, oldest first, one at a time. */
    public void forEach(AuditFilter filter, Consumer<? super AuditEntry> consumer) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        Queries.forEach(tx, "SELECT * FROM audit_log" + where + " ORDER BY id", statement -> Queries.bind(statement, values),
                MAPPER, consumer);
    }

    private static String where(AuditFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("lower(actor) = lower(?)");
            values.add(filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            values.add(filter.action());
        }
        if (filter.since() != null) {
            conditions.add("at >= ?");
            values.add(filter.since().toString());
        }
        if (filter.until() != null) {
            conditions.add("at < ?");
            values.add(filter.until().toString());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

}
