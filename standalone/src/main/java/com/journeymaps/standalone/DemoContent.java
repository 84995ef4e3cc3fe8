package com.journeymaps.standalone;

import com.journeymaps.standalone.store.PageStore;

/**
 * The demo space a fresh server starts with, so a first visitor has something to look at. Created
 * only when the database holds no page at all; an existing installation is never touched.
 */
final class DemoContent {

    static final String SPACE_KEY = "DEMO";
    static final String AUTHOR = "system";

    private DemoContent() {
    }

    /** Seeds the demo space and returns whether it did. */
    static boolean seedIfEmpty(PageStore pages) {
        if (pages.countPages() > 0) {
            return false;
        }
        PageStore.Space space = pages.space(SPACE_KEY).orElseGet(() -> pages.createSpace(SPACE_KEY, "Demo space"));
        pages.createPage(space, "Online store: customer journey", """
                <p>How a first-time customer finds, buys from and returns to our online store.</p>
                <ac:structured-macro ac:name="journey-map" ac:schema-version="1"><ac:parameter ac:name="map-id">jm-demo-store</ac:parameter><ac:plain-text-body><![CDATA[]]></ac:plain-text-body></ac:structured-macro>
                """, AUTHOR, "Demo content");
        return true;
    }
}
