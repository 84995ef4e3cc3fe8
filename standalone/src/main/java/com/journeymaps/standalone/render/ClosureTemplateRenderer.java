package com.journeymaps.standalone.render;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.tofu.SoyTofu;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.render.TemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.data.UnsafeSanitizedContentOrdainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The standalone server's {@link TemplateRenderer}: Google's Closure Templates, release 2017-08-08,
 * the last that accepts the dialect Confluence's own Soy renderer speaks (see docs/soy.md). All
 * templates under {@value #TEMPLATE_FOLDER} on the classpath are compiled once, at construction, with
 * strict autoescaping required; a template that does not compile stops the server from starting.
 */
public final class ClosureTemplateRenderer implements TemplateRenderer {

    /** Where every module keeps its Soy templates, in feature folders. */
    public static final String TEMPLATE_FOLDER = "journeymaps/ui";

    private final SoyTofu tofu;
    private final Set<String> templateFiles;

    /**
     * @param texts the i18n texts of the request being rendered (the caller's language); called on
     *              the rendering thread for every {@code getText}
     */
    public ClosureTemplateRenderer(Supplier<Texts> texts) {
        this(texts, ClosureTemplateRenderer.class.getClassLoader());
    }

    ClosureTemplateRenderer(Supplier<Texts> texts, ClassLoader loader) {
        Map<String, String> sources = SoySources.find(loader, TEMPLATE_FOLDER);
        if (sources.isEmpty()) {
            throw new IllegalStateException("no Soy templates found under " + TEMPLATE_FOLDER + " on the classpath");
        }
        GetTextFunction getText = new GetTextFunction(texts);
        SoyFileSet.Builder builder = Guice.createInjector(new SoyModule(), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), SoyFunction.class).addBinding().toInstance(getText);
            }
        }).getInstance(SoyFileSet.Builder.class);
        builder.setStrictAutoescapingRequired(true);
        sources.forEach((path, source) -> builder.add(source, path));
        this.tofu = builder.build().compileToTofu();
        this.templateFiles = sources.keySet();
    }

    /** The template files compiled, by classpath path (for diagnostics and tests). */
    public Set<String> templateFiles() {
        return templateFiles;
    }

    /**
     * Replaces every {@link TrustedHtml} in the data (at any depth) by Soy's sanitized HTML, so the
     * template embeds it as markup; everything else stays a plain value that strict autoescaping escapes.
     */
    static Object ordainTrustedHtml(Object value) {
        if (value instanceof TrustedHtml trusted) {
            return UnsafeSanitizedContentOrdainer.ordainAsSafe(trusted.html(), SanitizedContent.ContentKind.HTML);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), ordainTrustedHtml(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(ordainTrustedHtml(item)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ordainTrustedHtml(Map<String, Object> data) {
        return (Map<String, Object>) ordainTrustedHtml((Object) data);
    }

    @Override
    public String render(String templateName, Map<String, Object> data) {
        try {
            return tofu.newRenderer(templateName).setData(ordainTrustedHtml(data)).render();
        } catch (RuntimeException e) {
            throw new TemplateRenderingException(templateName, String.valueOf(e.getMessage()), e);
        }
    }
}
