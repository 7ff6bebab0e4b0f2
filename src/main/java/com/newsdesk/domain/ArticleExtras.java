package com.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What a site needs besides the text: an excerpt (300 characters), a search-engine title (300) and description
 * (500), a featured image (a file in the newsroom's assets folder, with alt text and a caption) and an embargo time
 * before which the article must not go out. {@code stubOf} is not empty only for a stub: an article a comment import
 * made to hang a site's comments on, never published; it says what the post was at its source
 * ("wordpress:publish", "wordpress:private", "wordpress:publish+password").
 */
public record ArticleExtras(String excerpt, String seoTitle, String metaDescription, String imageFile,
        String imageAlt, String imageCaption, Instant embargoAt, String stubOf) {
    public static final ArticleExtras NONE = new ArticleExtras("", "", "", "", "", "", null, "");
    public static final int EXCERPT_LIMIT = 300;
    public static final int SEO_TITLE_LIMIT = 300;
    public static final int META_DESCRIPTION_LIMIT = 500;

    public ArticleExtras {
        excerpt = Objects.requireNonNullElse(excerpt, "");
        seoTitle = Objects.requireNonNullElse(seoTitle, "");
        metaDescription = Objects.requireNonNullElse(metaDescription, "");
        imageFile = Objects.requireNonNullElse(imageFile, "");
        imageAlt = Objects.requireNonNullElse(imageAlt, "");
        imageCaption = Objects.requireNonNullElse(imageCaption, "");
        stubOf = Objects.requireNonNullElse(stubOf, "");
    }

    /** Extras of a real article (not a stub). */
    public ArticleExtras(String excerpt, String seoTitle, String metaDescription, String imageFile, String imageAlt,
            String imageCaption, Instant embargoAt) {
        this(excerpt, seoTitle, metaDescription, imageFile, imageAlt, imageCaption, embargoAt, "");
    }

    /** Extras that mark a stub made from a post with this status at its source. */
    public static ArticleExtras stub(String stubOf) {
        return new ArticleExtras("", "", "", "", "", "", null, stubOf);
    }

    public boolean isStub() { return !stubOf.isEmpty(); }

    public boolean hasImage() { return !imageFile.isEmpty(); }

    public ArticleExtras withImage(String file) {
        return new ArticleExtras(excerpt, seoTitle, metaDescription, file, imageAlt, imageCaption, embargoAt, stubOf);
    }
}
