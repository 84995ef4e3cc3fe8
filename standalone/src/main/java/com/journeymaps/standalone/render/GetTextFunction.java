package com.journeymaps.standalone.render;

import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.shared.restricted.SoyJavaFunction;
import com.journeymaps.core.i18n.Texts;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code getText('key', arg…)} for Google's Soy, the function Confluence's Soy renderer provides, so
 * our templates run unchanged in both hosts. The result is plain text: strict autoescaping escapes it
 * like any other value.
 */
final class GetTextFunction implements SoyJavaFunction {

    private static final Set<Integer> ARGUMENT_COUNTS = Set.of(1, 2, 3, 4, 5, 6);

    private final Supplier<Texts> texts;

    GetTextFunction(Supplier<Texts> texts) {
        this.texts = texts;
    }

    @Override
    public String getName() {
        return "getText";
    }

    @Override
    public Set<Integer> getValidArgsSizes() {
        return ARGUMENT_COUNTS;
    }

    @Override
    public SoyValue computeForJava(List<SoyValue> args) {
        String key = args.get(0).coerceToString();
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            values[i - 1] = args.get(i).coerceToString();
        }
        return StringData.forValue(texts.get().getText(key, values));
    }
}
