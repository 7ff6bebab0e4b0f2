package com.newsdesk.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.domain.CodedEnum;
import com.newsdesk.domain.NewsroomStats;
import java.util.Map;

/** Counts per table and status as JSON, for scripts. */
public final class StatsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatsJson() {}

    public static String write(NewsroomStats stats) {
        ObjectNode root = MAPPER.createObjectNode();
        table(root.putObject("articles"), stats.articles(), stats.articleCount());
        table(root.putObject("comments"), stats.comments(), stats.commentCount());
        table(root.putObject("subscribers"), stats.subscribers(), stats.subscriberCount());
        return root.toPrettyString();
    }

    private static void table(ObjectNode node, Map<? extends CodedEnum, Long> counts, long total) {
        node.put("total", total);
        ObjectNode byStatus = node.putObject("byStatus");
        counts.forEach((status, count) -> byStatus.put(status.code(), count));
    }
}
