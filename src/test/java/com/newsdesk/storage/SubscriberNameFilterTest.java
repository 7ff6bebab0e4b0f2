package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberFilter;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.service.TestNewsrooms;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subscriber filter by name or address start, page by page, against the list filtered by hand. Common names
 * (a third of the list) and rare ones take different roads on a shared newsroom (walked in id order, or gathered);
 * every page is the same on both engines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriberNameFilterTest {
    private static final String[] FIRST = {"Nadia", "Nadia", "Nadia", "Omar", "Zineb", "Élodie", "Karim", "Nadine"};
    private static final String[] LAST = {"Benjelloun", "Bennani", "El Idrissi", "Roux", "Lefèvre", "Tazi", "Nadal"};
    private Database db;
    private final List<Subscriber> all = new ArrayList<>();

    @BeforeAll
    void aListOfThreeThousand(@TempDir Path dir) {
        db = TestNewsrooms.open(dir.resolve("names.db"));
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        db.write(tx -> {
            for (int i = 1; i <= 3_000; i++) {
                String first = FIRST[(i * 7) % FIRST.length];
                String last = LAST[(i * 13) % LAST.length];
                String name = i % 97 == 0 ? "" : first + " " + last;
                String email = (i % 50 == 0 ? "nadia.press" : first.toLowerCase(Locale.ROOT).replace('é', 'e')) + "."
                        + i + "@example.org";
                tx.subscribers().insert(new Subscriber(0, email, name, SubscriberStatus.SUBSCRIBED, List.of(), "test",
                        at, null, at, at));
            }
            return null;
        });
        all.addAll(db.read(tx -> tx.subscribers().page(SubscriberFilter.ALL, 0, 0, 10_000)));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nadia", "Nadia", "nad", "nadia ben", "el idr", "elodie", "ÉLO", "roux", "nadal", "zin",
            "nadia.press", "karim.21", "qxz", "nadia qxz"})
    void everyPageIsTheListFilteredByHand(String typed) {
        List<Subscriber> expected = all.stream().filter(matches(typed)).toList();
        SubscriberFilter filter = new SubscriberFilter(null, null, null, typed, null, null);
        assertEquals((long) expected.size(), (long) db.read(tx -> tx.subscribers().count(filter)), typed + ": count");
        List<Long> byOffset = new ArrayList<>();
        List<Long> byKey = new ArrayList<>();
        long last = 0;
        for (int offset = 0; offset < expected.size() + 50; offset += 50) {
            int from = offset;
            db.read(tx -> tx.subscribers().page(filter, 0, from, 50)).forEach(found -> byOffset.add(found.id()));
            long after = last;
            List<Subscriber> page = db.read(tx -> tx.subscribers().page(filter, after, 0, 50));
            page.forEach(found -> byKey.add(found.id()));
            last = page.isEmpty() ? last : page.get(page.size() - 1).id();
        }
        List<Long> ids = expected.stream().map(Subscriber::id).toList();
        assertEquals(ids, byOffset, typed + ": pages by offset");
        assertEquals(ids, byKey, typed + ": pages after the last id");
    }

    /** Every typed word starts a word of the name (accents and case aside), or the whole text starts the address. */
    private static Predicate<Subscriber> matches(String typed) {
        String text = typed.toLowerCase(Locale.ROOT);
        List<String> words = List.of(fold(typed).split("[\\s.]+"));
        return subscriber -> {
            List<String> nameWords = List.of(fold(subscriber.name()).split("\\s+"));
            boolean named = !subscriber.name().isEmpty() && words.stream()
                    .allMatch(word -> nameWords.stream().anyMatch(nameWord -> nameWord.startsWith(word)));
            return named || subscriber.email().toLowerCase(Locale.ROOT).startsWith(text);
        };
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
