package com.newsdesk.domain.offline;

import com.newsdesk.domain.CommentStatus;

/** A taken comment in the offline file: its id at the source and the status the moderator saw there. */
public record TakenComment(long localId, long sourceId, CommentStatus seenStatus) {}
