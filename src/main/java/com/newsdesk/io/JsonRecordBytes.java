package com.newsdesk.io;

/**
 * Records of an export written by SQLite rather than by {@link NewsroomJsonWriter}: one JSON object each, starting
 * {@code {"id":N}, joined by a line break and a comma. SQLite and the writer agree on every byte but one: the hex
 * digits of a control character's {@code \}{@code u00XX} escape, which SQLite writes in lower case.
 */
public final class JsonRecordBytes {
    private static final byte[] ID = "{\"id\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private JsonRecordBytes() {}

    /**
     * Puts the escapes' hex digits in upper case, as the writer has them, and checks that the records are
     * {@code count} with ids rising; false when they are not (the caller then writes them itself).
     */
    public static boolean settle(byte[] records, int count) {
        int seen = 0;
        long previous = Long.MIN_VALUE;
        int i = 0;
        int length = records.length;
        while (i < length) {
            if (!startsWith(records, i, ID)) {
                return false;
            }
            i += ID.length;
            long id = 0;
            boolean negative = i < length && records[i] == '-';
            if (negative) {
                i++;
            }
            int digits = i;
            while (i < length && records[i] >= '0' && records[i] <= '9') {
                id = id * 10 + (records[i++] - '0');
            }
            if (i == digits) {
                return false;
            }
            id = negative ? -id : id;
            if (id <= previous) {
                return false;
            }
            previous = id;
            seen++;
            while (i < length && records[i] != '\n') { // a line break only ever parts two records
                if (records[i] == '\\') {
                    if (i + 5 < length && records[i + 1] == 'u') {
                        upper(records, i + 2);
                        upper(records, i + 3);
                        upper(records, i + 4);
                        upper(records, i + 5);
                        i += 6;
                    } else {
                        i += 2;
                    }
                } else {
                    i++;
                }
            }
            if (i < length) {
                if (i + 1 >= length || records[i + 1] != ',') {
                    return false;
                }
                i += 2;
            }
        }
        return seen == count;
    }

    private static void upper(byte[] bytes, int at) {
        if (bytes[at] >= 'a' && bytes[at] <= 'f') {
            bytes[at] -= 'a' - 'A';
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
