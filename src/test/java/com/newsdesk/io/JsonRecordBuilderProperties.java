package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The records a shared newsroom's export builds from the server's bytes must be the bytes Jackson writes for the
 * same subscribers: any text (control characters, quotes, backslashes, every plane of Unicode), any labels.
 */
class JsonRecordBuilderProperties {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00.120Z");

    @Provide
    Arbitrary<String> text() {
        // Whole code points, so no lone surrogate: the database's UTF-8 cannot hold one.
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x7F),
                Arbitraries.integers().between(0x80, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0x10FFFF))
                .list().ofMaxSize(24)
                .map(points -> points.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
    }

    @Property(tries = 400)
    void buildsTheBytesTheWriterWrites(@ForAll("text") String email, @ForAll("text") String name,
            @ForAll("text") String source, @ForAll("text") String note, @ForAll("text") String label) {
        Subscriber subscriber = new Subscriber(42, email, name, SubscriberStatus.BOUNCED,
                label.isBlank() ? List.of() : List.of(label), source, AT, null, AT, AT.plusSeconds(1), 1, note,
                note.isEmpty() ? "" : "{\"plan\": \"gold\"}");
        assertEquals(new String(NewsroomJsonWriter.subscriberRecords(List.of(subscriber)), StandardCharsets.UTF_8),
                new String(built(subscriber), StandardCharsets.UTF_8));
    }

    @Example
    void everyControlCharacterAndTheCharactersAroundThem() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029😀é\uFFFD");
        Subscriber subscriber = new Subscriber(7, "a@example.org", all.toString(), SubscriberStatus.SUBSCRIBED,
                List.of("Apple", "zebra"), "website", null, null, AT, AT, 1, "", "");
        assertEquals(new String(NewsroomJsonWriter.subscriberRecords(List.of(subscriber, subscriber)),
                StandardCharsets.UTF_8), new String(built(subscriber, subscriber), StandardCharsets.UTF_8));
    }

    /** What the shared newsroom's export does with a row's stored bytes. */
    private static byte[] built(Subscriber... subscribers) {
        JsonRecordBuilder records = new JsonRecordBuilder();
        for (Subscriber s : subscribers) {
            byte[][] labels = s.labels().stream().map(JsonRecordBuilder::value).toArray(byte[][]::new);
            int[] which = new int[labels.length];
            for (int i = 0; i < which.length; i++) {
                which[i] = i;
            }
            records.start(s.id());
            string(records, "email", s.email());
            string(records, "name", s.name());
            string(records, "status", s.status().code());
            records.array(JsonRecordBuilder.key("labels"), labels, which, which.length);
            string(records, "source", s.source());
            string(records, "subscribedAt", s.subscribedAt() == null ? null : Timestamps.format(s.subscribedAt()));
            string(records, "unsubscribedAt", s.unsubscribedAt() == null ? null
                    : Timestamps.format(s.unsubscribedAt()));
            string(records, "createdAt", Timestamps.format(s.createdAt()));
            string(records, "updatedAt", Timestamps.format(s.updatedAt()));
            if (!s.note().isEmpty()) {
                string(records, "note", s.note());
            }
            if (!s.attributes().isEmpty()) {
                byte[] json = s.attributes().getBytes(StandardCharsets.UTF_8);
                records.raw(JsonRecordBuilder.key("attributes"), json, 0, json.length);
            }
            records.end();
        }
        return records.take();
    }

    private static void string(JsonRecordBuilder records, String key, String value) {
        byte[] utf8 = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        records.string(JsonRecordBuilder.key(key), utf8, 0, value == null ? -1 : utf8.length);
    }
}
