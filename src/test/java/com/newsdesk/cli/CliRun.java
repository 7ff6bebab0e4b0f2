package com.newsdesk.cli;

import com.newsdesk.service.TestNewsrooms;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The command line run in-process, with standard output as one stream (as in a real process). */
final class CliRun {
    record Result(int code, String out, String err) {
        /** The one line a refusal prints. */
        String message() {
            return err.strip();
        }
    }

    private CliRun() {}

    static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        return run(stdout, env, args, stdout);
    }

    /** With standard output going to {@code stdout} (a stream that may fail). */
    static Result run(OutputStream stdout, Map<String, String> env, String[] args, ByteArrayOutputStream captured) {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, new PrintWriter(err), env, TestNewsrooms.CLOCK, stdout,
                TestNewsrooms.FAST_HASHER);
        return new Result(code, captured == null ? "" : captured.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Standard output on a full disk: every write fails, as on /dev/full. */
    static final class FullDevice extends OutputStream {
        @Override
        public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
        }
    }
}
