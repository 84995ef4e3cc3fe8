package com.journeymaps.web.render;

/** A template could not be found or rendered. Carries the template's name; never user data. */
public class TemplateRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateName;

    public TemplateRenderingException(String templateName, String message, Throwable cause) {
        super("Template " + templateName + ": " + message, cause);
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
