package com.newsdesk.io;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.domain.SubscriberImportReport;

/** A subscriber import's counts as one JSON object, for scripts. */
public final class SubscriberReportJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SubscriberReportJson() {}

    /** {@code {"new":…,"updated":…,"unchanged":…,"duplicates":…,"invalid":…,"suppressed":…}} */
    public static String counts(SubscriberImportReport report) {
        ObjectNode counts = MAPPER.createObjectNode();
        for (SubscriberImportReport.Outcome outcome : SubscriberImportReport.Outcome.values()) {
            counts.put(outcome.code(), report.count(outcome));
        }
        return counts.toString();
    }
}
