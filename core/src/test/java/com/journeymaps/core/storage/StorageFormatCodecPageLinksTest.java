package com.journeymaps.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The {@code personas} parameter: page links as storage markup inside the journey-map macro. */
class StorageFormatCodecPageLinksTest {

    private static final String PERSONAS = StorageFormatCodec.PERSONA_LINKS_PARAMETER;
    private static final String BEFORE = "<h1>Journey&nbsp;&amp; more</h1>\r\n<!-- keep <ac:link> -->\n<p>";
    private static final String MAP = "<ac:structured-macro ac:macro-id='m-1' ac:name='journey-map' ac:schema-version='1'>"
            + "<ac:parameter ac:name='map-id'>map-1</ac:parameter>"
            + "<ac:plain-text-body><![CDATA[{\"v\":1}]]></ac:plain-text-body></ac:structured-macro>";
    private static final String AFTER = "</p>\n<p><ac:link><ri:page ri:content-title='Elsewhere'/></ac:link> \uD83D\uDE80</p>";
    private static final String PAGE = BEFORE + MAP + AFTER;

    private final StorageFormatCodec target = new StorageFormatCodec();

    @Test
    void replaceBody_addsOneLinkPerPersonaAfterTheLastParameterAndNothingElse() {
        List<PageReference> links = List.of(new PageReference("Persona: Alice", "UX"), PageReference.inSameSpace("Bob"));

        String result = target.replaceBody(PAGE, "map-1", null, null, Map.of(PERSONAS, links));

        assertThat(result).isEqualTo(PAGE.replace("map-1</ac:parameter>", "map-1</ac:parameter>"
                + "<ac:parameter ac:name=\"personas\"><ac:link><ri:page ri:content-title=\"Persona: Alice\" ri:space-key=\"UX\"/>"
                + "</ac:link><ac:link><ri:page ri:content-title=\"Bob\"/></ac:link></ac:parameter>"));
        assertThat(target.pageLinks(result, "map-1", PERSONAS)).isEqualTo(links);
        assertThat(target.get(result, "map-1").parameterValues()).containsExactly(entry("map-id", "map-1"), entry(PERSONAS, ""));
        assertThat(oracleLinks(target.get(result, "map-1").range().of(result)))
                .containsExactly("Persona: Alice|UX", "Bob|");
    }

    @Test
    void replaceBody_withTheSameLinksChangesNothingEvenWhenConfluenceWroteThemItsOwnWay() {
        String confluenceForm = PAGE.replace("map-1</ac:parameter>", "map-1</ac:parameter><ac:parameter ac:name=\"personas\">"
                + "<ac:link ac:card-appearance=\"inline\"><ri:page ri:space-key='UX' ri:content-title='Alice &amp; co'"
                + " ri:version-at-save=\"3\" /><ac:plain-text-link-body><![CDATA[Alice]]></ac:plain-text-link-body></ac:link>\n"
                + "</ac:parameter>");

        String result = target.replaceBody(confluenceForm, "map-1", "{\"v\":2}", Map.of(),
                Map.of(PERSONAS, List.of(new PageReference("Alice & co", "UX"))));

        assertThat(result).isEqualTo(confluenceForm.replace("{\"v\":1}", "{\"v\":2}"));
    }

