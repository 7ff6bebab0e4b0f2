package com.newsdesk.io;

import java.io.IOException;
import java.io.InputStream;

/** Checks bytes for UTF-8 without decoding them: a list of a million subscribers in a fraction of the decoder's time. */
final class Utf8Bytes {
    /** What {@link #sequence} says of a sequence that is not UTF-8. */
    private static final int INVALID = -1;
    /** What {@link #sequence} says of a sequence that goes on past the bytes read so far. */
    private static final int UNFINISHED = 0;

    private Utf8Bytes() {}

    /**
     * Whether the stream is UTF-8 throughout as Java's decoder reads it: no overlong forms, no surrogates, nothing past
     * U+10FFFF, no sequence cut short (at the end either).
     */
    static boolean valid(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int length = 0; // bytes in the buffer; it starts with what is left of an unfinished sequence
        while (true) {
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return length == 0;
            }
            length += n;
            int i = 0;
            while (true) {
                i = afterAscii(buffer, i, length);
                if (i >= length) {
                    break;
                }
                int size = sequence(buffer, i, length);
                if (size == INVALID) {
                    return false;
                }
                if (size == UNFINISHED) {
                    break; // it goes on in the next read
                }
                i += size;
            }
            length -= i;
            System.arraycopy(buffer, i, buffer, 0, length);
        }
    }

    /**
     * The first position from {@code i} that holds no ASCII byte, or {@code length}. A plain loop in a small method:
     * compiled soonest (reading eight bytes at a time through a VarHandle was faster only once warm).
     */
    private static int afterAscii(byte[] bytes, int i, int length) {
        while (i < length && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    /** The length of the multi-byte sequence at {@code i}, {@link #INVALID} or {@link #UNFINISHED}. */
    private static int sequence(byte[] bytes, int i, int length) {
        int lead = bytes[i] & 0xFF;
        int following;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            following = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            following = 2;
            if (lead == 0xE0) {
                secondMin = 0xA0; // shorter forms are overlong
            } else if (lead == 0xED) {
                secondMax = 0x9F; // above are surrogates
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            following = 3;
            if (lead == 0xF0) {
                secondMin = 0x90;
            } else if (lead == 0xF4) {
                secondMax = 0x8F; // above is past U+10FFFF
            }
        } else {
            return INVALID;
        }
        if (i + following >= length) {
            // Java's decoder reports a bad second byte before the end of input
            return i + 1 < length && outside(bytes[i + 1], secondMin, secondMax) ? INVALID : UNFINISHED;
        }
        if (outside(bytes[i + 1], secondMin, secondMax)) {
            return INVALID;
        }
        for (int k = 2; k <= following; k++) {
            if (outside(bytes[i + k], 0x80, 0xBF)) {
                return INVALID;
            }
        }
        return following + 1;
    }

    private static boolean outside(byte value, int min, int max) {
        int unsigned = value & 0xFF;
        return unsigned < min || unsigned > max;
    }
}
