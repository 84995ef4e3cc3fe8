package com.journeymaps.core.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeymaps.core.storage.StorageCorpus.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every edit on every realistic page leaves the bytes before and after the edited macro untouched. */
class StorageCorpusTest {

    private static final String NEW_BODY = "{\"schemaVersion\":1,\"note\":\"edited ]]> and ]]]]> \u2028\u2029 "
            + "\uD83D\uDE00 \uD834\uDD1E \u05e9\u05dc\u05d5\u05dd \t\\n\",\"cr\":\"\r\n\"}";

    private final StorageFormatCodec target = new StorageFormatCodec();

    static Stream<Page> pages() {
        return StorageCorpus.PAGES.stream();
    }

    /** Each macro whose id is unique on its page, as (page, index in document order). */
    static Stream<Arguments> uniquelyIdentifiedMacros() {
        List<Arguments> arguments = new ArrayList<>();
        for (Page page : StorageCorpus.PAGES) {
            for (int i = 0; i < page.ids().size(); i++) {
                String id = page.ids().get(i);
                if (page.ids().stream().filter(id::equals).count() == 1) {
                    arguments.add(Arguments.of(page, i));
                }
            }
        }
        return arguments.stream();
    }

    @Test
    void corpus_coversTheStoragePatternsTheIssueNames() {
        String all = String.join("\n", StorageCorpus.PAGES.stream().map(Page::text).toList());

        assertThat(StorageCorpus.PAGES).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all).contains("<h1>", "<table", "<ac:task-list>", "<ac:layout>", "<ac:layout-section",
                "<ac:layout-cell>", "<ri:page ", "<ri:attachment ", "<ac:image", "<ac:emoticon",
                "ac:name=\"code\"", "ac:name=\"info\"", "ac:name=\"expand\"", "ac:name=\"include\"",
                "ac:name=\"excerpt\"", "<ac:inline-comment-marker", "&nbsp;", "&amp;", "\uD83D", "dir=\"rtl\"",
                "\u2028", "]]]]><![CDATA[>");
        assertThat(StorageCorpus.page("windows-export-crlf.storage").text()).contains("\r\n").doesNotContain("\r\n\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void find_readsEveryMapAndPersonaOnThePage(Page page) {
        List<MacroOccurrence> found = target.find(page.text());

        assertThat(found).extracting(macro -> macro.id().orElseThrow()).containsExactlyElementsOf(page.ids());
        assertThat(found).allSatisfy(macro -> assertThat(macro.body()).startsWith("{").endsWith("}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void singleIds_areTheIdsGetFindsAMacroOfThatKindFor(Page page) {
        String storage = page.text();
        for (MacroKind kind : MacroKind.values()) {
            List<String> expected = new ArrayList<>();
            for (MacroOccurrence macro : target.find(storage)) {
                String id = macro.id().orElseThrow();
                boolean single = target.duplicates(storage).stream().noneMatch(duplicate -> duplicate.id().equals(id));
                if (single && target.get(storage, id).kind() == kind) {
                    expected.add(id);
                }
            }
            assertThat(target.singleIds(storage, kind)).as("%s", kind).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void replaceBody_withTheSameBodyAndParametersChangesNothing(Page page) {
        String storage = page.text();
        for (MacroOccurrence macro : target.find(storage)) {
            String id = macro.id().orElseThrow();
            if (target.duplicates(storage).stream().noneMatch(duplicate -> duplicate.id().equals(id))) {
                assertThat(target.replaceBody(storage, id, macro.body(), macro.parameterValues())).isEqualTo(storage);
            }
        }
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("uniquelyIdentifiedMacros")
    void replaceBody_keepsEveryByteOutsideTheMacroAndReadsBackTheNewBodyAndParameters(Page page, int index) {
        String storage = page.text();
        List<MacroOccurrence> before = target.find(storage);
        MacroOccurrence macro = before.get(index);
        Map<String, String> parameters = new LinkedHashMap<>(macro.parameterValues());
        parameters.put("title", "Edited \"title\" <b> & 'quotes' \u00e9\u00e8 \uD83D\uDE80");
        parameters.put("added-by-test", "yes");

        String result = target.replaceBody(storage, macro.id().orElseThrow(), NEW_BODY, parameters);

        assertOnlyRangeReplaced(storage, result, macro.range());
        List<MacroOccurrence> after = target.find(result);
        assertThat(after.get(index).body()).isEqualTo(NEW_BODY);
        assertThat(after.get(index).parameterValues()).isEqualTo(parameters);
        assertThat(after.get(index).macroId()).isEqualTo(macro.macroId());
        XmlOracle.ParsedMacro parsed = XmlOracle.parse(after.get(index).range().of(result));
        assertThat(parsed.body()).as("body as an XML parser reads it").isEqualTo(NEW_BODY);
        assertThat(parsed.parameters()).as("parameters as an XML parser reads them").isEqualTo(parameters);
        assertOthersUnchanged(before, after, index);
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("uniquelyIdentifiedMacros")
    void remove_keepsEveryByteOutsideTheMacro(Page page, int index) {
        String storage = page.text();
        MacroOccurrence macro = target.find(storage).get(index);

        String result = target.remove(storage, macro.id().orElseThrow());

        assertThat(result.getBytes(UTF_8)).isEqualTo(
                (storage.substring(0, macro.range().start()) + storage.substring(macro.range().end())).getBytes(UTF_8));
        List<String> remaining = new ArrayList<>(page.ids());
        remaining.remove(index);
        assertThat(target.find(result)).extracting(found -> found.id().orElseThrow()).containsExactlyElementsOf(remaining);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void insert_afterEveryTopLevelElementKeepsThePageAroundTheNewMacro(Page page) {
        String storage = page.text();
        List<Integer> offsets = new ArrayList<>();
        offsets.add(0);
        target.topLevelElements(storage).forEach(element -> offsets.add(element.end()));
        MacroSpec spec = MacroSpec.journeyMap("inserted-by-test", NEW_BODY).withParameter("title", "New & <shiny>");

        for (int offset : offsets) {
            String result = target.insert(storage, offset, spec);

            assertOnlyRangeReplaced(storage, result, new SourceRange(offset, offset));
            List<MacroOccurrence> after = target.find(result);
            assertThat(after).extracting(macro -> macro.id().orElseThrow()).contains("inserted-by-test");
            MacroOccurrence inserted = after.stream()
                    .filter(macro -> macro.id().orElseThrow().equals("inserted-by-test")).findFirst().orElseThrow();
            assertThat(inserted.body()).isEqualTo(NEW_BODY);
            assertThat(inserted.parameterValues()).isEqualTo(spec.parameters());
        }
        assertThat(offsets).hasSizeGreaterThan(1);
    }

    @Test
    void duplicates_findsTheCopiedMapAndReassignDuplicateGivesTheCopyItsOwnId() {
        String storage = StorageCorpus.page("copied-macro.storage").text();
        List<MacroOccurrence> before = target.find(storage);

        List<DuplicateId> duplicates = target.duplicates(storage);
        assertThat(duplicates).extracting(DuplicateId::id).containsExactly("shared-template");
        assertThat(target.singleIds(storage, MacroKind.JOURNEY_MAP)).containsExactly("team-west");
        assertThatThrownBy(() -> target.replaceBody(storage, "shared-template", "{}", null))
                .isInstanceOf(DuplicateMacroIdException.class);

        String result = target.reassignDuplicate(storage, "shared-template", 1, "shared-template-south");

        MacroOccurrence copy = duplicates.get(0).occurrences().get(1);
        assertOnlyRangeReplaced(storage, result, copy.range());
        assertThat(target.duplicates(result)).isEmpty();
        List<MacroOccurrence> after = target.find(result);
        assertThat(after).extracting(macro -> macro.id().orElseThrow())
                .containsExactly("shared-template", "shared-template-south", "team-west");
        assertThat(after.get(1).body()).isEqualTo(before.get(1).body());
        assertThat(after.get(1).parameter("title")).contains("South");
        assertThat(target.replaceBody(result, "shared-template", "{}", null)).isNotEqualTo(result);
    }

    @Test
    void find_readsTheIndentedCrlfMacroWithXmlLineEndNormalisation() {
        MacroOccurrence renewal = target.find(StorageCorpus.page("windows-export-crlf.storage").text()).get(0);

        assertThat(renewal.body()).isEqualTo("{\n  \"schemaVersion\": 1,\n  \"id\": \"renewal\",\n"
                + "  \"stages\": [ { \"id\": \"r1\", \"name\": \"Reminder\" } ]\n}");
    }

    @Test
    void find_readsTheSplitCdataAndUnicodeBodiesExactly() {
        MacroOccurrence checkout = target.find(StorageCorpus.page("workshop-with-code-and-expand.storage").text()).get(0);
        MacroOccurrence intl = target.find(StorageCorpus.page("international.storage").text()).get(0);

        assertThat(checkout.body()).contains("\"notes\":\"CDATA ends with ]]> so it is split\"");
        assertThat(intl.body()).contains("[\u2028]", "[\u2029]", "\uD834\uDD1E", "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB");
        assertThat(intl.parameter("title")).contains("Paiement \u00ab rapide \u00bb & s\u00fbr \uD83D\uDCB3");
    }

    private static void assertOnlyRangeReplaced(String before, String after, SourceRange range) {
        assertThat(Splices.firstDifferenceOutside(before, after, range)).as("first differing UTF-8 byte offset, -1 if none")
                .isEqualTo(-1);
    }

    private static void assertOthersUnchanged(List<MacroOccurrence> before, List<MacroOccurrence> after, int edited) {
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (i != edited) {
                assertThat(after.get(i).body()).isEqualTo(before.get(i).body());
                assertThat(after.get(i).parameterValues()).isEqualTo(before.get(i).parameterValues());
            }
        }
    }
}
