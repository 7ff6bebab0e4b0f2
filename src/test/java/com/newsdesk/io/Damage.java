package com.newsdesk.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Ways a good file arrives damaged: cut short, bytes changed or inserted (invalid UTF-8, controls), re-encoded. */
public final class Damage {
    private Damage() {}

    public static Arbitrary<byte[]> of(byte[] good) {
        Arbitrary<byte[]> truncated = truncated(good, 0);
        Arbitrary<byte[]> changed = changed(good);
        Arbitrary<byte[]> inserted = Arbitraries.integers().between(0, good.length)
                .flatMap(at -> Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.bytes().between((byte) 0, (byte) 31))
                        .array(byte[].class).ofMinSize(1).ofMaxSize(8).map(extra -> insert(good, at, extra)));
        Arbitrary<byte[]> reencoded = Arbitraries.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1)
                .map(charset -> new String(good, StandardCharsets.UTF_8).getBytes(charset));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, truncated), net.jqwik.api.Tuple.of(3, changed),
                net.jqwik.api.Tuple.of(3, inserted), net.jqwik.api.Tuple.of(1, reencoded));
    }

    /** Cut short, or a byte changed; {@code keepAtLeast} of the bytes stay (damage that passes the first lines). */
    public static Arbitrary<byte[]> truncatedOrChanged(byte[] good, int keepAtLeast) {
        return Arbitraries.oneOf(truncated(good, keepAtLeast), changed(good));
    }

    private static Arbitrary<byte[]> truncated(byte[] good, int keepAtLeast) {
        return Arbitraries.integers().between(keepAtLeast, good.length).map(length -> Arrays.copyOf(good, length));
    }

    private static Arbitrary<byte[]> changed(byte[] good) {
        return Arbitraries.integers().between(0, good.length - 1)
                .flatMap(at -> Arbitraries.bytes().map(value -> {
                    byte[] copy = good.clone();
                    copy[at] = value;
                    return copy;
                }));
    }

    static byte[] insert(byte[] good, int at, byte[] extra) {
        byte[] copy = new byte[good.length + extra.length];
        System.arraycopy(good, 0, copy, 0, at);
        System.arraycopy(extra, 0, copy, at, extra.length);
        System.arraycopy(good, at, copy, at + extra.length, good.length - at);
        return copy;
    }
}
