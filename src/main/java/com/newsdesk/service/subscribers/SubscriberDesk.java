package com.newsdesk.service.subscribers;

import com.newsdesk.storage.Database;
import java.time.Clock;

/** The subscriber desk's use cases on one newsroom, handed together to the desk that needs them all. */
public record SubscriberDesk(SubscriberList list, SubscriberImport imports, SubscriberExport exports,
        SubscriberPrivacy privacy, SubscriberLabels labels) {

    public static SubscriberDesk of(Database database, Clock clock) {
        return new SubscriberDesk(new SubscriberList(database, clock), new SubscriberImport(database, clock),
                new SubscriberExport(database, clock), new SubscriberPrivacy(database, clock),
                new SubscriberLabels(database, clock));
    }
}
