package com.newsdesk.cli;

import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.storage.DataLocation;
import com.newsdesk.storage.Database;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What every command of one run shares: its streams, environment and clock. */
final class CliContext {
    final PrintWriter out;
    final PrintWriter err;
    final Map<String, String> env;
    final Clock clock;
    final OutputStream stdout;

    CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, OutputStream stdout) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
        this.stdout = stdout;
    }

    Database open(Path explicit, Database.OpenMode mode) {
        return Database.open(DataLocation.resolve(explicit, env), mode, JsonDocumentCodec.INSTANCE);
    }
}
