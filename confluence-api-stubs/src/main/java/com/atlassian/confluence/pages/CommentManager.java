package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import java.util.Date;
import java.util.List;

/**
 * STUB (compile only). Confluence's manager for page comments, an OSGi service. Interface.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/10.1.2/com/atlassian/confluence/pages/CommentManager.html
 * (method summary: {@code @NonNull Comment addCommentToObject(ContentEntityObject ceo, @Nullable Comment parent, String content)},
 * {@code getComment(long id)}, {@code getPageComments(long pageId, Date since)} deprecated, {@code getPageLevelComments(...)}
 * (cut off in the copy read)); the other members from
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/pages/CommentManager.html. Notes section 7.
 *
 * <p>FLATTENED: the real interface extends {@code com.atlassian.confluence.core.ContentEntityManager}; the stub extends
 * nothing and declares only what the plugin calls.
 */
public interface CommentManager {

    /** Source: 10.1.2 page above (method summary); content is storage-format XHTML, parent may be null. */
    Comment addCommentToObject(ContentEntityObject ceo, Comment parent, String content);

    /** Source: 10.1.2 page above (method summary, "getComment(long id)"); return type from the 6.3.3 page. */
    Comment getComment(long id);

    /**
     * "The service get all page level comments". Source: 6.3.3 page above; the 10.1.2 summary lists a method starting
     * {@code getPageLeve...} (cut off), so the parameters are UNCONFIRMED for 10.x.
     */
    List<Comment> getPageLevelComments(long pageId, Date since);

    /** Source: 6.3.3 page above; also https://docs.atlassian.com/atlassian-confluence/5.1.4/com/atlassian/confluence/pages/CommentManager.html. UNCONFIRMED for 10.x. */
    void updateCommentContent(Comment comment, String content);

    /** Source: 6.3.3 page above; also the 5.1.4 page. UNCONFIRMED for 10.x. */
    void removeCommentFromObject(long id);
}
