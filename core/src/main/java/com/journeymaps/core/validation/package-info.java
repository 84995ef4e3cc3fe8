/**
 * What makes a map valid and how problems are told to users:
 * {@link com.journeymaps.core.validation.MapValidator} reports every
 * {@link com.journeymaps.core.validation.Problem} at once, each at a JSON Pointer with an i18n
 * message; {@link com.journeymaps.core.validation.Limits} bounds the size of a map.
 */
package com.journeymaps.core.validation;
