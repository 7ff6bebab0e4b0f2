package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The quick UTF-8 check of a subscriber file must say what Java's own decoder says of the same bytes (the file is
 * then read with it), however the reads split them.
 */
class Utf8BytesProperties {
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> text = Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 0x7F),
                        Arbitraries.integers().between(0x80, 0xD7FF),
                        Arbitraries.integers().between(0xE000, 0x10FFFF))
                .list().ofMaxSize(40)
                .map(points -> points.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString().getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> damaged = Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(noise -> text.map(valid -> {
                    byte[] out = valid.clone();
                    for (int k = 0; k < noise.size() && out.length > 0; k++) {
                        out[(noise.get(k) * 31 + k) % out.length] = (byte) (int) noise.get(k);
                    }
                    return out;
                }));
        Arbitrary<byte[]> anything = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
        return Arbitraries.oneOf(text, damaged, anything);
    }

    @Property(tries = 3000)
    void saysWhatJavasDecoderSays(@ForAll("bytes") byte[] bytes, @ForAll @IntRange(min = 1, max = 7) int readSize)
            throws IOException {
        assertEquals(decodes(bytes), Utf8Bytes.valid(new Trickle(bytes, readSize)), () -> hex(bytes));
    }

    @Example
    void theEdgesOfUtf8() throws IOException {
        for (String valid : List.of("", "a", "é", "€", "😀", "\uFEFFEmail", "\uD7FF", "\uE000", "\uDBFF\uDFFF")) {
            assertTrue(Utf8Bytes.valid(new ByteArrayInputStream(valid.getBytes(StandardCharsets.UTF_8))), valid);
        }
        for (int[] invalid : new int[][] {{0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x9F, 0xBF}, {0xED, 0xA0, 0x80},
                {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xE9},
                {0x61, 0xE2, 0x82}, {0xFF}}) {
            byte[] bytes = new byte[invalid.length];
            for (int k = 0; k < invalid.length; k++) {
                bytes[k] = (byte) invalid[k];
            }
            assertFalse(Utf8Bytes.valid(new ByteArrayInputStream(bytes)), hex(bytes));
            assertFalse(decodes(bytes), hex(bytes));
        }
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b));
        }
        return out.toString();
    }

    /** Hands out at most a few bytes a read, so that sequences are split between reads. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int most;
        private int at;

        Trickle(byte[] bytes, int most) {
            this.bytes = bytes;
            this.most = most;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, most), bytes.length - at);
            System.arraycopy(bytes, at, into, offset, n);
            at += n;
            return n;
        }
    }
}
