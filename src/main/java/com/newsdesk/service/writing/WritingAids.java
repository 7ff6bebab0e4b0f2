package com.newsdesk.service.writing;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.writing.Scripts;
import com.newsdesk.domain.writing.StyleList;
import com.newsdesk.domain.writing.StyleRule;
import com.newsdesk.domain.writing.WritingIssue;
import com.newsdesk.io.StyleListCsv;
import com.newsdesk.service.Audit;
import com.newsdesk.service.input.InputFiles;
import com.newsdesk.service.output.GuardedWriter;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling, grammar and house style, offline: checks a text in its script's language, leaving out the words the
 * newsroom accepts and the rules it ignores; keeps those lists and the house style in the newsroom, audited, so
 * that every seat and every process sees the same.
 */
public final class WritingAids {
    private static final long STYLE_FILE_LIMIT = 4L << 20;

    /** The newsroom's lists as one check needs them; read once, then used for many paragraphs. */
    public record Known(Set<String> words, Set<String> ignoredRules, StyleList style) {
        public static final Known NONE = new Known(Set.of(), Set.of(), StyleList.EMPTY);

        public Known {
            Set<String> lower = new HashSet<>();
            words.forEach(word -> lower.add(word.toLowerCase(Locale.ROOT)));
            words = Set.copyOf(lower);
            ignoredRules = Set.copyOf(ignoredRules);
        }

        boolean keeps(WritingIssue issue) {
            return !ignoredRules.contains(issue.rule()) && !(issue.kind() == WritingIssue.Kind.SPELLING
                    && words.contains(issue.text().toLowerCase(Locale.ROOT)));
        }
    }

    /** An issue of a whole article: in which field, which paragraph of the body (from 1; 0 for the others). */
    public record ArticleIssue(String field, int paragraph, WritingIssue issue) {}

    /** What checking an article found, and the languages it could not check. */
    public record ArticleCheck(List<ArticleIssue> issues, Set<String> unchecked) {}

    private final Database database;
    private final Clock clock;
    private final Audit audit;
    private final LanguageCheckers checkers;

