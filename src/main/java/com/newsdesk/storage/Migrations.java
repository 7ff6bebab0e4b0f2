package com.newsdesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The schema's history, oldest first. A migration's number is its position in this list, from 1. */
public final class Migrations {
    static final List<String> SCRIPTS =
            List.of("V001__init.sql", "V002__sign_in_attempts.sql", "V003__article_editing.sql",
                    "V004__article_extras.sql", "V005__comment_time_index.sql", "V006__status_counts.sql",
                    "V007__comment_moderation.sql", "V008__subscriber_privacy.sql",
                    "V009__subscriber_name_search.sql", "V010__article_stubs.sql", "V011__erasure.sql", "V012__comment_html.sql",
                    "V013__subscriber_note_and_attributes.sql", "V014__pending_and_trash.sql", "V015__writing_aids.sql",
                    "V016__article_counts_index.sql", "V017__roles_at_the_database.sql",
                    "V018__offline_work.sql", "V019__sites.sql", "V020__article_filter_values.sql",
                    "V021__search_vectors_in_the_row.sql");

    private Migrations() {}

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    static String script(int version) {
        return read("migrations/" + SCRIPTS.get(version - 1));
    }

    /**
     * A shared newsroom's migration to {@code version}, after the baseline (schema 15): the same name as the file's,
     * in {@code migrations/postgres/}, written for PostgreSQL.
     */
    public static String serverScript(int version) {
        return read("migrations/postgres/" + SCRIPTS.get(version - 1));
    }

    /** A shared newsroom's schema at {@code ServerSchema.BASELINE}, in one script. */
    public static String serverBaseline() {
        return read("migrations/postgres/B015__schema.sql");
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
