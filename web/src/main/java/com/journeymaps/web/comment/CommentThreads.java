package com.journeymaps.web.comment;

import java.util.List;
import java.util.Map;

/**
 * The comment threads of one map as one reader sees them: whether they may comment at all, the threads (oldest
 * first, each with its replies), and how many open comments each item has (see {@link CommentService#openCounts}).
 */
public record CommentThreads(long pageId, String mapId, boolean canComment, List<CommentView> threads,
                             Map<String, Integer> openCounts) {

    public CommentThreads {
        threads = List.copyOf(threads);
        openCounts = Map.copyOf(openCounts);
    }
}