    public WritingAids(Database database, Clock clock, LanguageCheckers checkers) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
        this.checkers = checkers;
    }

    public Known known(Actor actor) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> new Known(new HashSet<>(tx.writing().words()),
                new HashSet<>(tx.writing().ignoredRules()), new StyleList(tx.writing().styleRules())));
    }

    /** Whether spelling and grammar are checked in this language (house style is checked in every one). */
    public boolean checks(String language) {
        return checkers.supports(language);
    }

    /** Whether the language's checker is loaded already (the first check of a language takes seconds). */
    public boolean isLoaded(String language) {
        return checkers.isLoaded(language);
    }

    /**
     * The issues of one paragraph (or a headline, a dek), in the language its script says: house style always,
     * spelling and grammar where the language is one Newsdesk checks. Slow the first time a language is used: call
     * off the JavaFX thread. Needs no database.
     */
    public List<WritingIssue> check(Actor actor, String text, String articleLanguage, Known known) {
        actor.require(Permission.READ_ARTICLES);
        List<WritingIssue> issues = new ArrayList<>(known.style().check(text));
        String language = Scripts.languageOf(text, articleLanguage);
        for (WritingIssue issue : checkers.check(language, text)) {
            // A French quotation in an Arabic paragraph is not misspelt Arabic (nor the other way round).
            boolean otherScript = issue.kind() == WritingIssue.Kind.SPELLING
                    && Scripts.isArabic(issue.text()) != language.equals("ar");
            if (known.keeps(issue) && !otherScript) {
                issues.add(issue);
            }
        }
        issues.sort(java.util.Comparator.comparingInt(WritingIssue::from));
        return issues;
    }

    /** Checks an article's headline, dek and every paragraph of its body, as it is saved. */
    public ArticleCheck checkArticle(Actor actor, Article article) {
        Known known = known(actor);
        List<ArticleIssue> issues = new ArrayList<>();
        Set<String> unchecked = new java.util.TreeSet<>();
        java.util.function.BiConsumer<String, String> note = (field, text) -> {
            String language = Scripts.languageOf(text, article.language());
            if (!text.isBlank() && !checks(language)) {
                unchecked.add(language);
            }
        };
        note.accept("headline", article.headline());
        check(actor, article.headline(), article.language(), known)
                .forEach(issue -> issues.add(new ArticleIssue("headline", 0, issue)));
        note.accept("dek", article.dek());
        check(actor, article.dek(), article.language(), known)
                .forEach(issue -> issues.add(new ArticleIssue("dek", 0, issue)));
        int number = 0;
        for (Block block : article.body().blocks()) {
            number++;
            int paragraph = number;
            note.accept("body", block.text());
            check(actor, block.text(), article.language(), known)
                    .forEach(issue -> issues.add(new ArticleIssue("body", paragraph, issue)));
        }
        return new ArticleCheck(issues, unchecked);
    }

    // --- The newsroom's dictionary and ignored rules ------------------------------------------------------------

    /** Adds a word every seat accepts from now on (writers may); false when it was there already. */
    public boolean addWord(Actor actor, String word) {
        actor.require(Permission.CREATE_ARTICLES);
        String cleaned = word(word);
        return database.write(tx -> {
            boolean added = tx.writing().addWord(cleaned, actor.username(), Timestamps.now(clock));
            if (added) {
                audit.record(tx, actor, "writing.dictionary_add", null, null, cleaned);
            }
            return added;
        });
    }

    public boolean removeWord(Actor actor, String word) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        String cleaned = word(word);
        return database.write(tx -> {
            boolean removed = tx.writing().removeWord(cleaned);
            if (removed) {
                audit.record(tx, actor, "writing.dictionary_remove", null, null, cleaned);
            }
            return removed;
        });
    }

    public List<String> words(Actor actor) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.writing().words());
    }

    /** Stops a rule for the whole newsroom (an editor's call, as it changes every writer's marks). */
    public boolean ignoreRule(Actor actor, String rule) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        String cleaned = com.newsdesk.domain.writing.WritingLists.rule(rule);
        return database.write(tx -> {
            boolean added = tx.writing().ignoreRule(cleaned, actor.username(), Timestamps.now(clock));
            if (added) {
                audit.record(tx, actor, "writing.rule_ignore", null, null, cleaned);
            }
            return added;
        });
    }

    /** Brings an ignored rule back (editors). */
    public boolean restoreRule(Actor actor, String rule) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        String cleaned = rule == null ? "" : rule.strip();
        return database.write(tx -> {
            boolean restored = tx.writing().restoreRule(cleaned);
            if (restored) {
                audit.record(tx, actor, "writing.rule_restore", null, null, cleaned);
            }
            return restored;
        });
    }

    public List<String> ignoredRules(Actor actor) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.writing().ignoredRules());
    }

    private static String word(String word) {
        return com.newsdesk.domain.writing.WritingLists.word(word);
    }

    // --- House style --------------------------------------------------------------------------------------------

    public List<StyleRule> styleRules(Actor actor) {
        actor.require(Permission.READ_ARTICLES);
        return database.read(tx -> tx.writing().styleRules());
    }

    /** Replaces the house style (editors), in one transaction; audited with the count. */
    public void replaceStyle(Actor actor, List<StyleRule> rules) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        Set<String> seen = new HashSet<>();
        for (StyleRule rule : rules) {
            if (!seen.add(rule.avoid().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("avoid", "\"" + rule.avoid() + "\" is listed twice");
            }
        }
        database.write(tx -> {
            tx.writing().replaceStyleRules(rules);
            audit.record(tx, actor, "writing.style_replace", null, null, rules.size() + " entries");
            return null;
        });
    }

    /** Reads a style list from CSV ({@code avoid,prefer,note}) and makes it the house style; whole or not at all. */
    public int importStyle(Actor actor, Path file) {
        actor.require(Permission.REVIEW_AND_PUBLISH);
        InputFiles.check(file, STYLE_FILE_LIMIT, "style list");
        List<StyleRule> rules = StyleListCsv.read(file);
        replaceStyle(actor, rules);
        return rules.size();
    }

    public int exportStyle(Actor actor, OutputTarget target) {
        List<StyleRule> rules = styleRules(actor);
        return GuardedWriter.write(database.file(), target, out -> StyleListCsv.write(rules, out));
    }
}
