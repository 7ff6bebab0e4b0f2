package com.newsdesk.service.subscribers;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.io.NewsroomJsonWriter;
import com.newsdesk.service.JsonRecordChunks;
import com.newsdesk.service.PipedWriter;
import com.newsdesk.storage.JsonRecords;
import com.newsdesk.storage.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * The subscribers section of a Newsdesk export: on a newsroom file written by SQLite in chunks on several readers
 * ({@link JsonRecordChunks}); a shared newsroom's records are read on one thread and encoded on another.
 */
public final class SubscriberJsonRecords {
    private SubscriberJsonRecords() {}

    /**
     * Writes the filter's subscribers into the writer's open section and returns how many; {@code written} hears
     * the running count now and then (it may throw to cancel: nothing more is read).
     */
    public static long write(List<Transaction> readers, SubscriberFilter filter, NewsroomJsonWriter writer,
            LongConsumer written) {
        if (!readers.get(0).subscribers().canWriteJsonRecords()) {
            long[] count = {0};
            PipedWriter.<Subscriber>stream(each -> readers.get(0).subscribers().forEach(filter, each), subscriber -> {
                writer.subscriber(subscriber);
                if (++count[0] % JsonRecordChunks.ROWS == 0) {
                    written.accept(count[0]);
                }
            });
            return count[0];
        }
        return JsonRecordChunks.write(readers, new JsonRecordChunks.Source() {
            @Override
            public OptionalLong chunkEnd(Transaction tx, long after, int rows) {
                return tx.subscribers().chunkEnd(filter, after, rows);
            }

            @Override
            public JsonRecords bySqlite(Transaction tx, long after, long upTo) {
                return tx.subscribers().jsonRecords(filter, after, upTo);
            }

            @Override
            public JsonRecords byTheWriter(Transaction tx, long after, long upTo) {
                List<Subscriber> subscribers = new ArrayList<>();
                tx.subscribers().forEach(filter, after, upTo, subscribers::add);
                return new JsonRecords(NewsroomJsonWriter.subscriberRecords(subscribers), subscribers.size());
            }
        }, writer, written);
    }
}
