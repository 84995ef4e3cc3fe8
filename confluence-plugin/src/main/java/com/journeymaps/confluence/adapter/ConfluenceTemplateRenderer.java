package com.journeymaps.confluence.adapter;

import com.atlassian.soy.renderer.SoyException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.journeymaps.web.render.TemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
import java.util.Map;
import java.util.Objects;

/**
 * {@link TemplateRenderer} on Confluence's own Soy renderer. Our templates are declared as
 * {@code type="soy"} resources of one web-resource module; Confluence supplies {@code getText}.
 */
public final class ConfluenceTemplateRenderer implements TemplateRenderer {

    private final SoyTemplateRenderer soy;
    private final String templatesModuleKey;

    /**
     * @param templatesModuleKey complete key of the web-resource that holds the templates,
     *                           {@code <plugin key>:journeymaps-soy}
     */
    public ConfluenceTemplateRenderer(SoyTemplateRenderer soy, String templatesModuleKey) {
        this.soy = Objects.requireNonNull(soy, "soy");
        this.templatesModuleKey = Objects.requireNonNull(templatesModuleKey, "templatesModuleKey");
    }

    @Override
    public String render(String templateName, Map<String, Object> data) {
        try {
            return soy.render(templatesModuleKey, templateName, data);
        } catch (SoyException e) {
            throw new TemplateRenderingException(templateName, String.valueOf(e.getMessage()), e);
        }
    }
}
