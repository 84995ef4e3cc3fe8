/**
 * The stored JSON form of a map: {@link com.journeymaps.core.json.JourneyMapJson} reads (with
 * limits, migrations from older schema versions and full problem reporting, never throwing for bad
 * input) and writes it. The format is documented in {@code docs/schema/journey-map-v1.schema.json}.
 */
package com.journeymaps.core.json;
