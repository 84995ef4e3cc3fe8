package com.journeymaps.standalone.render;

import com.google.template.soy.data.SanitizedContent;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.UnsafeSanitizedContentOrdainer;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code assetUrl('journeymaps.js')}: the link to one of the front end's files, with the version of its content
 * ({@code /static/journeymaps.js?v=…}), so a browser may keep the file until a new build changes the link. Only the
 * standalone wiki's own templates use it (Confluence links its web resources itself).
 *
 * <p>The link is a trusted resource URL, which strict autoescaping requires for a {@code <script src>}: it is the
 * server's own path: the templates name the file with a literal, and the server's links ({@code StaticAssets.url})
 * refuse anything but a plain file name.
 */
final class AssetUrlFunction implements SoyJavaFunction {

    private final UnaryOperator<String> urls;

    AssetUrlFunction(UnaryOperator<String> urls) {
        this.urls = urls;
    }

    @Override
    public String getName() {
        return "assetUrl";
    }

    @Override
    public Set<Integer> getValidArgsSizes() {
        return Set.of(1);
    }

    @Override
    public SoyValue computeForJava(List<SoyValue> args) {
        return UnsafeSanitizedContentOrdainer.ordainAsSafe(urls.apply(args.get(0).coerceToString()),
                SanitizedContent.ContentKind.TRUSTED_RESOURCE_URI);
    }
}
