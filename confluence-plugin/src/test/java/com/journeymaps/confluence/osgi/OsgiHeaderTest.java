package com.journeymaps.confluence.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OsgiHeaderTest {

    @Test
    void parse_keepsCommasInsideQuotedVersionRangesAndSplitsAttributesFromDirectives() {
        List<OsgiHeader> target = OsgiHeader.parse(
                "com.atlassian.confluence.macro,jakarta.ws.rs;version=\"[3.1,4)\",javax.xml.parsers;resolution:=optional");

        assertThat(target).extracting(OsgiHeader::name).containsExactly("com.atlassian.confluence.macro", "jakarta.ws.rs", "javax.xml.parsers");
        assertThat(target.get(1).attributes()).containsEntry("version", "[3.1,4)");
        assertThat(target.get(1).optional()).isFalse();
        assertThat(target.get(2).directives()).containsEntry("resolution", "optional");
        assertThat(target.get(2).optional()).isTrue();
    }

    @Test
    void parse_givesEveryPackageOfAMultiPackageClauseTheSameAttributes() {
        List<OsgiHeader> target = OsgiHeader.parse("a.b;c.d;version=\"1.0\"");

        assertThat(target).extracting(OsgiHeader::name).containsExactly("a.b", "c.d");
        assertThat(target).allSatisfy(h -> assertThat(h.attributes()).containsEntry("version", "1.0"));
    }

    @Test
    void parse_ofAMissingHeaderIsEmpty() {
        assertThat(OsgiHeader.parse(null)).isEmpty();
    }
}