    @Test
    void replaceBody_afterAConfluenceRenameRewritesOnlyTheParametersContent() {
        String stored = target.replaceBody(PAGE, "map-1", null, null,
                Map.of(PERSONAS, List.of(new PageReference("Alice", "UX"), new PageReference("Bob", "UX"))));
        // Confluence's rename refactoring rewrites the title in place when "Alice" becomes "Alice (buyer)"
        String renamedByConfluence = stored.replace("ri:content-title=\"Alice\"", "ri:content-title=\"Alice (buyer)\"");

        assertThat(target.pageLinks(renamedByConfluence, "map-1", PERSONAS))
                .containsExactly(new PageReference("Alice (buyer)", "UX"), new PageReference("Bob", "UX"));
        assertThat(target.replaceBody(renamedByConfluence, "map-1", null, Map.of(),
                Map.of(PERSONAS, List.of(new PageReference("Alice (buyer)", "UX"), new PageReference("Bob", "UX")))))
                .isEqualTo(renamedByConfluence);
        // the map no longer uses Bob: only the parameter's content changes
        String result = target.replaceBody(renamedByConfluence, "map-1", null, Map.of(),
                Map.of(PERSONAS, List.of(new PageReference("Alice (buyer)", "UX"))));
        MacroOccurrence.ParameterSlot slot = target.get(renamedByConfluence, "map-1").slot(PERSONAS).orElseThrow();
        assertThat(result).isEqualTo(renamedByConfluence.substring(0, slot.contentStart())
                + "<ac:link><ri:page ri:content-title=\"Alice (buyer)\" ri:space-key=\"UX\"/></ac:link>"
                + renamedByConfluence.substring(slot.contentEnd()));
    }

    @Test
    void replaceBody_withNoLinksRemovesTheParameterAndAPageWithoutOneReadsAsNoLinks() {
        String linked = target.replaceBody(PAGE, "map-1", null, null, Map.of(PERSONAS, List.of(PageReference.inSameSpace("A"))));

        String unlinked = target.replaceBody(linked, "map-1", null, null, Map.of(PERSONAS, List.of()));

        assertThat(unlinked).isEqualTo(PAGE);
        assertThat(target.pageLinks(PAGE, "map-1", PERSONAS)).isEmpty();
    }

    @Test
    void replaceBody_withPlainParametersOnlyKeepsOrDropsTheLinkParameterLikeAnyOther() {
        String linked = target.replaceBody(PAGE, "map-1", null, null, Map.of(PERSONAS, List.of(PageReference.inSameSpace("A"))));

        assertThat(target.replaceBody(linked, "map-1", "{}", null)).isEqualTo(linked.replace("{\"v\":1}", "{}"));
        assertThat(target.replaceBody(linked, "map-1", "{}", Map.of(PERSONAS, ""))).isEqualTo(linked.replace("{\"v\":1}", "{}"));
        assertThat(target.replaceBody(linked, "map-1", "{}", Map.of())).isEqualTo(PAGE.replace("{\"v\":1}", "{}"));
        assertThat(target.reassignDuplicate(linked + linked.substring(BEFORE.length(), BEFORE.length() + linked.length()
                - BEFORE.length() - AFTER.length()), "map-1", 1, "map-2")).contains("<ri:page ri:content-title=\"A\"/>");
    }

