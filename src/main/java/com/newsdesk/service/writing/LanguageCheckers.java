package com.newsdesk.service.writing;

import com.newsdesk.domain.writing.WritingIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool, offline, one checker per language, each loaded the first time it is asked for (seconds, and about
 * 100 MB of heap for English): call from a background thread. A checker is used by one thread at a time.
 */
public final class LanguageCheckers {
    /** The languages Newsdesk checks, by the article's language code, and LanguageTool's variant for each. */
    private static final Map<String, String> VARIANTS = Map.of("en", "en-US", "fr", "fr", "ar", "ar");
    private static final Pattern MARKUP = Pattern.compile("<[^>]{1,40}>");
    private static final int SUGGESTIONS = 5;

    private final Map<String, JLanguageTool> loaded = new ConcurrentHashMap<>();

    /** The part of a code such as "fr-CA" that names the language. */
    public static String language(String code) {
        String lower = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    public boolean supports(String code) {
        return VARIANTS.containsKey(language(code));
    }

    public boolean isLoaded(String code) {
        return loaded.containsKey(language(code));
    }

    /** The languages checked, for messages: "English, French and Arabic". */
    public static String supportedNames() {
        return "English, French and Arabic";
    }

    /** A message as words: LanguageTool marks its suggestions up as {@code <suggestion>x</suggestion>}. */
    static String plain(String message) {
        return MARKUP.matcher(message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D"))
                .replaceAll("");
    }

    /** Checks one text (a paragraph, a headline); loads the language first when needed. Empty when unsupported. */
    public List<WritingIssue> check(String code, String text) {
        String language = language(code);
        if (!VARIANTS.containsKey(language) || text.isBlank()) {
            return List.of();
        }
        JLanguageTool tool = loaded.get(language);
        if (tool == null) {
            tool = loaded.computeIfAbsent(language, key -> {
                JLanguageTool made = new JLanguageTool(Languages.getLanguageForShortCode(VARIANTS.get(key)));
                try {
                    made.check("Warm."); // reads the dictionaries now, not on the first paragraph
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                // Loading reads rules and models through several times their size in short-lived objects; one full
                // collection now lets the heap shrink back to what the language keeps (with the window's heap
                // settings, about 110 MB less resident memory for English), not stay grown until a later one.
                System.gc();
                return made;
            });
        }
        List<RuleMatch> matches;
        synchronized (tool) {
            try {
                matches = tool.check(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("The " + language + " checker could not read its data", e);
            }
        }
        List<WritingIssue> issues = new ArrayList<>(matches.size());
        for (RuleMatch match : matches) {
            int from = Math.max(0, match.getFromPos());
            int to = Math.min(text.length(), Math.max(from, match.getToPos()));
            boolean spelling = match.getRule() instanceof SpellingCheckRule
                    || match.getRule().isDictionaryBasedSpellingRule()
                    || "TYPOS".equals(match.getRule().getCategory().getId().toString());
            List<String> suggestions = match.getSuggestedReplacements();
            issues.add(new WritingIssue(from, to, text.substring(from, to),
                    plain(match.getMessage()), match.getRule().getId(),
                    spelling ? WritingIssue.Kind.SPELLING : WritingIssue.Kind.GRAMMAR,
                    suggestions.subList(0, Math.min(SUGGESTIONS, suggestions.size()))));
        }
        return issues;
    }
}
