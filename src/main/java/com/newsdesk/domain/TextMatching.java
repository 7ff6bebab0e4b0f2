package com.newsdesk.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How moderation rules read reader text. Text is folded before matching: compatibility forms (full-width letters)
 * become plain ones, case is ignored, accents and Arabic vowel marks and the tatweel are dropped, so "CAFÉ",
 * "café" and "cafe" read alike and so do "كَلْب" and "كلب". A word matches only as a whole word: the characters
 * around it must not be letters, digits or marks of any script.
 */
public final class TextMatching {
    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\u0640]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED_ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");
    private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>]*>(?:.*?</a\\s*>)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("(?:(?:https?|hxxps?|ftp)://|www\\.)[^\\s<>\"']+");
    /** An address without a scheme, such as "cheap-pills.example.com/buy", in a common top-level domain. */
    private static final Pattern BARE_DOMAIN = Pattern.compile("(?<![\\p{L}\\p{N}@._-])(?:[a-z0-9](?:[a-z0-9-]*"
            + "[a-z0-9])?\\.)+(?:com|net|org|info|biz|ru|cn|xyz|top|io|co|me|ly|tk|online|site|club|shop|link|click"
            + "|store|live|us|uk|de|fr)(?![\\p{L}\\p{N}-])(?:/[^\\s<>\"']*)?");
    /** "example[.]com", "example (dot) com": dots written to slip past a link count. */
    private static final Pattern WRITTEN_DOT = Pattern.compile("\\s*(?:\\[\\.]|\\(\\.\\)|\\[dot]|\\(dot\\))\\s*");
    private static final Pattern SCRIPT = Pattern.compile(
            "<\\s*(?:script|iframe|object|embed)\\b|<[^>]*\\bon[a-z]+\\s*=|javascript\\s*:|vbscript\\s*:",
            Pattern.CASE_INSENSITIVE);

    private TextMatching() {}

    /** The text as rules compare it. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) { // nothing to normalise: most comments take this path
            return WHITE_SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String bare = MARKS.matcher(Normalizer.normalize(compatible, Normalizer.Form.NFD)).replaceAll("");
        return WHITE_SPACE.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).replaceAll(" ");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ways a comment body can be read, folded: with entities decoded and tags read as spaces ("a<br>b" is two
     * words), and with tags removed, so that a word split by an empty tag ("vi<b></b>agra") is still found.
     */
    public static List<String> readings(String body) {
        String decoded = decodeEntities(body == null ? "" : body);
        String spaced = fold(TAG.matcher(decoded).replaceAll(" "));
        String joined = fold(TAG.matcher(decoded).replaceAll(""));
        return spaced.equals(joined) ? List.of(spaced) : List.of(spaced, joined);
    }

    /** Decodes numeric character references and the common named entities; others stay as written. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.startsWith("#")) {
                int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : matcher.group();
            } else {
                replacement = NAMED_ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Links in a comment, in the forms spammers write them: HTML anchors (with whatever they enclose), web addresses
     * with a scheme or "www.", bare domains, full-width letters and "[.]" dots.
     */
    public static int countLinks(String body) {
        String text = fold(decodeEntities(body == null ? "" : body));
        int count = 0;
        Matcher anchors = ANCHOR.matcher(text);
        while (anchors.find()) {
            count++;
        }
        String rest = TAG.matcher(anchors.replaceAll(" ")).replaceAll(" ");
        rest = WRITTEN_DOT.matcher(rest).replaceAll(".");
        Matcher urls = URL.matcher(rest);
        while (urls.find()) {
            count++;
        }
        Matcher bare = BARE_DOMAIN.matcher(urls.replaceAll(" "));
        while (bare.find()) {
            count++;
        }
        return count;
    }

    /** Whether the text holds HTML that a careless page would run: script tags, event attributes, script links. */
    public static boolean mayRunScript(String body) {
        return body != null && SCRIPT.matcher(decodeEntities(body)).find();
    }

    /**
     * Words and phrases to find as whole words; reports the first found as the user wrote it. The text is cut into
     * words (runs of letters, digits and marks of any script) and each run of up to the longest phrase's length is
     * looked up in a hash map: the cost grows with the text, not with the number of entries.
     */
    public static final class WordSet {
        private final Map<String, String> written = new HashMap<>();
        private int longestPhrase;

        public WordSet(List<String> words) {
            for (String word : words) {
                List<String> tokens = tokens(fold(word.strip()));
                if (!tokens.isEmpty()) {
                    written.putIfAbsent(String.join(" ", tokens), word.strip());
                    longestPhrase = Math.max(longestPhrase, tokens.size());
                }
            }
        }

        /** The first listed word in the text (folded here), as the user wrote it. */
        public Optional<String> firstIn(String text) {
            return written.isEmpty() || text == null ? Optional.empty() : find(fold(text));
        }

        /** The first listed word in any of the readings (already folded). */
        public Optional<String> firstIn(List<String> foldedReadings) {
            if (written.isEmpty()) {
                return Optional.empty();
            }
            for (String reading : foldedReadings) {
                Optional<String> found = find(reading);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private Optional<String> find(String folded) {
            List<String> tokens = tokens(folded);
            for (int start = 0; start < tokens.size(); start++) {
                StringBuilder phrase = new StringBuilder();
                for (int length = 1; length <= longestPhrase && start + length <= tokens.size(); length++) {
                    if (length > 1) {
                        phrase.append(' ');
                    }
                    phrase.append(tokens.get(start + length - 1));
                    String found = written.get(phrase.toString());
                    if (found != null) {
                        return Optional.of(found);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** The words of a folded text: runs of letters, digits, marks and underscores, in any script. */
    static List<String> tokens(String folded) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int codePoint = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(codePoint) || codePoint == '_'
                    || Character.getType(codePoint) == Character.NON_SPACING_MARK
                    || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK;
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                tokens.add(folded.substring(start, i));
                start = -1;
            }
            i += i < folded.length() ? Character.charCount(codePoint) : 1;
        }
        return tokens;
    }
}
