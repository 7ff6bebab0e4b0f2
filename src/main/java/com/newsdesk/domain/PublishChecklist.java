package com.newsdesk.domain;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Links;
import com.newsdesk.domain.document.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What to look at before an article goes out: problems that block publishing, and warnings. */
public final class PublishChecklist {
    public static final int HEADLINE_LIMIT = 255;
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![\\p{L}\\p{N}])TK(?![\\p{L}\\p{N}])");

    /** One finding; a blocking one stops publishing and scheduling. */
    public record Item(boolean blocking, String message) {}

    private PublishChecklist() {}

    public static List<Item> check(ArticleDraft draft, java.time.Instant now) {
        List<Item> items = new ArrayList<>();
        ArticleExtras extras = draft.extras();
        if (draft.headline().isBlank()) {
            items.add(new Item(true, "The headline is empty."));
        } else if (draft.headline().length() > HEADLINE_LIMIT) {
            items.add(new Item(true, "The headline is " + draft.headline().length() + " characters; the limit is "
                    + HEADLINE_LIMIT + "."));
        }
        if (draft.body().blocks().stream().allMatch(Block::isEmpty)) {
            items.add(new Item(true, "The body is empty."));
        }
        String everything = draft.headline() + "\n" + draft.dek() + "\n" + draft.body().plainText();
        if (PLACEHOLDER.matcher(everything).find()) {
            items.add(new Item(true, "\"TK\" placeholders are left in the text."));
        }
        for (Block block : draft.body().blocks()) {
            for (Run run : block.runs()) {
                if (run.isLink() && !Links.isSafe(run.href())) {
                    items.add(new Item(true, "The link \"" + run.text() + "\" goes to \"" + run.href()
                            + "\", which an article may not carry."));
                } else if (run.isLink() && run.href().matches("(?i)https?://[^/.]*(/.*)?")) {
                    items.add(new Item(true, "The link \"" + run.text() + "\" has no valid address (" + run.href()
                            + ")."));
                }
            }
        }
        overLimit(items, "excerpt", extras.excerpt(), ArticleExtras.EXCERPT_LIMIT);
        overLimit(items, "SEO title", extras.seoTitle(), ArticleExtras.SEO_TITLE_LIMIT);
        overLimit(items, "meta description", extras.metaDescription(), ArticleExtras.META_DESCRIPTION_LIMIT);
        if (extras.hasImage() && extras.imageAlt().isBlank()) {
            items.add(new Item(true, "The featured image has no alt text."));
        }
        if (extras.embargoAt() != null && extras.embargoAt().isAfter(now)) {
            items.add(new Item(true, "The article is under embargo until " + Timestamps.format(extras.embargoAt()) + "."));
        }
        if (draft.dek().isBlank()) {
            items.add(new Item(false, "There is no dek."));
        }
        if (draft.byline().isBlank()) {
            items.add(new Item(false, "There is no byline."));
        }
        return items;
    }

    public static List<Item> blocking(ArticleDraft draft, java.time.Instant now) {
        return check(draft, now).stream().filter(Item::blocking).toList();
    }

    private static void overLimit(List<Item> items, String field, String value, int limit) {
        if (value.length() > limit) {
            items.add(new Item(true, "The " + field + " is " + value.length() + " characters; the limit is " + limit + "."));
        }
    }
}
