package com.newsdesk.io.wordpress;

import java.util.List;

/**
 * What a publish sends to a WordPress post: {@code author} and {@code featuredMedia} 0 to leave them as they are,
 * {@code dateGmt} empty for none ({@code 2030-01-15T08:00:00}).
 */
public record PostFields(String title, String excerpt, String slug, String status, String content, long author,
        String dateGmt, List<Long> categories, List<Long> tags, long featuredMedia) {
    public PostFields {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }
}
