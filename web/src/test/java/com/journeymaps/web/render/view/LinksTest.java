package com.journeymaps.web.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a?b=c#d", "http://example.com", "mailto:team@example.com",
        "HTTPS://EXAMPLE.COM"})
    void userLink_keepsHttpHttpsAndMailto(String url) {
        assertThat(Links.userLink(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x",
        "ftp://files.example.com", "//evil.example.com", "/relative/path", "https://exa mple.com",
        "https://example.com/\u0000", "java\tscript:alert(1)", "", "  ", "mailto:"})
    void userLink_dropsEverythingElse(String url) {
        assertThat(Links.userLink(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/pages/viewpage.action?pageId=1, /pages/viewpage.action?pageId=1", "//evil.example/x, ''",
        "/\\evil.example, ''", "https://wiki.example.com/x, https://wiki.example.com/x", "javascript:x, ''"})
    void safe_alsoAcceptsPathsOnTheSameHost(String url, String expected) {
        assertThat(Links.safe(url)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"https://example.com/p.png, https://example.com/p.png", "mailto:x@example.com, ''"})
    void imageLink_acceptsOnlyHttpAndHttps(String url, String expected) {
        assertThat(Links.imageLink(url)).isEqualTo(expected);
    }
}
