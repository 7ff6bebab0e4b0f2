package com.newsdesk.service;

import com.newsdesk.service.output.GuardedWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole or not at all, and the partial files of killed writers cleaned up later. */
class GuardedWriterTest {
    @TempDir Path dir;

    @Test
    void aFailedWriteLeavesNeitherTheFileNorAPartialOne() throws IOException {
        Path target = dir.resolve("export.json");
        assertThrows(UncheckedIOException.class, () -> GuardedWriter.write(null, target, out -> {
            out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void whileBeingWrittenTheFileIsAHiddenPartialOnlyTheUserMayReadAndEachWriteHasItsOwn() throws IOException {
        Path target = dir.resolve("subscribers.csv");
        java.util.List<Path> partials = new java.util.ArrayList<>();
        GuardedWriter.write(null, target, outer -> {
            try (var files = Files.list(dir)) {
                partials.addAll(files.toList());
            }
            GuardedWriter.write(null, target, inner -> { // a second writer of the same target meanwhile
                try (var files = Files.list(dir)) {
                    partials.addAll(files.filter(file -> !partials.contains(file)).toList());
                }
                inner.write("inner".getBytes(StandardCharsets.UTF_8));
                return null;
            });
            outer.write("outer".getBytes(StandardCharsets.UTF_8));
            return null;
        });
        assertEquals(2, partials.size(), partials.toString());
        for (Path partial : partials) {
            String name = partial.getFileName().toString();
            assertTrue(name.startsWith(".subscribers.csv.") && name.endsWith(".partial"), name);
            assertFalse(Files.exists(partial), "renamed over the target");
        }
        assertEquals("outer", Files.readString(target), "the last write to finish wins, whole");
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(target), "made for the user alone, as a partial");
    }

    @Test
    void partialFilesOfKilledWritersAreRemovedByTheNextWriteButLiveOnesAreNot() throws IOException {
        Path target = dir.resolve("export.json");
        Path stale = Files.writeString(dir.resolve(".export.json123.partial"), "{\"killed\":");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path live = Files.writeString(dir.resolve(".export.json456.partial"), "{\"writing\":");
        Path other = Files.writeString(dir.resolve(".other.json789.partial"), "{");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        GuardedWriter.write(null, target, out -> {
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            return null;
        });
        assertEquals("{}", Files.readString(target));
        assertFalse(Files.exists(stale), "a partial untouched for hours is a killed writer's");
        assertTrue(Files.exists(live), "a recent partial may be another writer's, still at work");
        assertTrue(Files.exists(other), "another target's partials are not this write's business");
    }

    @Test
    void aBigFileSyncedAlongTheWayIsWrittenWholeAndAFailureLateInItLeavesNothing() throws IOException {
        Path target = dir.resolve("big.json");
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) ('a' + i % 26);
        }
        GuardedWriter.write(null, target, out -> {
            for (int i = 0; i < 80; i++) { // past two early syncs
                out.write(block);
            }
            return null;
        });
        assertEquals(80L << 20, Files.size(target));
        try (var in = Files.newInputStream(target)) {
            in.skipNBytes(79L << 20);
            assertEquals(new String(block, StandardCharsets.US_ASCII),
                    new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }

        Path failed = dir.resolve("failed.json");
        assertThrows(UncheckedIOException.class, () -> GuardedWriter.write(null, failed, out -> {
            for (int i = 0; i < 70; i++) {
                out.write(block);
            }
            throw new IOException("No space left on device");
        }));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the first file: no partial of the failed one");
        }
    }
}
