package com.newsdesk.domain.offline;

/**
 * A change a return applied at the source: what came of it ({@code outcome}, as the return reports it), the row it
 * made or changed and that row's version after it.
 */
public record AppliedReturn(String outcome, long resultId, long resultVersion) {}
