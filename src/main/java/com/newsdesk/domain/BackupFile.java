package com.newsdesk.domain;

import java.nio.file.Path;
import java.time.Instant;

/** A backup checked for restore: an intact Newsdesk newsroom of a known schema, and what it holds. */
public record BackupFile(Path file, int schemaVersion, Instant modifiedAt, long articles, long comments,
        long subscribers) {}
