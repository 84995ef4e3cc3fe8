/**
 * Reading and editing the journey-map and persona macros inside a Confluence page's storage format.
 *
 * <p>A page's storage body is XHTML-like text with undeclared entities and namespace prefixes, so it
 * is never parsed into a DOM and serialised again. {@link com.journeymaps.core.storage.StorageFormatCodec}
 * scans it once, remembers where each of our macros and its parts start and end, and edits by splicing
 * new text into exactly those ranges: every character outside the edited macro stays as it was.
 */
package com.journeymaps.core.storage;
