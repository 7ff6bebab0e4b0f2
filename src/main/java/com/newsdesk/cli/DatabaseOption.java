package com.newsdesk.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every command takes. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The newsroom: a file, or a shared newsroom at postgresql://HOST[:PORT]/DATABASE?user=NAME"
                    + " (password from $PGPASSWORD or ~/.pgpass) (default: $NEWSDESK_DB, else the platform's data"
                    + " folder).")
    String file;
}
