package com.journeymaps.standalone.render;

import java.util.Objects;

/**
 * HTML that our own templates produced (a rendered macro), handed back to another template to be
 * embedded as markup rather than escaped as text. Only ever made from {@code TemplateRenderer}
 * output; user data never becomes one.
 */
public record TrustedHtml(String html) {

    public TrustedHtml {
        Objects.requireNonNull(html, "html");
    }
}
