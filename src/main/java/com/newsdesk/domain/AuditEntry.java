package com.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which record, when, with a short detail. Never a password, never a
 * whole comment or article body.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String recordType, Long recordId,
        String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = Objects.requireNonNullElse(detail, "");
    }

    public static AuditEntry of(Instant at, Actor actor, String action, String recordType, Long recordId,
            String detail) {
        return new AuditEntry(0, at, actor.username(), action, recordType, recordId, detail);
    }
}
