package com.newsdesk.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsdesk.domain.SearchHit;
import com.newsdesk.domain.Timestamps;
import java.util.List;

/** A list of articles (or search hits, in rank order) as JSON for scripts. */
public final class ArticleListJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleListJson() {}

    public static String write(List<SearchHit> hits) {
        ArrayNode list = MAPPER.createArrayNode();
        for (SearchHit hit : hits) {
            ObjectNode item = list.addObject();
            item.put("id", hit.article().id());
            item.put("slug", hit.article().slug());
            item.put("headline", hit.article().headline());
            item.put("byline", hit.article().byline());
            item.put("section", hit.article().section());
            item.put("language", hit.article().language());
            item.put("status", hit.article().status().code());
            if (hit.article().changesPending()) {
                item.put("changesPending", true);
            }
            if (!hit.article().offlineWith().isEmpty()) {
                item.put("offlineWith", hit.article().offlineWith());
            }
            if (hit.article().inConflict()) {
                item.put("conflict", true);
            }
            item.put("updatedAt", Timestamps.format(hit.article().updatedAt()));
            item.put("publishedAt", Timestamps.format(hit.article().publishedAt()));
            if (hit.snippet() != null) {
                item.put("snippet", hit.snippet());
            }
        }
        return list.toPrettyString();
    }

    /** {@code {"id":…,"slug":…}} of an article just made. */
    public static String idAndSlug(long id, String slug) {
        return MAPPER.createObjectNode().put("id", id).put("slug", slug).toString();
    }
}
