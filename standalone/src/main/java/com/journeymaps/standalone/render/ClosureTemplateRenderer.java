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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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

    /** Links to the front end's files without a version, for renderers that serve no files (tests, benchmarks). */
    static final UnaryOperator<String> PLAIN_ASSET_URLS = file -> "/static/" + file;

    private final SoySauce sauce;
    private final SoyValueConverter converter;
    private final Set<String> templateFiles;

    /**
     * @param texts the i18n texts of the request being rendered (the caller's language); called on
     *              the rendering thread for every {@code getText}; the front end's files are linked without a
     *              version ({@link #PLAIN_ASSET_URLS})
     */
    public ClosureTemplateRenderer(Supplier<Texts> texts) {
        this(texts, PLAIN_ASSET_URLS);
    }

    /**
     * @param texts     as above
     * @param assetUrls the link to each of the front end's files, for the wiki's {@code assetUrl('…')}
     */
    public ClosureTemplateRenderer(Supplier<Texts> texts, UnaryOperator<String> assetUrls) {
        this(texts, assetUrls, ClosureTemplateRenderer.class.getClassLoader());
    }

    ClosureTemplateRenderer(Supplier<Texts> texts, ClassLoader loader) {
        this(texts, PLAIN_ASSET_URLS, loader);
    }

    private ClosureTemplateRenderer(Supplier<Texts> texts, UnaryOperator<String> assetUrls, ClassLoader loader) {
        Templates templates = Templates.parse(texts, assetUrls, loader);
        this.sauce = templates.files().compileTemplates();
        this.converter = templates.converter();
        this.templateFiles = templates.paths();
    }

    /**
     * Every template file under {@value #TEMPLATE_FOLDER}, parsed with strict autoescaping required and our
     * {@code getText}, ready to compile; and the data converter that goes with them (it knows {@link TrustedHtml}).
     */
    record Templates(SoyFileSet files, SoyValueConverter converter, Set<String> paths) {

        static Templates parse(Supplier<Texts> texts, UnaryOperator<String> assetUrls, ClassLoader loader) {
            Map<String, String> sources = SoySources.find(loader, TEMPLATE_FOLDER);
            if (sources.isEmpty()) {
                throw new IllegalStateException("no Soy templates found under " + TEMPLATE_FOLDER + " on the classpath");
            }
            GetTextFunction getText = new GetTextFunction(texts);
            AssetUrlFunction assetUrl = new AssetUrlFunction(assetUrls);
            Injector injector = Guice.createInjector(new SoyModule(), new AbstractModule() {
                @Override
                protected void configure() {
                    Multibinder<SoyFunction> functions = Multibinder.newSetBinder(binder(), SoyFunction.class);
                    functions.addBinding().toInstance(getText);
                    functions.addBinding().toInstance(assetUrl);
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

    /**
     * Where a render writes, never asking the template to pause: pieces of up to {@link #PIECE} characters,
     * joined once at the end.
     *
     * <p>Why not one string builder of the expected size: a large map's HTML is megabytes, and our own texts
     * put a character beyond Latin-1 into nearly every map ("Saving\u2026"), so such a builder holds two bytes
     * a character and its {@code toString} first tries, and fails, to make a one-byte copy of the whole text:
     * a 1,000-touchpoint render allocated three arrays of 1.4 to 2.8 MB (the buffer, the failed copy, the
     * string), each too large for G1's young regions (JFR, docs/performance.md, "Session 6"). Here a piece
     * without such a character is kept one byte a character, and {@code String.join} makes the result in one
     * array of the exact size.
     */
    private static final class Output implements AdvisingAppendable {

        /** Characters per piece: small enough for a thread's allocation buffer, large enough to be few. */
        static final int PIECE = 16_384;

        private StringBuilder piece = new StringBuilder(PIECE);
        private final List<String> pieces;

        Output(int expectedLength) {
            pieces = new ArrayList<>(Math.max(4, expectedLength / PIECE + 2));
        }

        @Override
        public Output append(CharSequence csq) {
            if (piece.length() + csq.length() > PIECE) {
                flush();
            }
            piece.append(csq);
            return this;
        }

        @Override
        public Output append(CharSequence csq, int start, int end) {
            if (piece.length() + (end - start) > PIECE) {
                flush();
            }
            piece.append(csq, start, end);
            return this;
        }

        @Override
        public Output append(char c) {
            if (piece.length() >= PIECE) {
                flush();
            }
            piece.append(c);
            return this;
        }

        private void flush() {
            if (piece.length() > 0) {
                pieces.add(piece.toString());
                // A new builder, not setLength(0): one that took a character beyond Latin-1 stays two bytes a
                // character, and every later piece would be widened on append and narrowed again in toString.
                piece = new StringBuilder(PIECE);
            }
        }

        @Override
        public boolean softLimitReached() {
            return false;
        }

        @Override
        public String toString() {
            flush();
            return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
        }
    }
}
