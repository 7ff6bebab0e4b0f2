package com.newsdesk.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Export records built from UTF-8 bytes as they come from the database, byte for byte as {@link NewsroomJsonWriter}
 * writes them: Jackson's escapes (a quote, a backslash, the short forms for backspace, tab, line feed, form feed and
 * carriage return, every other control character as a six-character escape with upper-case hex digits), everything
 * else, non-ASCII included, as it is; one object each, joined by a line break and a comma, for
 * {@link NewsroomJsonWriter#records}. No string is made per value.
 */
public final class JsonRecordBuilder {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    /** Bytes that need no escape inside a JSON string. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        Arrays.fill(PLAIN, true);
        for (int c = 0; c < 0x20; c++) {
            PLAIN[c] = false;
        }
        PLAIN['"'] = false;
        PLAIN['\\'] = false;
    }

    private byte[] out = new byte[1 << 16];
    private int size;
    private int count;

    /** A field's name as it is written before its value: {@code ,"name":}. */
    public static byte[] key(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        JsonRecordBuilder builder = new JsonRecordBuilder();
        builder.put((byte) ',');
        builder.quoted(utf8, 0, utf8.length);
        builder.put((byte) ':');
        return builder.take();
    }

    /** A string as a JSON value, quotes included: for values written many times, encoded once. */
    public static byte[] value(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        JsonRecordBuilder builder = new JsonRecordBuilder();
        builder.quoted(utf8, 0, utf8.length);
        return builder.take();
    }

    /** Starts a record with its id. */
    public void start(long id) {
        if (count > 0) {
            put((byte) '\n');
            put((byte) ',');
        }
        put(ID, 0, ID.length);
        byte[] digits = Long.toString(id).getBytes(StandardCharsets.US_ASCII);
        put(digits, 0, digits.length);
    }

    /** A string field from UTF-8 bytes; a length below zero writes null. */
    public void string(byte[] key, byte[] utf8, int start, int length) {
        put(key, 0, key.length);
        if (length < 0) {
            put(NULL, 0, NULL.length);
        } else {
            quoted(utf8, start, length);
        }
    }

    /** A field whose value is JSON already (checked when it came in). */
    public void raw(byte[] key, byte[] json, int start, int length) {
        put(key, 0, key.length);
        put(json, start, length);
    }

    /** An array field of values {@link #value} encoded, the {@code count} named by {@code which} in that order. */
    public void array(byte[] key, byte[][] values, int[] which, int count) {
        put(key, 0, key.length);
        put((byte) '[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                put((byte) ',');
            }
            byte[] value = values[which[i]];
            put(value, 0, value.length);
        }
        put((byte) ']');
    }

    /** Ends the record. */
    public void end() {
        put((byte) '}');
        count++;
    }

    /** How many records are built and not yet taken. */
    public int count() {
        return count;
    }

    /** The records built so far, as {@link NewsroomJsonWriter#records} takes them; the builder starts over. */
    public byte[] take() {
        byte[] records = Arrays.copyOf(out, size);
        size = 0;
        count = 0;
        return records;
    }

    private void quoted(byte[] utf8, int start, int length) {
        ensure(length * 6 + 2);
        byte[] o = out;
        int s = size;
        o[s++] = '"';
        int run = start;
        int end = start + length;
        for (int i = start; i < end; i++) {
            int b = utf8[i] & 0xFF;
            if (PLAIN[b]) {
                continue;
            }
            System.arraycopy(utf8, run, o, s, i - run);
            s += i - run;
            run = i + 1;
            o[s++] = '\\';
            switch (b) {
                case '"' -> o[s++] = '"';
                case '\\' -> o[s++] = '\\';
                case '\b' -> o[s++] = 'b';
                case '\t' -> o[s++] = 't';
                case '\n' -> o[s++] = 'n';
                case '\f' -> o[s++] = 'f';
                case '\r' -> o[s++] = 'r';
                default -> {
                    o[s++] = 'u';
                    o[s++] = '0';
                    o[s++] = '0';
                    o[s++] = HEX[b >> 4];
                    o[s++] = HEX[b & 0xF];
                }
            }
        }
        System.arraycopy(utf8, run, o, s, end - run);
        s += end - run;
        o[s++] = '"';
        size = s;
    }

    private void put(byte b) {
        ensure(1);
        out[size++] = b;
    }

    private void put(byte[] bytes, int start, int length) {
        ensure(length);
        System.arraycopy(bytes, start, out, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(size + more, out.length * 2));
        }
    }
}
