package com.journeymaps.web.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.i18n.BundleTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code getText('key')} in our Soy templates names a key the bundle has, in English and German. */
class TemplateTextKeysTest {

    private static final Pattern GET_TEXT = Pattern.compile("getText\\('([^']+)'");

    @Test
    void everyTemplateKey_existsInTheBundle() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/ui"))) {
            for (Path soy : files.filter(p -> p.toString().endsWith(".soy")).toList()) {
                Matcher m = GET_TEXT.matcher(Files.readString(soy, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty();
        BundleTexts english = BundleTexts.forLocale(Locale.ENGLISH);
        assertThat(keys).allSatisfy(key -> assertThat(english.has(key)).as(key).isTrue());
    }
}
