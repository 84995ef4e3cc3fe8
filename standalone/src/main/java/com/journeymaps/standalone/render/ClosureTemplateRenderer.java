package com.journeymaps.standalone.render;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.SoyModule;
import com.google.template.soy.shared.restricted.SoyFunction;
import com.google.template.soy.jbcsrc.api.AdvisingAppendable;
import com.google.template.soy.jbcsrc.api.RenderResult;
import com.google.template.soy.jbcsrc.api.SoySauce;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.web.render.TemplateRenderer;
import com.journeymaps.web.render.TemplateRenderingException;
import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.data.SoyCustomValueConverter;
import com.google.template.soy.data.SoyValueConverter;
import com.google.template.soy.data.SoyValueProvider;
import com.google.template.soy.data.UnsafeSanitizedContentOrdainer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The standalone server's {@link TemplateRenderer}: Google's Closure Templates, release 2017-08-08,
 * the last that accepts the dialect Confluence's own Soy renderer speaks (see docs/soy.md). All
 * templates under {@value #TEMPLATE_FOLDER} on the classpath are compiled once, at construction, with
 * strict autoescaping required, to JVM bytecode (Soy's "SoySauce" back end, not the Tofu interpreter); the
 * data reaches the templates as {@link LazyRecord}s. Together about half the CPU per render
 * (docs/performance.md). A template that does not compile stops the server from starting.
 */
public final class ClosureTemplateRenderer implements TemplateRenderer {

    /** Where every module keeps its Soy templates, in feature folders. */
    public static final String TEMPLATE_FOLDER = "journeymaps/ui";

    /**
     * Soy's bytecode compiler reports each compilation's statistics at INFO; held strongly so the level
     * sticks (java.util.logging keeps loggers weakly).
     */
    private static final Logger COMPILER_LOG = quiet(Logger.getLogger("com.google.template.soy.jbcsrc"));

    private final SoySauce sauce;
    private final SoyValueConverter converter;
    private final Set<String> templateFiles;

    /**
     * @param texts the i18n texts of the request being rendered (the caller's language); called on
     *              the rendering thread for every {@code getText}
     */
    public ClosureTemplateRenderer(Supplier<Texts> texts) {
        this(texts, ClosureTemplateRenderer.class.getClassLoader());
    }

    ClosureTemplateRenderer(Supplier<Texts> texts, ClassLoader loader) {
        Templates templates = Templates.parse(texts, loader);
        this.sauce = templates.files().compileTemplates();
        this.converter = templates.converter();
        this.templateFiles = templates.paths();
    }

    /**
     * Every template file under {@value #TEMPLATE_FOLDER}, parsed with strict autoescaping required and our
     * {@code getText}, ready to compile; and the data converter that goes with them (it knows {@link TrustedHtml}).
     */
    record Templates(SoyFileSet files, SoyValueConverter converter, Set<String> paths) {

        static Templates parse(Supplier<Texts> texts, ClassLoader loader) {
            Map<String, String> sources = SoySources.find(loader, TEMPLATE_FOLDER);
            if (sources.isEmpty()) {
                throw new IllegalStateException("no Soy templates found under " + TEMPLATE_FOLDER + " on the classpath");
            }
            GetTextFunction getText = new GetTextFunction(texts);
            Injector injector = Guice.createInjector(new SoyModule(), new AbstractModule() {
                @Override
                protected void configure() {
                    Multibinder.newSetBinder(binder(), SoyFunction.class).addBinding().toInstance(getText);
                    // TrustedHtml becomes sanitized HTML where Soy converts the data
                    bind(new TypeLiteral<List<SoyCustomValueConverter>>() { })
                            .toInstance(List.of(ClosureTemplateRenderer::convertTrustedHtml));
                }
            });
            SoyFileSet.Builder builder = injector.getInstance(SoyFileSet.Builder.class);
            builder.setStrictAutoescapingRequired(true);
            sources.forEach((path, source) -> builder.add(source, path));
            return new Templates(builder.build(), injector.getInstance(SoyValueConverter.class), sources.keySet());
        }
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.WARNING);
        return logger;
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
        return render(templateName, data, 0);
    }

    @Override
    public String render(String templateName, Map<String, Object> data, int expectedLength) {
        try {
            Output out = new Output(expectedLength);
            SoySauce.WriteContinuation state = sauce.renderTemplate(templateName)
                    .setData(LazyRecord.data(data, converter))
                    .render(out);
            // Rendering only pauses for asynchronous data (futures) or a full output buffer; our data is
            // plain maps and the buffer has no limit, so anything but DONE is a bug worth a clear error.
            if (state.result().type() != RenderResult.Type.DONE) {
                throw new IllegalStateException("rendering paused (" + state.result().type() + ")");
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new TemplateRenderingException(templateName, String.valueOf(e.getMessage()), e);
        }
    }

    /** Where a render writes: a string builder of the expected size, never asking the template to pause. */
    private static final class Output implements AdvisingAppendable {

        private final StringBuilder text;

        Output(int expectedLength) {
            // Our own texts hold characters beyond Latin-1 ("Saving\u2026"), so nearly every page's HTML is
            // kept two bytes a character. A builder starts with one byte a character and, at the first such
            // character, copies itself into a new buffer twice the size; starting in two bytes (one character
            // written and taken back) spares that buffer and that copy: a tenth of a large render's allocation.
            text = new StringBuilder().append('\u2026');
            text.setLength(0);
            text.ensureCapacity(Math.max(256, expectedLength));
        }

        @Override
        public Output append(CharSequence csq) {
            text.append(csq);
            return this;
        }

        @Override
        public Output append(CharSequence csq, int start, int end) {
            text.append(csq, start, end);
            return this;
        }

        @Override
        public Output append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public boolean softLimitReached() {
            return false;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
