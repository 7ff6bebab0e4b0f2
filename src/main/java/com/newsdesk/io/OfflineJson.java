package com.newsdesk.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What {@code offline take} and {@code offline return} print with {@code --json}. */
public final class OfflineJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OfflineJson() {}

    /** {@code {"articles":N,"comments":N,"alongWithComments":N,"alreadyOffline":N}} */
    public static String taken(int articles, int comments, int alongWithComments, int alreadyOffline) {
        return MAPPER.createObjectNode().put("articles", articles).put("comments", comments)
                .put("alongWithComments", alongWithComments).put("alreadyOffline", alreadyOffline).toString();
    }

    /**
     * {@code {"articles":{"saved":N,"conflicts":N,"new":N,"unchanged":N,"refused":N},
     * "decisions":{"saved":N,"lost":N},"replies":N}}
     */
    public static String returned(int saved, int conflicts, int created, int unchanged, int refused,
            int decisionsSaved, int decisionsLost, int replies) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("articles").put("saved", saved).put("conflicts", conflicts).put("new", created)
                .put("unchanged", unchanged).put("refused", refused);
        root.putObject("decisions").put("saved", decisionsSaved).put("lost", decisionsLost);
        root.put("replies", replies);
        return root.toString();
    }
}
