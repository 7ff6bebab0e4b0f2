package com.newsdesk.domain;

/** Which articles a list shows and in what order; null or blank fields mean "any". */
public record ArticleFilter(ArticleStatus status, String section, String byline, String language, Order order) {
    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, Order.UPDATED);

    /** Most recently updated first, or most recently published first (unpublished last). */
    public enum Order { UPDATED, PUBLISHED }

    public ArticleFilter {
        section = blankToNull(section);
        byline = blankToNull(byline);
        language = blankToNull(language);
        order = order == null ? Order.UPDATED : order;
    }

    public static ArticleFilter ofStatus(ArticleStatus status) {
        return new ArticleFilter(status, null, null, null, Order.UPDATED);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
