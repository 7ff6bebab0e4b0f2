package com.newsdesk.service.output;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an output goes: a file the user named, or a stream that is already open (standard output). Every export,
 * report and person file is written to one through {@link GuardedWriter}, which decides how and whether.
 */
public sealed interface OutputTarget {
    /** What users type for standard output. */
    String STANDARD_OUTPUT = "-";

    /** A file path; a device or pipe there is written as a stream, anything else whole or not at all. */
    record ToFile(Path path) implements OutputTarget {
        public ToFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return path.toAbsolutePath().toString();
        }
    }

    /** A stream someone else opened and will close, such as standard output. */
    record ToStream(OutputStream stream, String name) implements OutputTarget {
        public ToStream {
            Objects.requireNonNull(stream, "stream");
        }

        @Override
        public String describe() {
            return name;
        }
    }

    /** Where the output went, for messages: an absolute path or "standard output". */
    String describe();

    static OutputTarget file(Path path) {
        return new ToFile(path);
    }

    /** "-" is standard output; anything else a file path. */
    static OutputTarget parse(String spec, OutputStream standardOutput) {
        return STANDARD_OUTPUT.equals(spec) ? new ToStream(standardOutput, "standard output") : new ToFile(Path.of(spec));
    }

    default boolean isStandardOutput() {
        return this instanceof ToStream;
    }
}
