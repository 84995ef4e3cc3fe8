/**
 * The built-in starting maps (B2C, e-commerce, B2B SaaS, service blueprint, blank), worded from
 * the i18n bundle: {@link com.journeymaps.core.template.Templates}.
 */
package com.journeymaps.core.template;
