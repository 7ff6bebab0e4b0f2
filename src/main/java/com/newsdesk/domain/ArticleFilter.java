package com.newsdesk.domain;

/**
 * Which articles a list shows and in what order; null or blank fields mean "any". Stubs (articles a comment import
 * made to hang comments on) are listed only when {@code stubs} asks for them, and then alone; deleted drafts only
 * when {@code deleted} asks for the trash, and then alone.
 */
public record ArticleFilter(ArticleStatus status, String section, String byline, String language, Order order,
        boolean stubs, boolean deleted) {
    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, Order.UPDATED);

    /** Most recently updated first, or most recently published first (unpublished last). */
    public enum Order { UPDATED, PUBLISHED }

    public ArticleFilter {
        section = blankToNull(section);
        byline = blankToNull(byline);
        language = blankToNull(language);
        order = order == null ? Order.UPDATED : order;
    }

    /** Real articles only. */
    public ArticleFilter(ArticleStatus status, String section, String byline, String language, Order order) {
        this(status, section, byline, language, order, false, false);
    }

    public ArticleFilter(ArticleStatus status, String section, String byline, String language, Order order,
            boolean stubs) {
        this(status, section, byline, language, order, stubs, false);
    }

    /** The same filter over the stubs instead of the real articles, or back. */
    public ArticleFilter withStubs(boolean onlyStubs) {
        return new ArticleFilter(status, section, byline, language, order, onlyStubs, deleted);
    }

    /** The same filter over the trash instead of the articles, or back. */
    public ArticleFilter withDeleted(boolean onlyDeleted) {
        return new ArticleFilter(status, section, byline, language, order, stubs, onlyDeleted);
    }

    public static ArticleFilter ofStatus(ArticleStatus status) {
        return new ArticleFilter(status, null, null, null, Order.UPDATED);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
