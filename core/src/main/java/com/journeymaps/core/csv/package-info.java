/**
 * Touchpoints as a CSV table for spreadsheets: export, and an all-or-nothing import that is
 * previewed before it is applied. {@link com.journeymaps.core.csv.TouchpointCsv}; the format is
 * described for users in {@code docs/csv-format.md}.
 */
package com.journeymaps.core.csv;