    @Test
    void replaceBody_refusesANameGivenBothAsTextAndAsLinks() {
        assertThatThrownBy(() -> target.replaceBody(PAGE, "map-1", null, Map.of(PERSONAS, "x"),
                Map.of(PERSONAS, List.of(PageReference.inSameSpace("A")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'personas'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"]]>", "a]]>b<![CDATA[c", "\"quoted\" and 'single'", "<ac:link>x</ac:link>", "a < b & c > d",
            "&amp; literally", "tab\there", "new\nline", "cr\rlf\r\n", "  padded  ", "\uD83D\uDE80 \u05e9\u05dc\u05d5\u05dd",
            "x\u2028\u2029", "--> <!--", "/><ri:page ri:content-title=\"evil\"/>"})
    void replaceBody_writesHostileTitlesThatAnXmlParserReadsBackExactly(String title) {
        List<PageReference> links = List.of(new PageReference(title, "K\"<&'"));

        String result = target.replaceBody(PAGE, "map-1", null, null, Map.of(PERSONAS, links));

        assertThat(result).startsWith(BEFORE).endsWith(AFTER);
        assertThat(target.pageLinks(result, "map-1", PERSONAS)).isEqualTo(links);
        assertThat(oracleLinks(target.get(result, "map-1").range().of(result))).containsExactly(title + "|K\"<&'");
        int start = result.indexOf("<ac:parameter ac:name=\"personas\">");
        String parameter = result.substring(start, result.indexOf("</ac:parameter>", start));
        assertThat(parameter).doesNotContain("<![CDATA[").doesNotContain("<!--").doesNotContain("]]>");
    }

    @Test
    void pageReference_refusesCharactersXmlCannotCarryAndBlankTitles() {
        assertThatThrownBy(() -> new PageReference("nul\u0000here", null)).isInstanceOf(UnstorableCharacterException.class)
                .hasMessageContaining("page title");
        assertThatThrownBy(() -> new PageReference("ok", "K\u0001")).isInstanceOf(UnstorableCharacterException.class)
                .hasMessageContaining("space key");
        assertThatThrownBy(() -> new PageReference("lone \uD800", null)).isInstanceOf(UnstorableCharacterException.class);
        assertThatThrownBy(() -> new PageReference(" ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageReference("t", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void find_acceptsRichParameterContentAsConfluenceAndPeopleWriteIt() {
        String rich = PAGE.replace("map-1</ac:parameter>", "map-1</ac:parameter><ac:parameter ac:name=\"personas\">"
                + "<ac:link><ri:page ri:content-title=\"A\"/><ac:link-body>Alice <b>bold</b></ac:link-body></ac:link>"
                + "<ac:link><ri:user ri:userkey=\"u1\"/></ac:link><p><ac:link><ri:page ri:content-title=\"In p\"/></ac:link></p>"
                + "<![CDATA[<ac:link><ri:page ri:content-title=\"in CDATA\"/></ac:link>]]><!-- <ac:link><ri:page ri:content-title=\"c\"/></ac:link> -->"
                + "<ac:link><ri:page ri:content-title=\"\"/></ac:link><ac:link><ri:page ri:space-key=\"X\"/></ac:link>"
                + "</ac:parameter>");

        MacroOccurrence macro = target.get(rich, "map-1");

        assertThat(macro.body()).isEqualTo("{\"v\":1}");
        assertThat(target.pageLinks(rich, "map-1", PERSONAS))
                .containsExactly(PageReference.inSameSpace("A"), PageReference.inSameSpace("In p"));
        // and a save rewrites it to the strict form
        String result = target.replaceBody(rich, "map-1", null, Map.of(), Map.of(PERSONAS, List.of(PageReference.inSameSpace("A"))));
        assertThat(result).isEqualTo(PAGE.replace("map-1</ac:parameter>", "map-1</ac:parameter><ac:parameter ac:name=\"personas\">"
                + "<ac:link><ri:page ri:content-title=\"A\"/></ac:link></ac:parameter>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text<ac:link><ri:page ri:content-title=\"A\"/></ac:link>",
            "<ac:link><ri:page ri:content-title=\"A\"/></ac:link> ",
            "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>",
            "<ac:link ac:anchor=\"x\"><ri:page ri:content-title=\"A\"/></ac:link>",
            "<ac:link><ri:page ri:content-title=\"A\" ri:version-at-save=\"1\"/></ac:link>",
            "<ac:link><ri:page ri:space-key=\"A\"/></ac:link>",
            "<ac:link><ri:page ri:content-title=\"A\"/><ri:page ri:content-title=\"B\"/></ac:link>",
            "<ac:link></ac:link>", "<ac:link/>", "<p/>", "<ac:link><ri:page ri:content-title=\"A\"></ri:page></ac:link>",
            "<ac:link><ri:page ri:content-title=\"A\"/>", "<ac:link><ri:page ri:content-title=\"A\"/></ac:linkx>",
            "<ac:link><ri:page ri:content-title='a<b'/></ac:link>"})
    void strictReading_refusesEverythingButBareLinksToPages(String markup) {
        assertThatThrownBy(() -> PageLinks.read(markup, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page-link markup refused at offset");
    }

    @Test
    void insert_writesTheLinkParameterAfterThePlainOnes() {
        MacroSpec spec = MacroSpec.journeyMap("map-9", "{}").withParameter("title", "T")
                .withPageLinks(PERSONAS, List.of(new PageReference("P & Q", "DEMO")));

        String result = target.insert(PAGE, PAGE.length(), spec);

        assertThat(result).isEqualTo(PAGE + "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"map-id\">map-9</ac:parameter><ac:parameter ac:name=\"title\">T</ac:parameter>"
                + "<ac:parameter ac:name=\"personas\"><ac:link><ri:page ri:content-title=\"P &amp; Q\" ri:space-key=\"DEMO\"/>"
                + "</ac:link></ac:parameter><ac:plain-text-body><![CDATA[{}]]></ac:plain-text-body></ac:structured-macro>");
        assertThat(target.pageLinks(result, "map-9", PERSONAS)).containsExactly(new PageReference("P & Q", "DEMO"));
        assertThatThrownBy(() -> spec.withParameter(PERSONAS, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    /** Random documents and random titles: links read back (by the codec and by the JDK's parser), nothing outside the macro moves. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replaceBody_withRandomLinksChangesNothingOutsideTheMacro(long seed) {
        System.out.println("StorageFormatCodecPageLinksTest seed " + seed);
        GeneratedStorage.Document document = GeneratedStorage.generate(seed);
        String storage = document.storage();
        Random random = new Random(seed);
        for (MacroOccurrence macro : target.find(storage)) {
            List<PageReference> links = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                String title = "T" + GeneratedStorage.randomXmlText(random, 30);
                links.add(new PageReference(title, random.nextBoolean() ? null : "S" + GeneratedStorage.randomXmlText(random, 5)));
            }

            String result = target.replaceBody(storage, macro.id().orElseThrow(), null, null, Map.of(PERSONAS, links));

            assertThat(Splices.firstDifferenceOutside(storage, result, macro.range()))
                    .as("seed %d: first changed byte outside the macro", seed).isEqualTo(-1);
            MacroOccurrence after = target.get(result, macro.id().orElseThrow());
            assertThat(target.pageLinks(result, after, PERSONAS)).as("seed %d: links", seed).isEqualTo(links);
            assertThat(after.body()).as("seed %d: body", seed).isEqualTo(macro.body());
            assertThat(oracleLinks(after.range().of(result))).as("seed %d: links as an XML parser reads them", seed)
                    .isEqualTo(links.stream().map(l -> l.title() + "|" + (l.spaceKey() == null ? "" : l.spaceKey())).toList());
            assertThat(target.replaceBody(result, macro.id().orElseThrow(), null, null, Map.of(PERSONAS, links)))
                    .as("seed %d: the same links again change nothing", seed).isEqualTo(result);
        }
    }

    /** "title|space" of every ri:page in ac:link in the personas parameter, read by the JDK's XML parser. */
    private static List<String> oracleLinks(String macroMarkup) {
        XmlOracle.parse(macroMarkup); // well-formed
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element macro = factory.newDocumentBuilder().parse(new InputSource(new StringReader(macroMarkup))).getDocumentElement();
            List<String> found = new ArrayList<>();
            NodeList parameters = macro.getElementsByTagName("ac:parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                Element parameter = (Element) parameters.item(i);
                if (parameter.getParentNode() == macro && parameter.getAttribute("ac:name").equals(PERSONAS)) {
                    NodeList pages = parameter.getElementsByTagName("ri:page");
                    for (int j = 0; j < pages.getLength(); j++) {
                        Element page = (Element) pages.item(j);
                        found.add(page.getAttribute("ri:content-title") + "|" + page.getAttribute("ri:space-key"));
                    }
                }
            }
            return found;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
