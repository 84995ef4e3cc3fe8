package com.journeymaps.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorageFormatCodecFindTest {

    private final StorageFormatCodec target = new StorageFormatCodec();

    @Test
    void find_readsKindIdParametersBodyAndAttributes() {
        String storage = """
                <p>Before</p><ac:structured-macro ac:name="journey-map" ac:schema-version="1" ac:macro-id="6f1c2a"><ac:parameter ac:name="map-id">map-1</ac:parameter><ac:parameter ac:name="title">Onboarding &amp; activation</ac:parameter><ac:plain-text-body><![CDATA[{"schemaVersion":3}]]></ac:plain-text-body></ac:structured-macro>""";

        List<MacroOccurrence> found = target.find(storage);

        assertThat(found).hasSize(1);
        MacroOccurrence macro = found.get(0);
        assertThat(macro.kind()).isEqualTo(MacroKind.JOURNEY_MAP);
        assertThat(macro.id()).contains("map-1");
        assertThat(macro.macroId()).contains("6f1c2a");
        assertThat(macro.schemaVersion()).contains("1");
        assertThat(macro.parameterValues()).containsExactly(
                org.assertj.core.api.Assertions.entry("map-id", "map-1"),
                org.assertj.core.api.Assertions.entry("title", "Onboarding & activation"));
        assertThat(macro.body()).isEqualTo("{\"schemaVersion\":3}");
        assertThat(macro.range().of(storage)).startsWith("<ac:structured-macro").endsWith("</ac:structured-macro>");
        assertThat(macro.bodyRange().orElseThrow().of(storage))
                .isEqualTo("<ac:plain-text-body><![CDATA[{\"schemaVersion\":3}]]></ac:plain-text-body>");
        assertThat(macro.parameters().get(1).range().of(storage))
                .isEqualTo("<ac:parameter ac:name=\"title\">Onboarding &amp; activation</ac:parameter>");
    }

    @Test
    void find_readsPersonaMacroByPersonaIdAndToleratesMissingOptionalAttributes() {
        String storage = "<ac:structured-macro ac:name='journey-persona'><ac:parameter ac:name='persona-id'>p-7</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[{}]]></ac:plain-text-body></ac:structured-macro>";

        MacroOccurrence macro = target.find(storage).get(0);

        assertThat(macro.kind()).isEqualTo(MacroKind.JOURNEY_PERSONA);
        assertThat(macro.id()).contains("p-7");
        assertThat(macro.macroId()).isEmpty();
        assertThat(macro.schemaVersion()).isEmpty();
    }

    @Test
    void find_joinsSplitCdataSectionsIntoOneBody() {
        String storage = "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[{\"note\":\"a]]]]><![CDATA[>b\"}]]></ac:plain-text-body></ac:structured-macro>";

        assertThat(target.find(storage).get(0).body()).isEqualTo("{\"note\":\"a]]>b\"}");
    }

    @Test
    void find_findsMacrosNestedInTablesLayoutsAndRichTextBodiesOfOtherMacros() {
        String storage = """
                <ac:layout><ac:layout-section ac:type="two_equal"><ac:layout-cell><table><tbody><tr><td>\
                <ac:structured-macro ac:name="journey-map"><ac:parameter ac:name="map-id">in-table</ac:parameter><ac:plain-text-body><![CDATA[1]]></ac:plain-text-body></ac:structured-macro>\
                </td></tr></tbody></table></ac:layout-cell><ac:layout-cell>\
                <ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">More</ac:parameter><ac:rich-text-body>\
                <ac:structured-macro ac:name="info"><ac:rich-text-body><p>\
                <ac:structured-macro ac:name="journey-persona"><ac:parameter ac:name="persona-id">in-info</ac:parameter><ac:plain-text-body><![CDATA[2]]></ac:plain-text-body></ac:structured-macro>\
                </p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>\
                </ac:layout-cell></ac:layout-section></ac:layout>""";

        List<MacroOccurrence> found = target.find(storage);

        assertThat(found).extracting(macro -> macro.id().orElseThrow()).containsExactly("in-table", "in-info");
        assertThat(found).extracting(MacroOccurrence::body).containsExactly("1", "2");
    }

    @Test
    void find_ignoresMacroMarkupInsideCodeMacroCdataAndComments() {
        String storage = """
                <ac:structured-macro ac:name="code"><ac:parameter ac:name="language">xml</ac:parameter><ac:plain-text-body><![CDATA[\
                <ac:structured-macro ac:name="journey-map"><ac:parameter ac:name="map-id">fake</ac:parameter></ac:structured-macro>\
                ]]></ac:plain-text-body></ac:structured-macro>\
                <!-- <ac:structured-macro ac:name="journey-map"><ac:parameter ac:name="map-id">commented</ac:parameter></ac:structured-macro> -->""";

        assertThat(target.find(storage)).isEmpty();
    }

    @Test
    void find_ignoresOtherMacrosAndParametersOfMacrosNestedInOurs() {
        String storage = "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter>"
                + "<ac:rich-text-body><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">x</ac:parameter>"
                + "</ac:structured-macro></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"journey-mapper\"><ac:parameter ac:name=\"map-id\">n</ac:parameter></ac:structured-macro>";

        List<MacroOccurrence> found = target.find(storage);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).parameterValues()).containsOnlyKeys("map-id");
        assertThat(found.get(0).hasBody()).isFalse();
        assertThat(found.get(0).body()).isEmpty();
    }

    @Test
    void find_decodesReferencesInParametersAndBodyTextButNotInsideCdata() {
        String storage = "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">&lt;Caf&#233;&#x1F600;&nbsp;&quot;x&quot;&#39;&unknown;</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[&amp;]]>&#13;<![CDATA[x]]></ac:plain-text-body></ac:structured-macro>";

        MacroOccurrence macro = target.find(storage).get(0);

        assertThat(macro.parameter("title")).contains("<Caf\u00e9\uD83D\uDE00\u00a0\"x\"'&unknown;");
        assertThat(macro.body()).isEqualTo("&amp;\rx");
    }

    @Test
    void find_normalisesLiteralLineEndsInsideCdataAsXmlParsersDo() {
        String storage = "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[a\r\nb\rc\nd]]></ac:plain-text-body></ac:structured-macro>";

        assertThat(target.find(storage).get(0).body()).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void find_readsSelfClosingMacroParameterAndBody() {
        String storage = "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter>"
                + "<ac:parameter ac:name=\"title\"/><ac:plain-text-body/></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"journey-persona\" />";

        List<MacroOccurrence> found = target.find(storage);

        assertThat(found).hasSize(2);
        assertThat(found.get(0).parameter("title")).contains("");
        assertThat(found.get(0).hasBody()).isTrue();
        assertThat(found.get(1).id()).isEmpty();
        assertThat(found.get(1).range().of(storage)).isEqualTo("<ac:structured-macro ac:name=\"journey-persona\" />");
    }

    @Test
    void find_acceptsDoctypeProcessingInstructionsAndUndeclaredEntitiesAroundMacros() {
        String storage = "<?xml version=\"1.0\"?><!DOCTYPE html [ <!ENTITY x \"y\"> ]><p>&hellip;&copy;&nbsp;</p>"
                + "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter></ac:structured-macro>";

        assertThat(target.find(storage)).extracting(macro -> macro.id().orElseThrow()).containsExactly("m");
    }

    @Test
    void topLevelElements_listsElementsDirectlyAtTheTopInOrder() {
        String storage = "<h1>T</h1>\n<!-- c -->\n<p>a<br/>b</p><hr/>";

        assertThat(target.topLevelElements(storage)).extracting(range -> range.of(storage))
                .containsExactly("<h1>T</h1>", "<p>a<br/>b</p>", "<hr/>");
    }

    @Test
    void find_readsDeeplyNestedMarkupWithoutRecursing() {
        String storage = "<div>".repeat(50_000)
                + "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">deep</ac:parameter>"
                + "</ac:structured-macro>" + "</div>".repeat(50_000);

        assertThat(target.find(storage)).extracting(macro -> macro.id().orElseThrow()).containsExactly("deep");
    }
}
