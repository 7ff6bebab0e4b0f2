package com.newsdesk.storage;

import com.newsdesk.domain.Role;
import com.newsdesk.domain.StaffMember;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Staff accounts, their password hashes and their failed sign-ins. */
public final class StaffRepository {
    private static final String SELECT =
            "SELECT id, username, display_name, role, active, created_at, updated_at FROM staff";
    private static final RowMapper<StaffMember> MAPPER = row -> new StaffMember(row.getLong("id"),
            row.getString("username"), row.getString("display_name"), Role.fromCode(row.getString("role")),
            row.getInt("active") == 1, Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));

    /** What a sign-in needs to know of an account. */
    public record Credentials(StaffMember member, String passwordHash, int failedSignIns, Instant lastFailedAt) {}

    private final Transaction tx;

    StaffRepository(Transaction tx) {
        this.tx = tx;
    }

    public long insert(StaffMember member, String passwordHash) {
        return Transaction.run(() -> {
            PreparedStatement insert = tx.prepare("""
                    INSERT INTO staff (username, display_name, role, password_hash, active, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """);
            insert.setString(1, member.username());
            insert.setString(2, member.displayName());
            insert.setString(3, member.role().code());
            insert.setString(4, passwordHash);
            insert.setInt(5, member.active() ? 1 : 0);
            Sql.setInstant(insert, 6, member.createdAt());
            Sql.setInstant(insert, 7, member.updatedAt());
            insert.executeUpdate();
            return Queries.insertedId(tx, 0);
        });
    }

    public long count() {
        return Queries.count(tx, "SELECT count(*) FROM staff", Queries.NONE);
    }

    public List<StaffMember> list() {
        return Queries.list(tx, SELECT + " ORDER BY lower(username)", Queries.NONE, MAPPER);
    }

    public Optional<StaffMember> find(String username) {
        return Queries.first(tx, SELECT + " WHERE lower(username) = lower(?)",
                statement -> statement.setString(1, username), MAPPER);
    }

    public Optional<Credentials> credentials(String username) {
        return Queries.first(tx, "SELECT id, username, display_name, role, active, created_at, updated_at,"
                + " password_hash, failed_sign_ins, last_failed_sign_in_at FROM staff WHERE lower(username) = lower(?)",
                statement -> statement.setString(1, username),
                row -> new Credentials(MAPPER.map(row), row.getString("password_hash"), row.getInt("failed_sign_ins"),
                        Sql.instant(row, "last_failed_sign_in_at")));
    }

    public void setPasswordHash(long id, String passwordHash, Instant at) {
        update("UPDATE staff SET password_hash = ?, updated_at = ? WHERE id = ?", passwordHash, at, id);
    }

    public void setActive(long id, boolean active, Instant at) {
        update("UPDATE staff SET active = ?, updated_at = ? WHERE id = ?", active ? 1 : 0, at, id);
    }

    public void recordFailedSignIn(long id, Instant at) {
        update("UPDATE staff SET failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = ? WHERE id = ?", at, id);
    }

    public void clearFailedSignIns(long id) {
        update("UPDATE staff SET failed_sign_ins = 0, last_failed_sign_in_at = NULL WHERE id = ?", id);
    }

    private void update(String sql, Object... values) {
        Queries.execute(tx, sql, values);
    }
}
