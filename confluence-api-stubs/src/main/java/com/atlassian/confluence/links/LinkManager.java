package com.atlassian.confluence.links;

import com.atlassian.confluence.core.ContentEntityObject;
import java.util.Collection;

/**
 * STUB (compile only). The links between content that Confluence records when content is saved. Interface, an OSGi
 * service.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/links/LinkManager.html
 * (notes section 10). UNCONFIRMED for 10.x.
 */
public interface LinkManager {

    /** The content whose body links {@code content}. Source: 7.19.14 page above. */
    Collection<ContentEntityObject> getReferringContent(ContentEntityObject content);
}
