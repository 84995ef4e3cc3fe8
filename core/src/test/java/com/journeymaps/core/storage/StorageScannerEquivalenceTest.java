package com.journeymaps.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rewritten scanner and codec (session 3, docs/performance.md) against the versions before it,
 * kept unchanged in test code as oracles ({@link StorageScannerOracle}, {@link StorageFormatCodecOracle},
 * {@link XmlTextOracle}): on generated pages ({@link GeneratedStorage}), the corpus pages, and
 * mutations of both (characters and markup fragments inserted, deleted, duplicated, cut), they must
 * find the same macros with the same offsets, the same top-level elements and insertion verdicts, and
 * fail with the same exception, message and offset; edits must give the same string or the same
 * exception. Each test prints its seed; a failure names it.
 */
class StorageScannerEquivalenceTest {

    /** Markup fragments a mutation inserts: what breaks or confuses a tokenizer. */
    private static final String[] FRAGMENTS = {
        "<", ">", "/", "&", "&amp;", "&#", "&#x1F600;", "&lt;", ";", "\"", "'", "=", " ", "\t", "\r", "\r\n", "\n",
        "<!--", "-->", "--", "<![CDATA[", "]]>", "]]", "<?", "?>", "<!", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "[", "]",
        "</", "/>", "<p>", "</p>", "<td>", "</tr>", "<ac:parameter ac:name=\"map-id\">", "</ac:parameter>",
        "<ac:plain-text-body>", "</ac:plain-text-body>", "<ac:structured-macro ac:name=\"journey-map\">",
        "</ac:structured-macro>", "<ac:rich-text-body>", " a=\"1\"", " a='2'", " a=\"3\" a=\"4\"", "ac:name",
        "\uD83D", "\uDE00", "\uD83D\uDE00", "\u00fc", "\u0000", "x", "1", "-", ".", ":", "_"};

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedAndMutatedPages_readTheSameAsBefore(long seed) {
        System.out.println("StorageScannerEquivalenceTest seed " + seed);
        Random random = new Random(seed);
        List<String> pages = new ArrayList<>();
        String generated = GeneratedStorage.generate(seed).storage();
        pages.add(generated);
        StorageCorpus.Page corpusPage = StorageCorpus.PAGES.get((int) (seed % StorageCorpus.PAGES.size()));
        pages.add(corpusPage.text());
        for (int i = 0; i < 12; i++) {
            pages.add(mutate(random, random.nextBoolean() ? generated : corpusPage.text()));
        }
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            String where = "seed " + seed + ", page " + p;
            assertSameScan(where + ", no probe", page, -1);
            for (int probe : probes(random, page)) {
                assertSameScan(where + ", probe " + probe, page, probe);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void edits_giveTheSameStringsAsBefore(long seed) {
        System.out.println("StorageScannerEquivalenceTest edits seed " + seed);
        Random random = new Random(seed);
        StorageFormatCodec codec = new StorageFormatCodec();
        StorageFormatCodecOracle oracle = new StorageFormatCodecOracle();
        List<String> pages = List.of(GeneratedStorage.generate(seed).storage(),
                StorageCorpus.PAGES.get((int) (seed % StorageCorpus.PAGES.size())).text());
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            List<MacroOccurrence> macros = oracle.find(page);
            List<String> ids = new ArrayList<>();
            for (MacroOccurrence macro : macros) {
                macro.id().ifPresent(ids::add);
            }
            ids.add("no-such-id");
            for (int e = 0; e < 8; e++) {
                String where = "seed " + seed + ", page " + p + ", edit " + e;
                String id = ids.get(random.nextInt(ids.size()));
                String newBody = random.nextInt(5) == 0 ? null : editText(random);
                Map<String, String> parameters = random.nextInt(3) == 0 ? null : parameters(random, id);
                assertSame(where + ": replaceBody " + id, () -> codec.replaceBody(page, id, newBody, parameters),
                        () -> oracle.replaceBody(page, id, newBody, parameters == null ? null : new LinkedHashMap<>(parameters)));
                String newId = random.nextBoolean() ? "fresh-" + e : ids.get(random.nextInt(ids.size()));
                int occurrence = random.nextInt(3);
                assertSame(where + ": reassignDuplicate " + id, () -> codec.reassignDuplicate(page, id, occurrence, newId),
                        () -> oracle.reassignDuplicate(page, id, occurrence, newId));
                assertSame(where + ": remove " + id, () -> codec.remove(page, id), () -> oracle.remove(page, id));
                int offset = random.nextInt(page.length() + 1);
                MacroSpec spec = random.nextBoolean() ? MacroSpec.journeyMap(newId, editText(random))
                        : MacroSpec.persona(newId, editText(random));
                assertSame(where + ": insert at " + offset, () -> codec.insert(page, offset, spec),
                        () -> oracle.insert(page, offset, spec));
            }
            assertThat(codec.duplicates(page).toString()).as("seed %d, page %d: duplicates", seed, p)
                    .isEqualTo(oracle.duplicates(page).toString());
        }
    }

    /** Attribute values of our macros' elements are decoded only when read (session 4): references, CR and duplicates. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        "<ac:structured-macro ac:name=\"journey&#45;map\" ac:macro-id=\"a&amp;b&foo;\" ac:schema-version=\"&#49;\">"
                + "<ac:parameter ac:name=\"map&#x2D;id\">m1</ac:parameter><ac:parameter ac:name='t&quot;x'>v</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[{}]]></ac:plain-text-body></ac:structured-macro>",
        "<ac:structured-macro ac:name='&#x6A;ourney-persona'><ac:parameter ac:name='persona-id'>m1</ac:parameter>"
                + "</ac:structured-macro>",
        "<ac:structured-macro ac:name=\"journey-map\r\"><ac:parameter ac:name=\"map-id\">m1</ac:parameter></ac:structured-macro>",
        "<ac:structured-macro ac:name=\"journey-map\" ac:macro-id=\"x\r\ny\"><ac:parameter ac:name=\"map-id\r\">m1"
                + "</ac:parameter><ac:parameter ac:name=\"map-id\">m1</ac:parameter></ac:structured-macro>",
        "<ac:structured-macro ac:name=\"journey-map\" ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m1"
                + "</ac:parameter></ac:structured-macro>",
        "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\" ac:name=\"x\">m1"
                + "</ac:parameter></ac:structured-macro>",
        "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"a\" ac:name=\"b\">x</ac:parameter>"
                + "</ac:structured-macro>",
        "<p><ac:parameter ac:name=\"map-id\" x=\"1\" x=\"2\">m1</ac:parameter></p>",
        "<ac:structured-macro ac:name=\"journey-map\" ac:macro-id=\"\" ac:schema-version=''>"
                + "<ac:parameter ac:name=\"\">e</ac:parameter><ac:parameter>n</ac:parameter>"
                + "<ac:parameter ac:name=\"map-id\">m1</ac:parameter></ac:structured-macro>",
        "<ac:structured-macro ac:name=\"journey-map\"><ac:parameter ac:name=\"map-id\">m1</ac:parameter>"
                + "<ac:parameter ac:name=\"&#109;ap-id\">m2</ac:parameter></ac:structured-macro>"})
    void macroAttributes_readTheSameAsBefore(String page) {
        assertSameScan(page.replace("\r", "\\r"), page, -1);
        StorageFormatCodec codec = new StorageFormatCodec();
        StorageFormatCodecOracle oracle = new StorageFormatCodecOracle();
        assertSame("replaceBody", () -> codec.replaceBody(page, "m1", "{\"x\":1}", null),
                () -> oracle.replaceBody(page, "m1", "{\"x\":1}", null));
        assertSame("replaceBody with parameters", () -> codec.replaceBody(page, "m1", null, Map.of("title", "T")),
                () -> oracle.replaceBody(page, "m1", null, new LinkedHashMap<>(Map.of("title", "T"))));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void closer_findsWhatIndexOfFinds(long seed) {
        Random random = new Random(seed);
        String[] alphabet = {"]", "]]", ">", "-", "--", "?", "x", "]]>", "-->", "?>", "\uD83D\uDE00"};
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        String s = text.toString();
        for (int from = 0; from <= s.length() + 1; from++) {
            assertThat(StorageScanner.closer(s, ']', from)).as("seed %d: ]]> in %s from %d", seed, s, from)
                    .isEqualTo(s.indexOf("]]>", from));
            assertThat(StorageScanner.closer(s, '-', from)).as("seed %d: --> in %s from %d", seed, s, from)
                    .isEqualTo(s.indexOf("-->", from));
            assertThat(StorageScanner.closer(s, '?', from)).as("seed %d: ?> in %s from %d", seed, s, from)
                    .isEqualTo(s.indexOf("?>", from));
        }
    }

    private static void assertSameScan(String where, String page, int probe) {
        Object expected = outcome(() -> describe(probe < 0 ? StorageScannerOracle.scan(page)
                : StorageScannerOracle.scan(page, probe)));
        Object actual = outcome(() -> describe(probe < 0 ? StorageScanner.scan(page) : StorageScanner.scan(page, probe)));
        assertThat(actual).as(where).isEqualTo(expected);
    }

    private static void assertSame(String where, Supplier<Object> actual, Supplier<Object> expected) {
        assertThat(outcome(actual)).as(where).isEqualTo(outcome(expected));
    }

    /** What a call returned, or the class, message and (for a storage-format error) offset of what it threw. */
    private static Object outcome(Supplier<Object> call) {
        try {
            return call.get();
        } catch (StorageFormatException e) {
            return "threw " + e.getClass().getSimpleName() + " at " + e.offset() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String describe(StorageScanner.Result result) {
        return describe(result.macros(), result.topLevelElements(), result.probeProblem().orElse("-"));
    }

    private static String describe(StorageScannerOracle.Result result) {
        return describe(result.macros(), result.topLevelElements(), result.probeProblem().orElse("-"));
    }

    /** Everything a scan found, package-private offsets included. */
    private static String describe(List<MacroOccurrence> macros, List<SourceRange> topLevel, String probeProblem) {
        StringBuilder out = new StringBuilder("top level ").append(topLevel).append("; probe ").append(probeProblem);
        for (MacroOccurrence macro : macros) {
            out.append("\n").append(macro.kind()).append(' ').append(macro.range())
                    .append(" content ").append(macro.contentStart()).append(" endTag ").append(macro.endTagStart())
                    .append(" selfClosing ").append(macro.selfClosing()).append(" macroId ").append(macro.macroId())
                    .append(" schema ").append(macro.schemaVersion()).append(" slots ").append(macro.parameterSlots())
                    .append(" bodyRange ").append(macro.bodyRange()).append(" bodyContent ")
                    .append(macro.bodyContentStart()).append('-').append(macro.bodyContentEnd())
                    .append(" body [").append(macro.body()).append(']');
        }
        return out.toString();
    }

    /** One to four random mutations of {@code page}. */
    static String mutate(Random random, String page) {
        StringBuilder out = new StringBuilder(page);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(out.length() + 1);
            switch (random.nextInt(6)) {
                case 0, 1 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(8)));
                case 3 -> {
                    int from = random.nextInt(out.length() + 1);
                    int to = Math.min(out.length(), from + random.nextInt(40));
                    out.insert(at, out.substring(from, to));
                }
                case 4 -> out.setLength(at);
                default -> {
                    if (at < out.length()) {
                        out.setCharAt(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].charAt(0));
                    }
                }
            }
        }
        return out.toString();
    }

    /** Offsets to probe: the ends, and random ones, some next to a '<'. */
    private static List<Integer> probes(Random random, String page) {
        List<Integer> probes = new ArrayList<>(List.of(0, page.length()));
        for (int i = 0; i < 6; i++) {
            int at = random.nextInt(page.length() + 1);
            probes.add(at);
            int lt = page.indexOf('<', at);
            if (lt >= 0) {
                probes.add(lt);
            }
        }
        return probes;
    }

    private static String editText(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            out.append(random.nextInt(3) == 0 ? FRAGMENTS[random.nextInt(FRAGMENTS.length)]
                    : GeneratedStorage.randomXmlText(random, 30));
        }
        return out.toString();
    }

    private static Map<String, String> parameters(Random random, String id) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (random.nextInt(4) > 0) {
            parameters.put(random.nextBoolean() ? "map-id" : "persona-id", random.nextInt(3) == 0 ? "other-" + id : id);
        }
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            parameters.put(random.nextBoolean() ? "title" : "p" + random.nextInt(4), editText(random));
        }
        return parameters;
    }
}
