package com.newsdesk.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The newsroom's one timestamp form: ISO-8601 UTC as {@link Instant#toString()} writes it, such as
 * {@code 2026-11-29T10:07:42Z} or {@code 2026-11-29T10:07:42.125Z}. Parsing and formatting have a fast path for
 * that form because exports and imports handle millions of them; anything else goes through java.time.
 */
public final class Timestamps {
    private Timestamps() {}

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Exactly {@link Instant#toString()}; null stays null. */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = Math.floorMod(seconds, 86_400);
        if (days < -719_528 || days > 2_932_896) { // outside years 0000-9999
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(days);
        StringBuilder text = new StringBuilder(24);
        pad(text, date.getYear(), 4).append('-');
        pad(text, date.getMonthValue(), 2).append('-');
        pad(text, date.getDayOfMonth(), 2).append('T');
        pad(text, secondOfDay / 3600, 2).append(':');
        pad(text, secondOfDay / 60 % 60, 2).append(':');
        pad(text, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            text.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(text, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                pad(text, nanos / 1_000, 6);
            } else {
                pad(text, nanos, 9);
            }
        }
        return text.append('Z').toString();
    }

    /** The earliest and latest times a newsroom holds: anything outside is a broken or hostile file. */
    public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /**
     * Parses an ISO-8601 instant such as {@code 2026-11-29T10:07:42Z}, in the years 0000 to 9999 (what the format
     * writes with four digits); null stays null.
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Instant parsed = parseCanonical(text);
        if (parsed == null) {
            try {
                parsed = Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 UTC time such as"
                        + " 2026-11-29T10:07:42Z");
            }
        }
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            throw new IllegalArgumentException("\"" + text + "\" is outside the years 0000 to 9999");
        }
        return parsed;
    }

    /** The fast path: {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null for anything else. */
    private static Instant parseCanonical(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, 20, fractionDigits);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        } else if (length != 20) {
            return null;
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null; // let java.time say what is wrong with 2026-02-30
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    /** {@code value} (0 or more) in {@code width} digits, zeros first; digit by digit, with no string made. */
    private static StringBuilder pad(StringBuilder out, int value, int width) {
        if (value >= POWERS_OF_TEN[width]) { // wider than asked: every digit, as Integer.toString would give
            return out.append(value);
        }
        for (int power = width - 1; power >= 0; power--) {
            out.append((char) ('0' + value / POWERS_OF_TEN[power] % 10));
        }
        return out;
    }
}
