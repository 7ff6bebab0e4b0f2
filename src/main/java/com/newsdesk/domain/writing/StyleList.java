package com.newsdesk.domain.writing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsroom's house style applied to a text: each form to avoid, found as a whole word or phrase in any case,
 * becomes an issue whose suggestion keeps the found text's capital ("Tangiers" → "Tanger", "e-mail" → "email").
 */
public final class StyleList {
    public static final String RULE = "HOUSE_STYLE";
    private final List<StyleRule> rules;
    private final List<Pattern> patterns = new ArrayList<>();

    public StyleList(List<StyleRule> rules) {
        this.rules = List.copyOf(rules);
        for (StyleRule rule : this.rules) {
            // Whole words: not inside a longer word, in any script (\p{L}, \p{N}).
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(rule.avoid()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    public static final StyleList EMPTY = new StyleList(List.of());

    public List<StyleRule> rules() { return rules; }

    public List<WritingIssue> check(String text) {
        List<WritingIssue> issues = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            StyleRule rule = rules.get(i);
            Matcher found = patterns.get(i).matcher(text);
            while (found.find()) {
                String seen = found.group();
                issues.add(new WritingIssue(found.start(), found.end(), seen, rule.message(), RULE,
                        WritingIssue.Kind.STYLE, rule.prefer().isEmpty() ? List.of() : List.of(inCaseOf(seen,
                                rule.prefer()))));
            }
        }
        issues.sort(Comparator.comparingInt(WritingIssue::from));
        return issues;
    }

    /** The preferred form with the capital the writer used at the start. */
    private static String inCaseOf(String seen, String prefer) {
        if (!seen.isEmpty() && Character.isUpperCase(seen.codePointAt(0)) && !prefer.isEmpty()
                && Character.isLowerCase(prefer.codePointAt(0))) {
            return prefer.substring(0, 1).toUpperCase(Locale.ROOT) + prefer.substring(1);
        }
        return prefer;
    }
}
