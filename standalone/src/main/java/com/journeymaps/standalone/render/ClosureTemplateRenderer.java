package com.journeymaps.standalone.render;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.tofu.SoyTofu;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.render.TemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.data.SoyCustomValueConverter;
import com.google.template.soy.data.SoyValueConverter;
import com.google.template.soy.data.SoyValueProvider;
import com.google.template.soy.data.UnsafeSanitizedContentOrdainer;
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
                // TrustedHtml becomes sanitized HTML where Soy converts the data, lazily, instead of
                // in a copy of the whole view model made before each render (a tenth of a large
                // map's render, JFR, docs/performance.md)
                bind(new TypeLiteral<List<SoyCustomValueConverter>>() { })
                        .toInstance(List.of(ClosureTemplateRenderer::convertTrustedHtml));
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

    /** Soy's hook for values it does not know: a {@link TrustedHtml} is embedded as markup, anything else is not ours. */
    private static SoyValueProvider convertTrustedHtml(SoyValueConverter converter, Object value) {
        return value instanceof TrustedHtml trusted
                ? UnsafeSanitizedContentOrdainer.ordainAsSafe(trusted.html(), SanitizedContent.ContentKind.HTML)
                : null;
    }

    @Override
    public String render(String templateName, Map<String, Object> data) {
        try {
            return tofu.newRenderer(templateName).setData(data).render();
        } catch (RuntimeException e) {
            throw new TemplateRenderingException(templateName, String.valueOf(e.getMessage()), e);
        }
    }
}
