package com.newsdesk.ui.articles;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.writing.Scripts;
import com.newsdesk.domain.writing.WritingIssue;
import com.newsdesk.service.writing.WritingAids;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The writing aids of one open article, as state the editor shows: each paragraph's issues, found in the background
 * (a language loads on its first use, in seconds), remembered by the paragraph's text so that only changed
 * paragraphs are checked again; "ignore once" for this session; the newsroom's dictionary and ignored rules.
 */
public final class WritingChecks {
    /** The issues of one paragraph as it read when checked. */
    public record Checked(int paragraph, String text, List<WritingIssue> issues) {}

    private static final int REMEMBERED = 20_000;
    /** Paragraphs checked per task: marks show within a second or so even while a long article is checked. */
    private static final int BATCH = 25;

    private final Actor actor;
    private final WritingAids aids;
    private final BackgroundExecutor checks;
    private final Consumer<Throwable> onError;
    private final Map<String, List<WritingIssue>> byText = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<WritingIssue>> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final Set<String> ignoredOnce = new HashSet<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private WritingAids.Known known;
    private boolean running;
    private Runnable queued;

    public WritingChecks(Actor actor, WritingAids aids, BackgroundExecutor checks, Consumer<Throwable> onError) {
        this.actor = actor;
        this.aids = aids;
        this.checks = checks;
        this.onError = onError;
    }

    /** "Checking…", "Loading French (the first check takes a few seconds)…", "2 spelling · 1 style", or why not. */
    public ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }

    /** How many issues the article's paragraphs have now (the checklist warns about them). */
    public ReadOnlyIntegerProperty countProperty() { return count.getReadOnlyProperty(); }

    public boolean mayIgnoreRules() { return actor.can(Permission.REVIEW_AND_PUBLISH); }

    public boolean mayAddWords() { return actor.can(Permission.CREATE_ARTICLES); }

    /**
     * Checks these paragraphs (the whole text, in order) in the article's language; {@code ready} gets every
     * paragraph's issues on the JavaFX thread, again after each batch while a long text is being checked, starting at
     * paragraph {@code first} (the first one on screen). A check asked while one runs waits, and only the last one
     * asked runs; the batches of the older one stop there.
     */
    public void check(List<String> paragraphs, String language, int first, Consumer<List<Checked>> ready) {
        Runnable run = () -> start(List.copyOf(paragraphs), language, first, ready);
        if (running) {
            queued = run;
            return;
        }
        run.run();
    }

    private void start(List<String> paragraphs, String language, int first, Consumer<List<Checked>> ready) {
        running = true;
        java.util.LinkedHashSet<String> unchecked = new java.util.LinkedHashSet<>();
        int from = Math.max(0, Math.min(first, paragraphs.size()));
        for (int n = 0; n < paragraphs.size(); n++) {
            String text = paragraphs.get((from + n) % paragraphs.size());
            if (!text.isBlank() && !byText.containsKey(key(text, language))) {
                unchecked.add(text);
            }
        }
        Set<String> languages = new java.util.TreeSet<>();
        unchecked.forEach(text -> languages.add(Scripts.languageOf(text, language)));
        boolean loading = languages.stream().anyMatch(code -> aids.checks(code) && !aids.isLoaded(code));
        if (!unchecked.isEmpty()) {
            state.set(loading ? "Loading " + names(languages) + " (the first check takes a few seconds)…"
                    : "Checking…");
        }
        batch(paragraphs, language, List.copyOf(unchecked), 0, ready);
    }

    private void batch(List<String> paragraphs, String language, List<String> unchecked, int from,
            Consumer<List<Checked>> ready) {
        List<String> texts = unchecked.subList(from, Math.min(unchecked.size(), from + BATCH));
        WritingAids.Known lists = known;
        checks.submit(() -> {
            WritingAids.Known using = lists != null ? lists : aids.known(actor);
            Map<String, List<WritingIssue>> found = new java.util.HashMap<>();
            for (String text : texts) {
                found.put(text, aids.check(actor, text, language, using));
            }
            return Map.entry(using, found);
        }, result -> {
            known = result.getKey();
            result.getValue().forEach((text, issues) -> byText.put(key(text, language), issues));
            int next = from + BATCH;
            boolean more = next < unchecked.size() && queued == null;
            publish(paragraphs, language, ready, more ? String.format("Checking… %,d of %,d paragraphs", next,
                    unchecked.size()) : null);
            if (more) {
                batch(paragraphs, language, unchecked, next, ready);
            } else {
                finished();
            }
        }, failure -> {
            state.set("Not checked");
            finished();
            onError.accept(failure);
        });
    }

    /** Hands every paragraph's issues known so far to the editor, with the counts in the state. */
    private void publish(List<String> paragraphs, String language, Consumer<List<Checked>> ready, String progress) {
        List<Checked> checked = new ArrayList<>(paragraphs.size());
        int total = 0;
        Map<WritingIssue.Kind, Integer> kinds = new java.util.EnumMap<>(WritingIssue.Kind.class);
        Set<String> notChecked = new java.util.TreeSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            List<WritingIssue> issues = byText.getOrDefault(key(text, language), List.of()).stream()
                    .filter(issue -> !ignoredOnce.contains(onceKey(text, issue))).toList();
            checked.add(new Checked(i, text, issues));
            total += issues.size();
            issues.forEach(issue -> kinds.merge(issue.kind(), 1, Integer::sum));
            String code = Scripts.languageOf(text, language);
            if (!text.isBlank() && !aids.checks(code)) {
                notChecked.add(code);
            }
        }
        count.set(total);
        state.set(progress != null ? progress : describe(kinds) + (notChecked.isEmpty() ? ""
                : " · spelling not checked in " + String.join(", ", notChecked)));
        ready.accept(checked);
    }

    private void finished() {
        running = false;
        Runnable next = queued;
        queued = null;
        if (next != null) {
            next.run();
        }
    }

    private static String describe(Map<WritingIssue.Kind, Integer> kinds) {
        if (kinds.isEmpty()) {
            return "No writing issues";
        }
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(n + " " + switch (kind) {
            case SPELLING -> "spelling";
            case GRAMMAR -> "grammar";
            case STYLE -> "style";
        }));
        return String.join(" · ", parts);
    }

    private static String names(Set<String> codes) {
        return String.join(", ", codes.stream().map(code -> switch (code) {
            case "en" -> "English";
            case "fr" -> "French";
            case "ar" -> "Arabic";
            default -> code;
        }).toList());
    }

    private static String key(String text, String language) {
        return language + '\u0000' + text;
    }

    private static String onceKey(String text, WritingIssue issue) {
        return issue.rule() + '\u0000' + issue.from() + '\u0000' + text;
    }

    /** Ignore once: this mark, in this paragraph as it reads now, for the rest of the session. */
    public void ignoreOnce(String paragraphText, WritingIssue issue) {
        ignoredOnce.add(onceKey(paragraphText, issue));
    }

    /** Adds the word to the newsroom's dictionary (every seat); {@code then} rechecks. */
    public void addToDictionary(String word, Runnable then) {
        checks.submit(() -> aids.addWord(actor, word), added -> forgetAnd(then), onError);
    }

    /** Stops the rule for the newsroom (editors); {@code then} rechecks. */
    public void ignoreRule(String rule, Runnable then) {
        checks.submit(() -> aids.ignoreRule(actor, rule), ignored -> forgetAnd(then), onError);
    }

    private void forgetAnd(Runnable then) {
        known = null; // read again: another seat may have added words too
        byText.clear();
        then.run();
    }
}
