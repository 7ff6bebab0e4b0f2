package com.newsdesk.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every command takes. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The newsroom database (default: $NEWSDESK_DB, else the platform's data folder).")
    String file;
}
