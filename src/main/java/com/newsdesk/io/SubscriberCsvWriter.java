package com.newsdesk.io;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.Timestamps;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Subscriber lists as CSV, one row at a time: Newsdesk's own layout (every field of the record, labels as a JSON
 * array so that a label may hold a comma), Ghost's members layout in its exact header order, and listmonk's.
 */
public final class SubscriberCsvWriter implements AutoCloseable {
    public enum Layout { NEWSDESK, GHOST, LISTMONK }

    /** Everything a subscriber's record holds, so that the file imports back to the same people. */
    static final String[] NEWSDESK_HEADER = {"email", "name", "status", "labels", "source", "subscribed_at",
        "unsubscribed_at", "created_at", "updated_at", "note", "attributes"};
    static final String[] GHOST_HEADER = {"id", "email", "name", "note", "subscribed_to_emails", "complimentary_plan",
        "stripe_customer_id", "created_at", "deleted_at", "labels", "tiers"};
    static final String[] LISTMONK_HEADER = {"uuid", "email", "name", "attributes", "status", "created_at",
        "updated_at"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Layout layout;
    private final CsvRows rows;

    public SubscriberCsvWriter(OutputStream out, Layout layout) {
        this.layout = layout;
        this.rows = CsvRows.to(out);
        rows.row(switch (layout) {
            case NEWSDESK -> NEWSDESK_HEADER;
            case GHOST -> GHOST_HEADER;
            case LISTMONK -> LISTMONK_HEADER;
        });
    }

    public void subscriber(Subscriber subscriber) {
        switch (layout) {
            case NEWSDESK -> rows.row(subscriber.email(), subscriber.name(), subscriber.status().code(),
                    JSON.valueToTree(subscriber.labels()).toString(), subscriber.source(),
                    time(subscriber.subscribedAt()), time(subscriber.unsubscribedAt()), time(subscriber.createdAt()),
                    time(subscriber.updatedAt()), subscriber.note(), subscriber.attributes());
            // Ghost splits labels on commas and owns its ids: the id column stays empty for Ghost to fill.
            case GHOST -> rows.row("", subscriber.email(), subscriber.name(), subscriber.note(),
                    Boolean.toString(subscriber.status() == SubscriberStatus.SUBSCRIBED), "false", "",
                    time(subscriber.createdAt()), "", String.join(",", subscriber.labels()), "");
            case LISTMONK -> {
                ObjectNode attributes = JSON.createObjectNode(); // the person's own attributes, then ours
                if (!subscriber.attributes().isEmpty()) {
                    try {
                        attributes.setAll((ObjectNode) JSON.readTree(subscriber.attributes()));
                    } catch (java.io.IOException | ClassCastException e) {
                        throw new IllegalStateException("stored attributes are a JSON object", e);
                    }
                }
                attributes.set("labels", JSON.valueToTree(subscriber.labels()));
                attributes.put("source", subscriber.source());
                rows.row(UUID.nameUUIDFromBytes(subscriber.email().toLowerCase(java.util.Locale.ROOT)
                        .getBytes(StandardCharsets.UTF_8)).toString(), subscriber.email(), subscriber.name(),
                        attributes.toString(), listmonkStatus(subscriber.status()), time(subscriber.createdAt()),
                        time(subscriber.updatedAt()));
            }
        }
    }

    /** listmonk's subscriber statuses: unsubscribing there is per list, so an unsubscribed reader is disabled. */
    private static String listmonkStatus(SubscriberStatus status) {
        return switch (status) {
            case SUBSCRIBED -> "enabled";
            case UNSUBSCRIBED, BOUNCED -> "disabled";
            case BLOCKLISTED -> "blocklisted";
        };
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? "" : Timestamps.format(instant);
    }

    @Override
    public void close() {
        rows.close();
    }
}
