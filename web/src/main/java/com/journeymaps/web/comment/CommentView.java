package com.journeymaps.web.comment;

import com.journeymaps.web.port.MapComment;
import java.util.List;

/**
 * A comment as one reader sees it: the comment, what that reader may do with it (edit and delete their own; resolve
 * or reopen a thread when they may comment), and, for a thread's first comment, its replies oldest first. Replies
 * carry no replies of their own here: a reply to a reply joins the same thread and names what it answered in
 * {@code parentId}.
 */
public record CommentView(MapComment comment, boolean canEdit, boolean canDelete, boolean canResolve,
                          List<CommentView> replies) {

    public CommentView {
        replies = List.copyOf(replies);
    }
}
