package com.newsdesk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The newsroom's moderation rules, as WordPress moderators know them: blocked words, addresses, domains and IPs send
 * a comment to spam; suspect words, too many links, a missing name or an invalid address hold it for a moderator; an
 * author with an approved comment is approved. Words ignore case and accents and match whole words only, in any
 * script (see {@link TextMatching}).
 */
public final class CommentRules {
    /** WordPress holds a comment with 2 or more links by default. */
    public static final int DEFAULT_LINK_LIMIT = 2;

    /** A list of values the rules hold, with its name in the database. */
    public enum Kind implements CodedEnum {
        BLOCKED_WORD("blocked_word", "Blocked words"),
        BLOCKED_EMAIL("blocked_email", "Blocked emails"),
        BLOCKED_DOMAIN("blocked_domain", "Blocked email domains"),
        BLOCKED_IP("blocked_ip", "Blocked IPs"),
        SUSPECT_WORD("suspect_word", "Suspect words");

        private final String code;
        private final String title;

        Kind(String code, String title) {
            this.code = code;
            this.title = title;
        }

        @Override
        public String code() { return code; }

        public String title() { return title; }

        public static Kind fromCode(String code) { return CodedEnum.fromCode(Kind.class, code); }
    }

    /** Where the rules sorted a comment and why; the reason is stored with the comment. */
    public record Verdict(CommentStatus status, String reason) {}

    private final Map<Kind, List<String>> lists;
    private final int linkLimit;
    private final boolean approveKnownAuthors;
    private final TextMatching.WordSet blockedWords;
    private final TextMatching.WordSet suspectWords;

    public CommentRules(Map<Kind, ? extends Collection<String>> lists, int linkLimit, boolean approveKnownAuthors) {
        if (linkLimit < 1) {
            throw new InvalidInputException("linkLimit", "the number of links that holds a comment must be 1 or more");
        }
        EnumMap<Kind, List<String>> cleaned = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            LinkedHashSet<String> values = new LinkedHashSet<>();
            Collection<String> given = lists.get(kind);
            for (String value : given == null ? List.<String>of() : given) {
                String trimmed = value.strip();
                if (!trimmed.isEmpty()) {
                    values.add(kind == Kind.BLOCKED_WORD || kind == Kind.SUSPECT_WORD ? trimmed
                            : trimmed.toLowerCase(java.util.Locale.ROOT));
                }
            }
            cleaned.put(kind, List.copyOf(values));
        }
        cleaned.get(Kind.BLOCKED_IP).forEach(IpRanges::check);
        this.lists = cleaned;
        this.linkLimit = linkLimit;
        this.approveKnownAuthors = approveKnownAuthors;
        this.blockedWords = new TextMatching.WordSet(cleaned.get(Kind.BLOCKED_WORD));
        this.suspectWords = new TextMatching.WordSet(cleaned.get(Kind.SUSPECT_WORD));
    }

    public static CommentRules defaults() {
        return new CommentRules(Map.of(), DEFAULT_LINK_LIMIT, true);
    }

    public List<String> list(Kind kind) { return lists.get(kind); }

    public Map<Kind, List<String>> lists() { return lists; }

    public int linkLimit() { return linkLimit; }

    public boolean approveKnownAuthors() { return approveKnownAuthors; }

    public CommentRules with(Kind kind, Collection<String> values) {
        EnumMap<Kind, List<String>> changed = new EnumMap<>(lists);
        changed.put(kind, List.copyOf(values));
        return new CommentRules(changed, linkLimit, approveKnownAuthors);
    }

    /**
     * Sorts a new comment. {@code authorHasApprovedComment} says whether an earlier comment from the same address was
     * approved.
     */
    public Verdict judge(String authorName, String authorEmail, String authorIp, String body,
            boolean authorHasApprovedComment) {
        String email = EmailAddresses.clean(authorEmail).toLowerCase(java.util.Locale.ROOT);
        if (lists.get(Kind.BLOCKED_EMAIL).contains(email)) {
            return new Verdict(CommentStatus.SPAM, "blocked email " + email);
        }
        Optional<String> domain = blockedDomainOf(email);
        if (domain.isPresent()) {
            return new Verdict(CommentStatus.SPAM, "blocked email domain " + domain.get());
        }
        Optional<String> ip = lists.get(Kind.BLOCKED_IP).stream()
                .filter(range -> IpRanges.contains(range, authorIp)).findFirst();
        if (ip.isPresent()) {
            return new Verdict(CommentStatus.SPAM, "blocked IP " + ip.get());
        }
        List<String> texts = TextMatching.readings(body);
        Optional<String> blocked = blockedWords.firstIn(authorName).or(() -> blockedWords.firstIn(email))
                .or(() -> blockedWords.firstIn(texts));
        if (blocked.isPresent()) {
            return new Verdict(CommentStatus.SPAM, "blocked word “" + blocked.get() + "”");
        }

        List<String> held = new ArrayList<>();
        if (authorName == null || authorName.isBlank()) {
            held.add("no name");
        }
        EmailAddresses.problem(email).ifPresent(problem -> held.add(
                email.isEmpty() ? "no email address" : "invalid email address: " + problem));
        if (TextMatching.mayRunScript(body)) {
            held.add("HTML that could run a script");
        }
        suspectWords.firstIn(authorName).or(() -> suspectWords.firstIn(texts))
                .ifPresent(word -> held.add("suspect word “" + word + "”"));
        int links = TextMatching.countLinks(body);
        if (links >= linkLimit) {
            held.add(links + (links == 1 ? " link" : " links") + " (" + linkLimit + " or more are held)");
        }
        if (!held.isEmpty()) {
            return new Verdict(CommentStatus.PENDING, String.join("; ", held));
        }
        if (approveKnownAuthors && authorHasApprovedComment) {
            return new Verdict(CommentStatus.APPROVED, "an earlier comment by this author was approved");
        }
        return new Verdict(CommentStatus.PENDING, approveKnownAuthors ? "first comment from this address" : null);
    }

    private Optional<String> blockedDomainOf(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String domain = email.substring(at + 1);
        return lists.get(Kind.BLOCKED_DOMAIN).stream()
                .map(blocked -> blocked.startsWith("@") ? blocked.substring(1) : blocked)
                .filter(blocked -> domain.equals(blocked) || domain.endsWith("." + blocked))
                .findFirst();
    }
}
