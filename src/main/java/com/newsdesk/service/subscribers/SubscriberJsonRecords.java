package com.newsdesk.service.subscribers;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.io.JsonRecordBuilder;
import com.newsdesk.io.NewsroomJsonWriter;
import com.newsdesk.service.JsonRecordChunks;
import com.newsdesk.service.PipedWriter;
import com.newsdesk.storage.JsonRecords;
import com.newsdesk.storage.SubscriberRepository;
import com.newsdesk.storage.Transaction;
import com.newsdesk.storage.postgres.BinaryCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * The subscribers section of a Newsdesk export: on a newsroom file written by SQLite in chunks on several readers
 * ({@link JsonRecordChunks}); on a shared newsroom built from the bytes the server's binary COPY sends.
 */
public final class SubscriberJsonRecords {
    private SubscriberJsonRecords() {}

    /**
     * Writes the filter's subscribers into the writer's open section and returns how many; {@code written} hears
     * the running count now and then (it may throw to cancel: nothing more is read).
     */
    public static long write(List<Transaction> readers, SubscriberFilter filter, NewsroomJsonWriter writer,
            LongConsumer written) {
        boolean server = readers.get(0).dialect() == com.newsdesk.storage.Dialect.POSTGRES;
        if (!server && !readers.get(0).subscribers().canWriteJsonRecords()) {
            long[] count = {0};
            PipedWriter.<Subscriber>stream(each -> readers.get(0).subscribers().forEach(filter, each), subscriber -> {
                writer.subscriber(subscriber);
                if (++count[0] % JsonRecordChunks.ROWS == 0) {
                    written.accept(count[0]);
                }
            });
            return count[0];
        }
        if (server) {
            return copied(readers.get(0), filter, writer, written);
        }
        return JsonRecordChunks.write(readers, new JsonRecordChunks.Source() {
            @Override
            public OptionalLong chunkEnd(Transaction tx, long after, int rows) {
                return tx.subscribers().chunkEnd(filter, after, rows);
            }

            @Override
            public JsonRecords byTheDatabase(Transaction tx, long after, long upTo) {
                return JsonRecordChunks.settled(tx.subscribers().jsonRecords(filter, after, upTo));
            }

            @Override
            public JsonRecords byTheWriter(Transaction tx, long after, long upTo) {
                List<Subscriber> subscribers = new ArrayList<>();
                tx.subscribers().forEach(filter, after, upTo, subscribers::add);
                return new JsonRecords(NewsroomJsonWriter.subscriberRecords(subscribers), subscribers.size());
            }
        }, writer, written);
    }

    private static final byte[] EMAIL = JsonRecordBuilder.key("email");
    private static final byte[] NAME = JsonRecordBuilder.key("name");
    private static final byte[] STATUS = JsonRecordBuilder.key("status");
    private static final byte[] LABELS = JsonRecordBuilder.key("labels");
    private static final byte[] SOURCE = JsonRecordBuilder.key("source");
    private static final byte[] SUBSCRIBED_AT = JsonRecordBuilder.key("subscribedAt");
    private static final byte[] UNSUBSCRIBED_AT = JsonRecordBuilder.key("unsubscribedAt");
    private static final byte[] CREATED_AT = JsonRecordBuilder.key("createdAt");
    private static final byte[] UPDATED_AT = JsonRecordBuilder.key("updatedAt");
    private static final byte[] NOTE = JsonRecordBuilder.key("note");
    private static final byte[] ATTRIBUTES = JsonRecordBuilder.key("attributes");

    /**
     * A shared newsroom's subscribers: the server streams the stored bytes (binary COPY, one query: the server never
     * waits to be asked for more) while this thread writes them as the export's records, with the fields and escapes
     * {@link NewsroomJsonWriter#subscriber} writes, a few thousand at a time. Times are copied as stored, as on a file
     * (Newsdesk stores them in the form the writer prints).
     */
    private static long copied(Transaction tx, SubscriberFilter filter, NewsroomJsonWriter writer,
            LongConsumer written) {
        JsonRecordBuilder records = new JsonRecordBuilder();
        byte[][][] labelValues = new byte[1][][];
        long[] count = {0};
        tx.subscribers().copyForExport(filter, new SubscriberRepository.CopiedRows() {
            @Override
            public void labels(List<String> inOrder) {
                labelValues[0] = inOrder.stream().map(JsonRecordBuilder::value).toArray(byte[][]::new);
            }

            @Override
            public void row(BinaryCopy.Row row, int[] labels, int labelCount) {
                records.start(row.getLong(SubscriberRepository.COPY_ID));
                string(records, EMAIL, row, SubscriberRepository.COPY_EMAIL);
                string(records, NAME, row, SubscriberRepository.COPY_NAME);
                string(records, STATUS, row, SubscriberRepository.COPY_STATUS);
                records.array(LABELS, labelValues[0], labels, labelCount);
                string(records, SOURCE, row, SubscriberRepository.COPY_SOURCE);
                string(records, SUBSCRIBED_AT, row, SubscriberRepository.COPY_SUBSCRIBED_AT);
                string(records, UNSUBSCRIBED_AT, row, SubscriberRepository.COPY_UNSUBSCRIBED_AT);
                string(records, CREATED_AT, row, SubscriberRepository.COPY_CREATED_AT);
                string(records, UPDATED_AT, row, SubscriberRepository.COPY_UPDATED_AT);
                if (row.length(SubscriberRepository.COPY_NOTE) > 0) { // only when there is one, as the writer
                    string(records, NOTE, row, SubscriberRepository.COPY_NOTE);
                }
                if (row.length(SubscriberRepository.COPY_ATTRIBUTES) > 0) {
                    records.raw(ATTRIBUTES, row.buffer(), row.start(SubscriberRepository.COPY_ATTRIBUTES),
                            row.length(SubscriberRepository.COPY_ATTRIBUTES));
                }
                records.end();
                if (records.count() == JsonRecordChunks.ROWS) {
                    count[0] += records.count();
                    writer.records(records.take());
                    written.accept(count[0]); // may throw to cancel: the copy stops
                }
            }
        });
        count[0] += records.count();
        writer.records(records.take());
        written.accept(count[0]);
        return count[0];
    }

    private static void string(JsonRecordBuilder records, byte[] key, BinaryCopy.Row row, int field) {
        records.string(key, row.buffer(), row.start(field), row.length(field));
    }
}
