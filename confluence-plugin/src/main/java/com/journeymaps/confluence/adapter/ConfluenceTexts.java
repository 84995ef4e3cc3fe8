package com.journeymaps.confluence.adapter;

import com.atlassian.sal.api.message.I18nResolver;
import com.journeymaps.core.i18n.Texts;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link Texts} on SAL's {@code I18nResolver}, which looks keys up in the plugin's i18n resource (and Confluence's) in
 * the current user's language and fills {@code {0}}, {@code {1}}… with the arguments. Arguments that are not
 * {@link Serializable} are passed as their string form. A key without a translation comes back as the key (SAL's
 * behaviour as documented for {@code getText}; not verified on Confluence 10).
 */
public final class ConfluenceTexts implements Texts, Supplier<Texts> {

    private final I18nResolver i18n;

    public ConfluenceTexts(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * Itself: SAL resolves the language per request, so one instance is always "the current
     * request's texts", which is what the render service asks for.
     */
    @Override
    public Texts get() {
        return this;
    }

    @Override
    public String getText(String key, Object... args) {
        Serializable[] arguments = new Serializable[args == null ? 0 : args.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = args[i] == null || args[i] instanceof Serializable ? (Serializable) args[i] : String.valueOf(args[i]);
        }
        String text = i18n.getText(key, arguments);
        return text == null ? key : text; // never null: a missing text shows its key, as BundleTexts does
    }
}
