package com.newsdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts (longest common subsequence over words and the spaces between them),
 * for comparing revisions side by side.
 */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");
    private static final Pattern LINE = Pattern.compile("[^\n]*\n|[^\n]+$");
    /** Cells of the comparison table at most (4 M ints = 16 MB); larger texts are compared line by line first. */
    private static final long MAX_CELLS = 4_000_000L;

    /** A piece of either text: kept in both, only in the old one, or only in the new one. */
    public enum Kind { SAME, REMOVED, ADDED }

    public record Piece(Kind kind, String text) {}

    private WordDiff() {}

    public static List<Piece> between(String before, String after) {
        List<String> words = tokens(TOKEN, before);
        List<String> otherWords = tokens(TOKEN, after);
        if ((long) words.size() * otherWords.size() <= MAX_CELLS) {
            return diff(words, otherWords);
        }
        List<String> lines = tokens(LINE, before);
        List<String> otherLines = tokens(LINE, after);
        if ((long) lines.size() * otherLines.size() > MAX_CELLS) {
            return List.of(new Piece(Kind.REMOVED, before), new Piece(Kind.ADDED, after));
        }
        List<Piece> byLine = diff(lines, otherLines);
        List<Piece> pieces = new ArrayList<>();
        for (int k = 0; k < byLine.size(); k++) {
            Piece piece = byLine.get(k);
            Piece next = k + 1 < byLine.size() ? byLine.get(k + 1) : null;
            if (piece.kind() == Kind.REMOVED && next != null && next.kind() == Kind.ADDED
                    && (long) tokens(TOKEN, piece.text()).size() * tokens(TOKEN, next.text()).size() <= MAX_CELLS) {
                diff(tokens(TOKEN, piece.text()), tokens(TOKEN, next.text())).forEach(p -> add(pieces, p.kind(), p.text()));
                k++;
            } else {
                add(pieces, piece.kind(), piece.text());
            }
        }
        return pieces;
    }

    private static List<Piece> diff(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(pieces, Kind.SAME, a.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                add(pieces, Kind.REMOVED, a.get(i++));
            } else {
                add(pieces, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(pieces, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(pieces, Kind.ADDED, b.get(j++));
        }
        return pieces;
    }

    private static void add(List<Piece> pieces, Kind kind, String text) {
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    private static List<String> tokens(Pattern pattern, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
