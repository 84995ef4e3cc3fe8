package com.atlassian.confluence.core;

/**
 * STUB (compile only). Confluence's store of string and text properties attached to content (a page, a comment), an OSGi
 * service. Interface.
 *
 * <p>Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.3/com/atlassian/confluence/core/ContentPropertyManager.html
 * (notes section 6; imported by Atlassian's demo plugin for Confluence 10.0). String properties hold at most 255
 * characters; text properties are long text.
 */
public interface ContentPropertyManager {

    /** "Get a string property associated with a content entity object, or null if that property is not set." Source: 7.16.3 page above. */
    String getStringProperty(ContentEntityObject entity, String key);

    /** Source: 7.16.3 page above. */
    void setStringProperty(ContentEntityObject entity, String key, String value);

    /** "Get a text property associated with a content entity object, or null if that property is not set." Source: 7.16.3 page above. */
    String getTextProperty(ContentEntityObject entity, String key);

    /** Source: 7.16.3 page above. */
    void setTextProperty(ContentEntityObject entity, String key, String value);

    /** "Remove the property associated with the content entity object." Source: 7.16.3 page above. */
    void removeProperty(ContentEntityObject entity, String key);
}
