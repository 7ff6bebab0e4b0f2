package com.newsdesk.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.site.Site;
import com.newsdesk.domain.site.SyncReport;
import java.util.List;

/** What the {@code site} commands print with {@code --json}. */
public final class SiteJson {

    private SiteJson() {}

    /** {@code {"pulled":N,"pushed":N,"conflicts":N,"waiting":N}} (the notes and any problem go to standard error). */
    public static String sync(SyncReport report) {
        return com.newsdesk.io.wordpress.JsonTrees.text(com.newsdesk.io.wordpress.JsonTrees.object()
                .put("pulled", report.pulled()).put("pushed", report.pushed()).put("conflicts", report.conflicts())
                .put("waiting", report.waiting()));
    }

    /** {@code {"postId":N,"url":"…","status":"…"}} */
    public static String published(long postId, String url, String status) {
        return com.newsdesk.io.wordpress.JsonTrees.text(com.newsdesk.io.wordpress.JsonTrees.object().put("postId", postId).put("url", url).put("status", status));
    }

    /** The sites, without any password (none is kept). */
    public static String sites(List<Site> sites) {
        ArrayNode array = com.newsdesk.io.wordpress.JsonTrees.array();
        for (Site site : sites) {
            var node = array.addObject().put("name", site.name()).put("wordpress", site.url())
                    .put("user", site.username()).put("pulledTo", site.pulledTo());
            node.put("lastSync", site.lastSyncAt() == null ? null : Timestamps.format(site.lastSyncAt()));
            node.put("lastProblem", site.lastError());
        }
        return com.newsdesk.io.wordpress.JsonTrees.text(array);
    }
}
