package com.newsdesk.domain.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One block of an article body. Its runs are kept in canonical form, so two blocks that read and look the same are
 * equal: white space is folded to single spaces and trimmed at the block's ends (as HTML reads it), empty runs are
 * dropped, and neighbouring runs of the same format are joined.
 */
public record Block(BlockType type, List<Run> runs) {

    public Block {
        Objects.requireNonNull(type, "type");
        runs = canonical(runs);
    }

    public static Block of(BlockType type, Run... runs) {
        return new Block(type, List.of(runs));
    }

    public static Block paragraph(String text) {
        return of(BlockType.PARAGRAPH, Run.plain(text));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    public boolean isEmpty() { return runs.isEmpty(); }

    private static List<Run> canonical(List<Run> runs) {
        List<Run> result = new ArrayList<>(runs.size());
        boolean lastWasSpace = true; // folds white space at the start of the block away
        for (Run run : runs) {
            StringBuilder text = new StringBuilder(run.text().length());
            for (int i = 0; i < run.text().length(); i++) {
                char c = run.text().charAt(i);
                boolean space = c == ' ';
                if (space && lastWasSpace) {
                    continue;
                }
                text.append(c);
                lastWasSpace = space;
            }
            if (text.isEmpty()) {
                continue;
            }
            Run folded = run.withText(text.toString());
            int last = result.size() - 1;
            if (last >= 0 && result.get(last).sameFormatAs(folded)) {
                result.set(last, folded.withText(result.get(last).text() + folded.text()));
            } else {
                result.add(folded);
            }
        }
        trimEnd(result);
        return List.copyOf(result);
    }

    private static void trimEnd(List<Run> runs) {
        while (!runs.isEmpty()) {
            int last = runs.size() - 1;
            String text = runs.get(last).text();
            if (!text.endsWith(" ")) {
                return;
            }
            String trimmed = text.substring(0, text.length() - 1);
            if (trimmed.isEmpty()) {
                runs.remove(last);
            } else {
                runs.set(last, runs.get(last).withText(trimmed));
                return;
            }
        }
    }
}
