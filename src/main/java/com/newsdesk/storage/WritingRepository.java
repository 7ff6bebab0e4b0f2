package com.newsdesk.storage;

import com.newsdesk.domain.writing.StyleRule;
import java.time.Instant;
import java.util.List;

/** The writing aids' shared lists: words the newsroom accepts, rules it ignores, and its house style. */
public final class WritingRepository {
    private final Transaction tx;

    WritingRepository(Transaction tx) {
        this.tx = tx;
    }

    public List<String> words() {
        return Queries.list(tx, "SELECT word FROM writing_dictionary ORDER BY word", Queries.NONE,
                row -> row.getString(1));
    }

    /** False when the word (in any case) was there already. */
    public boolean addWord(String word, String by, Instant at) {
        return Queries.execute(tx, "INSERT INTO writing_dictionary (word, added_by, added_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", word, by, at.toString()) == 1;
    }

    public boolean removeWord(String word) {
        return Queries.execute(tx, "DELETE FROM writing_dictionary WHERE word = ?", word) == 1;
    }

    public List<String> ignoredRules() {
        return Queries.list(tx, "SELECT rule FROM writing_ignored_rules ORDER BY rule", Queries.NONE,
                row -> row.getString(1));
    }

    public boolean ignoreRule(String rule, String by, Instant at) {
        return Queries.execute(tx, "INSERT INTO writing_ignored_rules (rule, added_by, added_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", rule, by, at.toString()) == 1;
    }

    public boolean restoreRule(String rule) {
        return Queries.execute(tx, "DELETE FROM writing_ignored_rules WHERE rule = ?", rule) == 1;
    }

    public List<StyleRule> styleRules() {
        return Queries.list(tx, "SELECT avoid, prefer, note FROM style_rules ORDER BY avoid COLLATE NOCASE",
                Queries.NONE, row -> new StyleRule(row.getString(1), row.getString(2), row.getString(3)));
    }

    /** Replaces the house style with this list, in the caller's transaction. */
    public void replaceStyleRules(List<StyleRule> rules) {
        Queries.execute(tx, "DELETE FROM style_rules");
        for (StyleRule rule : rules) {
            Queries.execute(tx, "INSERT INTO style_rules (avoid, prefer, note) VALUES (?, ?, ?)"
                    + " ON CONFLICT (avoid) DO UPDATE SET prefer = excluded.prefer, note = excluded.note",
                    rule.avoid(), rule.prefer(), rule.note());
        }
    }
}
