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

    /** The two lists of names the newsroom keeps for its writing aids, each with who added a name and when. */
    private enum NameList {
        WORDS("writing_dictionary", "word"), IGNORED_RULES("writing_ignored_rules", "rule");

        final String table;
        final String column;

        NameList(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    public List<String> words() { return names(NameList.WORDS); }

    /** False when the word (in any case) was there already. */
    public boolean addWord(String word, String by, Instant at) { return add(NameList.WORDS, word, by, at); }

    public boolean removeWord(String word) { return remove(NameList.WORDS, word); }

    public List<String> ignoredRules() { return names(NameList.IGNORED_RULES); }

    public boolean ignoreRule(String rule, String by, Instant at) { return add(NameList.IGNORED_RULES, rule, by, at); }

    public boolean restoreRule(String rule) { return remove(NameList.IGNORED_RULES, rule); }

    /** The dictionary with who added each word and when, in its order. */
    public List<com.newsdesk.domain.writing.WritingLists.Entry> wordEntries() { return entries(NameList.WORDS); }

    public List<com.newsdesk.domain.writing.WritingLists.Entry> ignoredRuleEntries() {
        return entries(NameList.IGNORED_RULES);
    }

    private List<com.newsdesk.domain.writing.WritingLists.Entry> entries(NameList list) {
        return Queries.list(tx, "SELECT " + list.column + ", added_by, added_at FROM " + list.table + " ORDER BY "
                + (list == NameList.WORDS ? "lower(" + list.column + "), " : "") + list.column,
                Queries.NONE, row -> new com.newsdesk.domain.writing.WritingLists.Entry(row.getString(1),
                        row.getString(2), Sql.instant(row, "added_at")));
    }

    private List<String> names(NameList list) {
        return Queries.list(tx, "SELECT " + list.column + " FROM " + list.table + " ORDER BY "
                + (list == NameList.WORDS ? "lower(" + list.column + "), " : "") + list.column,
                Queries.NONE, row -> row.getString(1));
    }

    private boolean add(NameList list, String name, String by, Instant at) {
        return Queries.execute(tx, "INSERT INTO " + list.table + " (" + list.column + ", added_by, added_at)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", name, by, at.toString()) == 1;
    }

    private boolean remove(NameList list, String name) {
        // The dictionary's words are one whatever their case (SQLite: COLLATE NOCASE; PostgreSQL: a lower() index).
        String same = list == NameList.WORDS && tx.dialect() == Dialect.POSTGRES
                ? "lower(" + list.column + ") = lower(?)" : list.column + " = ?";
        return Queries.execute(tx, "DELETE FROM " + list.table + " WHERE " + same, name) == 1;
    }

    public List<StyleRule> styleRules() {
        return Queries.list(tx, "SELECT avoid, prefer, note FROM style_rules ORDER BY lower(avoid), avoid",
                Queries.NONE, row -> new StyleRule(row.getString(1), row.getString(2), row.getString(3)));
    }

    /** Replaces the house style with this list, in the caller's transaction. */
    public void replaceStyleRules(List<StyleRule> rules) {
        Queries.execute(tx, "DELETE FROM style_rules");
        rules.forEach(this::putStyleRule);
    }

    /** Adds an entry to the house style, or replaces the one for the same form to avoid (in any case). */
    public void putStyleRule(StyleRule rule) {
        Queries.execute(tx, "INSERT INTO style_rules (avoid, prefer, note) VALUES (?, ?, ?)"
                + (tx.dialect() == Dialect.POSTGRES ? " ON CONFLICT (lower(avoid))" : " ON CONFLICT (avoid)")
                + " DO UPDATE SET prefer = excluded.prefer, note = excluded.note",
                rule.avoid(), rule.prefer(), rule.note());
    }
}
