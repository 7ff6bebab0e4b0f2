package com.newsdesk.storage;

/** Export records SQLite wrote: UTF-8, one JSON object each, joined by a line break and a comma; and how many. */
public record JsonRecords(byte[] text, int count) {}
