/**
 * The journey map as an immutable value: {@link com.journeymaps.core.model.JourneyMap} with its
 * personas, stages, lanes, touchpoints and flows. Records with value equality, defensively copied
 * lists, builders and {@code with…} methods for edits. Every element has a stable id made by
 * {@link com.journeymaps.core.model.Ids}; order is always the order of a list. Properties from a
 * newer format version ride along in each element's {@code extensions}.
 */
package com.journeymaps.core.model;
