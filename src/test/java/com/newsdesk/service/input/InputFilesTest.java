package com.newsdesk.service.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.newsdesk.domain.InvalidInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one guard for files given to read: each refusal in words, naming the file. */
class InputFilesTest {
    @TempDir Path dir;

    @Test
    void aReadFailureIsSaidInWords() {
        Path file = dir.resolve("locked.csv");
        // Root reads every file, so the denial itself is made here: what the user reads is the point.
        assertEquals(file + ": it cannot be read (permission denied)",
                InputFiles.unreadable(file, new AccessDeniedException(file.toString())).getMessage());
    }

    @Test
    void aDeviceIsNotAFileToRead() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> InputFiles.check(zero, InputFiles.STREAMED, "subscriber CSV"));
        assertEquals("/dev/zero: it is a device or a pipe, not a subscriber CSV", refused.getMessage());
    }

    @Test
    void aFileOverTheReadersSizeIsRefusedOnItsSize() throws Exception {
        Path big = Files.write(dir.resolve("big.md"), new byte[3 << 20]);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> InputFiles.readAll(big, 2 << 20, "Markdown file"));
        assertEquals(big + ": it is 3.0 MB; a Markdown file may be at most 2.0 MB", refused.getMessage());
    }
}
