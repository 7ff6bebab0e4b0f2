package com.newsdesk.storage;

import com.newsdesk.domain.CommentRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The moderation rules: their lists in comment_rules, their numbers and switches in settings. */
public final class CommentRuleRepository {
    private static final String LINK_LIMIT = "comments.link_limit";
    private static final String APPROVE_KNOWN_AUTHORS = "comments.approve_known_authors";

    private final Transaction tx;

    CommentRuleRepository(Transaction tx) {
        this.tx = tx;
    }

    public CommentRules load() {
        Map<CommentRules.Kind, List<String>> lists = new EnumMap<>(CommentRules.Kind.class);
        Queries.list(tx, "SELECT kind, value FROM comment_rules ORDER BY kind, value", Queries.NONE,
                row -> lists.computeIfAbsent(CommentRules.Kind.fromCode(row.getString(1)), kind -> new ArrayList<>())
                        .add(row.getString(2)));
        int linkLimit = tx.settings().get(LINK_LIMIT).map(Integer::parseInt).orElse(CommentRules.DEFAULT_LINK_LIMIT);
        boolean approveKnown = tx.settings().get(APPROVE_KNOWN_AUTHORS).map(Boolean::parseBoolean).orElse(true);
        return new CommentRules(lists, linkLimit, approveKnown);
    }

    public void save(CommentRules rules) {
        Queries.execute(tx, "DELETE FROM comment_rules");
        rules.lists().forEach((kind, values) -> values.forEach(value -> add(kind, value)));
        tx.settings().put(LINK_LIMIT, Integer.toString(rules.linkLimit()));
        tx.settings().put(APPROVE_KNOWN_AUTHORS, Boolean.toString(rules.approveKnownAuthors()));
    }

    /** Takes an erased address off the block list; how many entries named it. */
    public int forgetAddress(String lowerCaseEmail) {
        return Queries.execute(tx, "DELETE FROM comment_rules WHERE kind = 'blocked_email' AND lower(value) = ?",
                lowerCaseEmail);
    }

    /** Adds one value to a list; false when it was there already. */
    public boolean add(CommentRules.Kind kind, String value) {
        return Queries.execute(tx, "INSERT INTO comment_rules (kind, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                kind.code(), value) == 1;
    }
}
