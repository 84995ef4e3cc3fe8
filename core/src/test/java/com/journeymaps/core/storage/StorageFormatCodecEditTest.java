package com.journeymaps.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageFormatCodecEditTest {

    private static final String BEFORE = "<h1>Journey&nbsp;&amp; more</h1>\n<!-- keep -->\n<p>";
    private static final String MAP = "<ac:structured-macro ac:macro-id='m-1' ac:name='journey-map' ac:schema-version='1'>"
            + "<ac:parameter ac:name='map-id'>map-1</ac:parameter>"
            + "<ac:parameter ac:name='title'>It&#39;s &quot;ours&quot;</ac:parameter>"
            + "<ac:parameter ac:name='width'>wide</ac:parameter>"
            + "<ac:plain-text-body><![CDATA[{\"v\":1}]]></ac:plain-text-body></ac:structured-macro>";
    private static final String AFTER = "</p>\n<p>\u05e9\u05dc\u05d5\u05dd \uD83D\uDE80</p>";
    private static final String PAGE = BEFORE + MAP + AFTER;

    private final StorageFormatCodec target = new StorageFormatCodec();

    @Test
    void replaceBody_changesOnlyTheBodyCharactersWhenParametersAreKept() {
        String result = target.replaceBody(PAGE, "map-1", "{\"v\":2}", null);

        assertThat(result).isEqualTo(PAGE.replace("{\"v\":1}", "{\"v\":2}"));
    }

    @Test
    void replaceBody_keepsUnchangedParametersByteForByteAndRewritesOnlyChangedValues() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("title", "It's \"ours\"");
        parameters.put("width", "narrow & <tall>");

        String result = target.replaceBody(PAGE, "map-1", "{\"v\":1}", parameters);

        assertThat(result).isEqualTo(PAGE.replace(">wide<", ">narrow &amp; &lt;tall&gt;<"));
        assertThat(target.get(result, "map-1").parameterValues()).containsExactly(
                entry("map-id", "map-1"), entry("title", "It's \"ours\""), entry("width", "narrow & <tall>"));
    }

    @Test
    void replaceBody_removesDroppedParametersAndAppendsNewOnesAfterTheLastParameter() {
        String result = target.replaceBody(PAGE, "map-1", null, Map.of("lane-colours", "on"));

        assertThat(result).isEqualTo(PAGE
                .replace("<ac:parameter ac:name='title'>It&#39;s &quot;ours&quot;</ac:parameter>", "")
                .replace("<ac:parameter ac:name='width'>wide</ac:parameter>",
                        "<ac:parameter ac:name=\"lane-colours\">on</ac:parameter>"));
        assertThat(target.get(result, "map-1").parameterValues())
                .containsExactly(entry("map-id", "map-1"), entry("lane-colours", "on"));
    }

    @Test
    void replaceBody_keepsTheMacroElementsAttributesOrderAndQuoting() {
        String result = target.replaceBody(PAGE, "map-1", "[]", Map.of("title", "New"));

        assertThat(result).contains("<ac:structured-macro ac:macro-id='m-1' ac:name='journey-map' ac:schema-version='1'>");
        assertThat(target.get(result, "map-1").macroId()).contains("m-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":\"]]>\"}", "]]>", "]]]]>", "x]]", "]]>]]>", "a\u2028b\u2029c", "\uD83D\uDE00\uD834\uDD1E",
            "tab\tnew\nline", "cr\rlf\r\n", "\u007f\u0085\u009f", "\uFEFFbom", "<![CDATA[nested]]>", "", "&amp;&lt;"})
    void replaceBody_writesBodiesThatReadBackExactly(String body) {
        String result = target.replaceBody(PAGE, "map-1", body, null);

        assertThat(target.get(result, "map-1").body()).isEqualTo(body);
        assertThat(result).startsWith(BEFORE).endsWith(AFTER);
    }

    @Test
    void replaceBody_splitsCdataAroundTheEndMarker() {
        String result = target.replaceBody(PAGE, "map-1", "a]]>b", null);

        assertThat(result).contains("<ac:plain-text-body><![CDATA[a]]]]><![CDATA[>b]]></ac:plain-text-body>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001", "\u0008", "\u000b", "\u000c", "\u001f", "\uFFFE", "\uFFFF", "\uD800x", "x\uDC00"})
    void replaceBody_refusesCharactersXmlCannotHold(String body) {
        assertThatThrownBy(() -> target.replaceBody(PAGE, "map-1", body, null))
                .isInstanceOf(UnstorableCharacterException.class)
                .hasMessageContaining("body contains U+")
                .hasMessageContaining("XML 1.0");
    }

    @Test
    void replaceBody_refusesNulInParameterValueNamingTheParameter() {
        assertThatThrownBy(() -> target.replaceBody(PAGE, "map-1", null, Map.of("title", "a\u0000b")))
                .isInstanceOf(UnstorableCharacterException.class)
                .hasMessage("parameter 'title' contains U+0000 at index 1, which XML 1.0 (and so a Confluence page) cannot hold");
    }

    @Test
    void replaceBody_addsABodyToAMacroWithoutOne() {
        String page = "<p>x</p><ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter>"
                + "</ac:structured-macro><p>y</p>";

        String result = target.replaceBody(page, "m", "{}", null);

        assertThat(result).isEqualTo("<p>x</p><ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m"
                + "</ac:parameter><ac:plain-text-body><![CDATA[{}]]></ac:plain-text-body></ac:structured-macro><p>y</p>");
    }

    @Test
    void replaceBody_expandsSelfClosingBodyAndParameter() {
        String page = "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m</ac:parameter>"
                + "<ac:parameter ac:name=\"title\" /><ac:plain-text-body /></ac:structured-macro>";

        String result = target.replaceBody(page, "m", "{}", Map.of("title", "T"));

        assertThat(target.get(result, "m").parameterValues()).containsExactly(entry("map-id", "m"), entry("title", "T"));
        assertThat(target.get(result, "m").body()).isEqualTo("{}");
    }

    @Test
    void replaceBody_reidsTheMacroWhenTheKeyParameterChanges() {
        String result = target.replaceBody(PAGE, "map-1", null, Map.of("map-id", "map-2", "width", "wide",
                "title", "It's \"ours\""));

        assertThat(result).isEqualTo(PAGE.replace(">map-1<", ">map-2<"));
    }

    @Test
    void replaceBody_failsForUnknownIdAndForIdsCarriedTwice() {
        String copied = PAGE + MAP;

        assertThatThrownBy(() -> target.replaceBody(PAGE, "nope", "{}", null))
                .isInstanceOf(MacroNotFoundException.class).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> target.replaceBody(copied, "map-1", "{}", null))
                .isInstanceOf(DuplicateMacroIdException.class)
                .satisfies(error -> assertThat(((DuplicateMacroIdException) error).duplicate().occurrences()).hasSize(2));
    }

    @Test
    void replaceBody_refusesToGiveAMacroAnIdAnotherMacroHas() {
        String page = PAGE + "<ac:structured-macro ac:name=\"journey-persona\"><ac:parameter ac:name=\"persona-id\">p"
                + "</ac:parameter></ac:structured-macro>";

        assertThatThrownBy(() -> target.replaceBody(page, "map-1", null, Map.of("map-id", "p")))
                .isInstanceOf(DuplicateMacroIdException.class);
    }

    @Test
    void replaceBody_editsPersonaMacrosByPersonaId() {
        String page = "<p>a</p><ac:structured-macro ac:name=\"journey-persona\"><ac:parameter ac:name=\"persona-id\">p-1"
                + "</ac:parameter><ac:plain-text-body><![CDATA[{\"name\":\"Ana\"}]]></ac:plain-text-body></ac:structured-macro>";

        String result = target.replaceBody(page, "p-1", "{\"name\":\"Bo\"}", null);

        assertThat(result).isEqualTo(page.replace("Ana", "Bo"));
    }

    @Test
    void replaceBody_rejectsUnreadableStorageWithoutWriting() {
        String broken = PAGE + "<p>";

        assertThatThrownBy(() -> target.replaceBody(broken, "map-1", "{}", null))
                .isInstanceOf(StorageFormatException.class)
                .hasMessageContaining("<p> is never closed");
    }

    @Test
    void remove_cutsExactlyTheMacroElement() {
        assertThat(target.remove(PAGE, "map-1")).isEqualTo(BEFORE + AFTER);
    }

    @Test
    void insert_writesTheMacroAtTheOffsetAndNothingElse() {
        int offset = PAGE.length();
        MacroSpec spec = MacroSpec.journeyMap("new-map", "{\"s\":\"]]>\"}").withParameter("title", "A & B").withMacroId("x-9");

        String result = target.insert(PAGE, offset, spec);

        assertThat(result).isEqualTo(PAGE + "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\" "
                + "ac:macro-id=\"x-9\"><ac:parameter ac:name=\"map-id\">new-map</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">A &amp; B</ac:parameter><ac:plain-text-body><![CDATA[{\"s\":\"]]]]>"
                + "<![CDATA[>\"}]]></ac:plain-text-body></ac:structured-macro>");
        MacroOccurrence written = target.get(result, "new-map");
        assertThat(written.body()).isEqualTo("{\"s\":\"]]>\"}");
        assertThat(written.parameterValues()).containsExactly(entry("map-id", "new-map"), entry("title", "A & B"));
    }

    @Test
    void insert_acceptsPlacesAfterTopLevelElementsInsideParagraphsCellsAndRichTextBodies() {
        String page = "<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table>"
                + "<ac:structured-macro ac:name=\"expand\"><ac:rich-text-body><p>c</p></ac:rich-text-body></ac:structured-macro>";
        List<Integer> offsets = List.of(0, target.topLevelElements(page).get(0).end(), page.indexOf("b</td>"),
                page.indexOf("<p>c") , page.indexOf("c</p>") + 1, page.length());

        for (int offset : offsets) {
            String result = target.insert(page, offset, MacroSpec.persona("p", "{}"));
            assertThat(result.substring(0, offset)).as("prefix at %d", offset).isEqualTo(page.substring(0, offset));
            assertThat(result).as("suffix at %d", offset).endsWith(page.substring(offset));
            assertThat(target.get(result, "p").range().start()).isEqualTo(offset);
        }
    }

    @Test
    void insert_rejectsOffsetsInsideMarkupReferencesSurrogatesAndMacroInternals() {
        String page = "<p class=\"x\">a&nbsp;b \uD83D\uDE00</p><!-- c --><ac:structured-macro ac:name=\"code\">"
                + "<ac:parameter ac:name=\"language\">java</ac:parameter><ac:plain-text-body><![CDATA[x]]></ac:plain-text-body>"
                + "</ac:structured-macro><ac:link><ri:page ri:content-title=\"T\"/></ac:link>"
                + "<table><tbody><tr><td>cell</td></tr></tbody></table><ul><li>item</li></ul>";
        Map<Integer, String> cases = Map.ofEntries(
                Map.entry(page.indexOf("<tr>"), "inside <tbody>, which cannot hold a macro"),
                Map.entry(page.indexOf("<td>"), "inside <tr>, which cannot hold a macro"),
                Map.entry(page.indexOf("<li>"), "inside <ul>, which cannot hold a macro"),
                Map.entry(page.indexOf("class"), "inside a tag"),
                Map.entry(page.indexOf("nbsp"), "inside an entity or character reference"),
                Map.entry(page.indexOf("\uDE00"), "between the two halves of a surrogate pair"),
                Map.entry(page.indexOf(" c "), "inside a comment"),
                Map.entry(page.indexOf("x]]>"), "inside a CDATA section"),
                Map.entry(page.indexOf("java"), "inside <ac:parameter>, which cannot hold a macro"),
                Map.entry(page.indexOf("<ac:plain-text-body>"), "inside <ac:structured-macro>, which cannot hold a macro"),
                Map.entry(page.indexOf("<ri:page"), "inside <ac:link>, which cannot hold a macro"));

        cases.forEach((offset, reason) -> assertThatThrownBy(() -> target.insert(page, offset, MacroSpec.persona("p", "{}")))
                .as("offset %d", offset)
                .isInstanceOf(InvalidInsertionPointException.class)
                .hasMessageEndingWith(reason));
        assertThatThrownBy(() -> target.insert(page, page.length() + 1, MacroSpec.persona("p", "{}")))
                .isInstanceOf(InvalidInsertionPointException.class);
    }

    @Test
    void insert_refusesAnIdAlreadyOnThePage() {
        assertThatThrownBy(() -> target.insert(PAGE, 0, MacroSpec.persona("map-1", "{}")))
                .isInstanceOf(DuplicateMacroIdException.class).hasMessageContaining("'map-1'");
    }

    @Test
    void insert_refusesABodyWithNul() {
        assertThatThrownBy(() -> target.insert(PAGE, 0, MacroSpec.journeyMap("n", "{\"a\":\"\u0000\"}")))
                .isInstanceOf(UnstorableCharacterException.class)
                .satisfies(error -> assertThat(((UnstorableCharacterException) error).index()).isEqualTo(6));
    }

    @Test
    void duplicates_reportsEachIdCarriedMoreThanOnceWithItsOccurrences() {
        String copied = PAGE + "<p>copy:</p>" + MAP + MAP.replace("map-1", "map-3");

        List<DuplicateId> duplicates = target.duplicates(copied);

        assertThat(duplicates).hasSize(1);
        assertThat(duplicates.get(0).id()).isEqualTo("map-1");
        assertThat(duplicates.get(0).occurrences()).extracting(occurrence -> occurrence.range().start())
                .containsExactly(BEFORE.length(), PAGE.length() + "<p>copy:</p>".length());
        assertThat(target.duplicates(PAGE)).isEmpty();
    }

    @Test
    void reassignDuplicate_givesTheChosenCopyANewIdAndChangesNothingElse() {
        String copied = PAGE + MAP;

        String result = target.reassignDuplicate(copied, "map-1", 1, "map-1-copy");

        assertThat(result).isEqualTo(PAGE + MAP.replace(">map-1<", ">map-1-copy<"));
        assertThat(target.duplicates(result)).isEmpty();
        assertThat(target.get(result, "map-1-copy").body()).isEqualTo("{\"v\":1}");
    }

    @Test
    void reassignDuplicate_rejectsIdsThatAreNotDuplicatedBadOccurrencesAndTakenIds() {
        String copied = PAGE + MAP;

        assertThatThrownBy(() -> target.reassignDuplicate(PAGE, "map-1", 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not duplicated");
        assertThatThrownBy(() -> target.reassignDuplicate(copied, "map-1", 2, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there are 2");
        assertThatThrownBy(() -> target.reassignDuplicate(copied, "map-1", 1, "map-1"))
                .isInstanceOf(DuplicateMacroIdException.class);
    }
}
