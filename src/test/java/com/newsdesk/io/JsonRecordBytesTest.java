package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRecordBytesTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void escapesTakeTheWritersUpperCaseAndAnEscapedBackslashStaysText() {
        byte[] records = bytes("{\"id\":1,\"name\":\"a\\u001f b \\\\u001f c \\u000b\"}\n,{\"id\":7,\"name\":\"é\"}");
        assertTrue(JsonRecordBytes.settle(records, 2));
        assertEquals("{\"id\":1,\"name\":\"a\\u001F b \\\\u001f c \\u000B\"}\n,{\"id\":7,\"name\":\"é\"}",
                new String(records, StandardCharsets.UTF_8));
    }

    @Test
    void recordsOutOfOrderOrMiscountedAreRefused() {
        assertFalse(JsonRecordBytes.settle(bytes("{\"id\":2}\n,{\"id\":1}"), 2));
        assertFalse(JsonRecordBytes.settle(bytes("{\"id\":1}\n,{\"id\":2}"), 3));
        assertFalse(JsonRecordBytes.settle(bytes("{\"name\":\"x\"}"), 1));
        assertTrue(JsonRecordBytes.settle(bytes(""), 0));
    }
}
