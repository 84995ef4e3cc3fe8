/**
 * View models: what the Soy templates receive. Each builds plain maps, lists, strings, numbers and
 * booleans from the domain (never {@code null}, never markup), limits links to http, https and
 * mailto, and computes SVG geometry as numbers, so that the templates only lay out and escape.
 */
package com.journeymaps.web.render.view;
