package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast paths must agree with java.time exactly, or exports would not round-trip. */
class TimestampsProperties {
    @Property(tries = 5000)
    void formatsExactlyAsInstantDoes(@ForAll("instants") Instant instant) {
        assertEquals(instant.toString(), Timestamps.format(instant));
    }

    @Property(tries = 5000)
    void parsesWhatItFormats(@ForAll("instants") Instant instant) {
        assertEquals(instant, Timestamps.parse(Timestamps.format(instant)));
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L); // years 0000-9999
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        return net.jqwik.api.Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Example
    void acceptsOtherIsoFormsThroughJavaTime() {
        assertEquals(Instant.parse("2026-11-29T10:07:42Z"), Timestamps.parse("2026-11-29T10:07:42.000Z"));
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), Timestamps.parse("0001-01-01T00:00:00.000Z"));
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
                () -> Timestamps.parse("+999999999-12-31T23:59:59Z")); // issue 12: no newsroom holds such a time
        assertEquals("\"+999999999-12-31T23:59:59Z\" is outside the years 0000 to 9999", far.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("+12026-01-01T00:00:00Z"));
    }

    @Example
    void refusesNonsenseWithTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timestamps.parse("2026-02-30T10:00:00Z"));
        assertEquals("\"2026-02-30T10:00:00Z\" is not an ISO-8601 UTC time such as 2026-11-29T10:07:42Z", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("2026-11-29 10:07:42"));
    }
}
