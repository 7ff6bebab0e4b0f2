package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.AuditEntry;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.storage.Transaction;
import java.time.Clock;

/** Appends audit entries inside the transaction of the change they record, so both commit or neither does. */
public final class Audit {
    private final Clock clock;

    public Audit(Clock clock) {
        this.clock = clock;
    }

    public void record(Transaction tx, Actor actor, String action, String recordType, Long recordId, String detail) {
        record(tx, actor.username(), action, recordType, recordId, detail);
    }

    /** For a sign-in attempt, whose actor is only a name that was typed. */
    public void record(Transaction tx, String actor, String action, String recordType, Long recordId, String detail) {
        tx.audit().append(new AuditEntry(0, Timestamps.now(clock), actor, action, recordType, recordId, detail));
    }
}
