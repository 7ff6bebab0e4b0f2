package com.newsdesk.domain;

/** An article found by a search, with a snippet of the match ([…] marks the matched words); rank order. */
public record SearchHit(ArticleSummary article, String snippet) {
}
