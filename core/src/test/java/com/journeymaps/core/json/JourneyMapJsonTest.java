package com.journeymaps.core.json;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.core.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JourneyMapJsonTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    @Test
    void parse_reportsLineAndColumnForMalformedJson() {
        String json = "{\n  \"schemaVersion\": 1,\n  \"title\": \"Checkout\" \"oops\"\n}";

        ParseResult target = JourneyMapJson.parse(json);

        assertThat(target.map()).isEmpty();
        assertThat(target.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("malformed");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).as("where \"oops\" starts").isEqualTo(23);
        });
    }

    @Test
    void parse_reportsDuplicateKeyWithPointerAndLocation() {
        String json = "{\"schemaVersion\":1,\"id\":\"jm-1\",\"stages\":[{\"id\":\"st-1\",\"name\":\"A\",\n\"name\":\"B\"}]}";

        ParseResult target = JourneyMapJson.parse(json);

        assertThat(target.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-key");
            assertThat(p.args()).containsExactly("name");
            assertThat(p.pointer()).isEqualTo("/stages/0/name");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void parse_reportsDuplicateKeyAtItsNameEvenWhenItsValueSpansLinesOrIsBroken() {
        String spanning = "{\"schemaVersion\":1,\"id\":\"jm-1\",\n\"stages\":[],\n\"stages\":[\n"
                + "  {\"id\":\"st-1\",\n   \"name\":\"A\"}]}";
        String broken = "{\"schemaVersion\":1,\"id\":\"jm-1\",\n\"stages\":[],\n\"stages\":[\n  {\"id\" \"st-1\"}]}";

        for (String json : List.of(spanning, broken)) {
            assertThat(JourneyMapJson.parse(json).problems()).as(json).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("duplicate-key");
                assertThat(p.args()).containsExactly("stages");
                assertThat(p.pointer()).isEqualTo("/stages");
                assertThat(p.line()).as("the line of the second name, not of the value's end").isEqualTo(3);
                assertThat(p.column()).isEqualTo(9);
            });
        }
    }

    @Test
    void parse_rejectsMoreThanOneMebibyteBeforeParsing() {
        String json = "{\"schemaVersion\":1,\"x\":\"" + "a".repeat(1024 * 1024) + "\"}";

        ParseResult target = JourneyMapJson.parse(json);

        assertThat(target.problems()).extracting(Problem::code).containsExactly("too-large");
    }

    @Test
    void parse_acceptsExactlyOneMebibyteCountedInUtf8Bytes() {
        String json = JourneyMapJson.write(aMap().build());
        String head = json.substring(0, json.length() - 1) + ",\"x-padding\":\"";
        int room = 1024 * 1024 - head.length() - 2;
        String atLimit = head + "a".repeat(room) + "\"}";
        String overLimit = head + "ä" + "a".repeat(room - 1) + "\"}"; // same characters, one byte more

        assertThat(JourneyMapJson.parse(atLimit).problems()).isEmpty();
        assertThat(JourneyMapJson.parse(overLimit).problems()).extracting(Problem::code).containsExactly("too-large");
    }

    @Test
    void parse_countsThreeByteCharactersAtTheLimit() {
        String json = JourneyMapJson.write(aMap().build());
        String head = json.substring(0, json.length() - 1) + ",\"x-padding\":\"";
        int room = 1024 * 1024 - head.length() - 2;
        String padding = "\u20ac".repeat(room / 3) + "a".repeat(room % 3); // the euro sign is three bytes in UTF-8
        String atLimit = head + padding + "\"}";
        String overLimit = head + padding + "a\"}";

        assertThat(atLimit.length()).isLessThan(1024 * 1024 / 2); // far fewer characters than bytes
        assertThat(JourneyMapJson.parse(atLimit).problems()).isEmpty();
        assertThat(JourneyMapJson.parse(overLimit).problems()).extracting(Problem::code).containsExactly("too-large");
    }

    @Test
    void parse_rejectsNestingDeeperThan32() {
        String json = "{\"schemaVersion\":1,\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";

        ParseResult target = JourneyMapJson.parse(json);

        assertThat(target.problems()).extracting(Problem::code).containsExactly("too-deep");
        assertThat(target.problems().get(0).message(ENGLISH)).contains("32");
    }

    @Test
    void parse_acceptsNestingOf32() {
        String json = JourneyMapJson.write(aMap().build());
        String nested = json.substring(0, json.length() - 1) + ",\"x-deep\":" + "[".repeat(31) + "]".repeat(31) + "}";

        ParseResult target = JourneyMapJson.parse(nested);

        assertThat(target.problems()).isEmpty();
    }

    @Test
    void parse_reportsEmptyInputAndNonObjects() {
        assertThat(JourneyMapJson.parse("").problems()).extracting(Problem::code).containsExactly("empty");
        assertThat(JourneyMapJson.parse("  ").problems()).extracting(Problem::code).containsExactly("empty");
        assertThat(JourneyMapJson.parse(null).problems()).extracting(Problem::code).containsExactly("empty");
        assertThat(JourneyMapJson.parse("[]").problems()).extracting(Problem::code)
                .containsExactly("expected-object");
    }

    @Test
    void parse_locatesSemanticProblemsInTheText() {
        JourneyMapTestData.MapBuilder builder = aMap().withStages("Awareness");
        JourneyMap map = builder.withTouchpoint(builder.aTouchpoint("Awareness", "Ad").stageId("st-9").build())
                .build();
        String pretty = JourneyMapJson.toTree(map).toPrettyString();

        ParseResult target = JourneyMapJson.parse(pretty);

        assertThat(target.map()).as("semantic problems keep the map readable").isPresent();
        Problem problem = target.problems().get(0);
        assertThat(problem.message(ENGLISH)).startsWith("/touchpoints/0/stageId: no stage with id 'st-9'");
        int stageIdLine = pretty.substring(0, pretty.indexOf("\"st-9\"")).split("\n", -1).length;
        assertThat(problem.line()).isEqualTo(stageIdLine);
    }

    @Test
    void parse_reportsWrongTypesAllAtOnceWithoutAMap() {
        String json = "{\"schemaVersion\":1,\"id\":\"jm-1\",\"title\":7,\"lastVerified\":\"2026-02-30\","
                + "\"stages\":[{\"id\":\"st-1\",\"name\":\"A\"}],"
                + "\"lanes\":[{\"id\":\"ln-1\",\"type\":\"feelings\",\"visible\":\"yes\"}]}";

        ParseResult target = JourneyMapJson.parse(json);

        assertThat(target.map()).isEmpty();
        assertThat(target.problems()).extracting(Problem::pointer, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/title", "expected-text"),
                org.assertj.core.groups.Tuple.tuple("/lastVerified", "bad-date"),
                org.assertj.core.groups.Tuple.tuple("/lanes/0/type", "unknown-value"),
                org.assertj.core.groups.Tuple.tuple("/lanes/0/visible", "expected-boolean"));
    }

    @Test
    void parse_pointsAtWrongTypesDeepInsideLists() {
        String json = "{\"schemaVersion\":1,\"id\":\"jm-1\",\"title\":\"T\","
                + "\"stages\":[{\"id\":\"st-1\",\"name\":\"A\"}],"
                + "\"lanes\":[{\"id\":\"ln-1\",\"type\":\"thoughts\",\"cells\":{\"st/1\":[{\"id\":\"it-1\",\"text\":2}, 3]}}],"
                + "\"touchpoints\":[{\"id\":\"tp-1\",\"stageId\":\"st-1\",\"name\":\"N\"},"
                + "{\"id\":\"tp-2\",\"stageId\":\"st-1\",\"name\":\"M\",\"emotions\":{\"pr~1\":\"happy\"},"
                + "\"painPoints\":[{\"text\":\"P\",\"severity\":\"huge\"}],\"metrics\":{}}, \"x\"],"
                + "\"flows\":7}";

        ParseResult target = JourneyMapJson.parse(json);

        // the reader's problems, in reading order; the validator's (a thoughts lane with cells, and so on) follow
        assertThat(target.problems()).extracting(Problem::pointer, Problem::code).startsWith(
                org.assertj.core.groups.Tuple.tuple("/lanes/0/cells/st~11/0/text", "expected-text"),
                org.assertj.core.groups.Tuple.tuple("/lanes/0/cells/st~11/1", "expected-object"),
                org.assertj.core.groups.Tuple.tuple("/touchpoints/1/emotions/pr~01", "expected-emotion"),
                org.assertj.core.groups.Tuple.tuple("/touchpoints/1/painPoints/0/severity", "unknown-value"),
                org.assertj.core.groups.Tuple.tuple("/touchpoints/1/metrics", "expected-array"),
                org.assertj.core.groups.Tuple.tuple("/touchpoints/2", "expected-object"),
                org.assertj.core.groups.Tuple.tuple("/flows", "expected-array"));
    }

    @Test
    void parse_keepsUnknownPropertiesAsExtensions_andOnlyThose() {
        String json = "{\"schemaVersion\":1,\"id\":\"jm-1\",\"title\":\"T\",\"x-top\":1,\"owner\":null,"
                + "\"stages\":[{\"id\":\"st-1\",\"name\":\"A\",\"x-colour\":\"red\",\"x-order\":[1,2]}],"
                + "\"touchpoints\":[{\"id\":\"tp-1\",\"stageId\":\"st-1\",\"name\":\"N\"}]}";

        JourneyMap map = JourneyMapJson.parse(json).mapOrThrow();

        assertThat(map.extensions()).containsOnlyKeys("x-top");
        assertThat(map.stages().get(0).extensions()).containsOnlyKeys("x-colour", "x-order");
        assertThat(map.touchpoints().get(0).extensions()).isEmpty();
        String written = JourneyMapJson.write(map);
        assertThat(written).contains("\"x-top\":1").contains("\"x-colour\":\"red\"").contains("\"x-order\":[1,2]")
                .doesNotContain("\"owner\"");
    }

    @Test
    void parse_ignoresAByteOrderMark() {
        String json = "\uFEFF" + JourneyMapJson.write(aMap().build());

        assertThat(JourneyMapJson.parse(json).ok()).isTrue();
    }

    @Test
    void write_alwaysWritesTheCurrentSchemaVersionFirst() {
        String target = JourneyMapJson.write(aMap().build());

        assertThat(target).startsWith("{\"schemaVersion\":1,");
    }

    @Test
    void parse_keepsPropertiesOfANewerVersionAtEveryLevelAndWritesThemBack() throws IOException {
        String newer = fixture("/fixtures/newer-version-v2.json");

        ParseResult target = JourneyMapJson.parse(newer);

        assertThat(target.problems()).isEmpty();
        JourneyMap map = target.mapOrThrow();
        assertThat(map.schemaVersion()).isEqualTo(2);
        assertThat(map.extensions()).containsKey("audience");
        Touchpoint touchpoint = map.touchpoints().get(0);
        assertThat(touchpoint.extensions()).containsKey("sentimentSource");
        assertThat(touchpoint.painPoints().get(0).extensions()).containsKey("frequency");
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(JourneyMapJson.write(map))).isEqualTo(mapper.readTree(newer));
    }

    @Test
    void parse_readsARealisticMapAndWriteGivesTheSameDocumentBack() throws IOException {
        String json = fixture("/fixtures/checkout-v1.json");

        ParseResult target = JourneyMapJson.parse(json);

        assertThat(target.problems()).isEmpty();
        JourneyMap map = target.mapOrThrow();
        assertThat(map.personas()).hasSize(2);
        assertThat(map.touchpointsIn("st-7e2a9c05")).extracting(Touchpoint::name)
                .containsExactly("Checkout", "Support chat");
        assertThat(map.touchpoint("tp-a1000003").orElseThrow().opportunities().get(0).status())
                .isEqualTo(com.journeymaps.core.model.OpportunityStatus.IN_PROGRESS);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(JourneyMapJson.write(map))).isEqualTo(mapper.readTree(json));
    }

    @Test
    void parse_keepsAPrototypePhaseThatPointsNowhereAndReportsTheMissingStage() {
        String v0 = "{\"name\":\"Old\",\"phases\":[\"Only\"],\"touchpoints\":[{\"phase\":4,\"title\":\"Lost\"}]}";

        ParseResult target = JourneyMapJson.parse(v0);

        assertThat(target.problems()).extracting(Problem::pointer, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/touchpoints/0/stageId", "required"));
        assertThat(target.map().orElseThrow().touchpoints().get(0).extensions()).containsKey("phase");
    }

    @Test
    void parse_migratesThePrototypeShapeToVersion1() throws IOException {
        ParseResult target = JourneyMapJson.parse(fixture("/fixtures/prototype-v0.json"));

        assertThat(target.problems()).isEmpty();
        assertThat(target.sourceSchemaVersion()).isZero();
        assertThat(target.migrated()).isTrue();
        JourneyMap map = target.mapOrThrow();
        assertThat(map.schemaVersion()).isEqualTo(1);
        assertThat(map.title()).isEqualTo("Online shop checkout");
        assertThat(map.objective()).isEqualTo("Why do first-time buyers abandon the cart?");
        assertThat(map.stages()).extracting(s -> s.name()).containsExactly("Discover", "Buy", "After");
        Touchpoint checkout = map.touchpoints().get(1);
        assertThat(checkout.name()).isEqualTo("Checkout");
        assertThat(checkout.stageId()).isEqualTo(map.stages().get(1).id());
        assertThat(checkout.channel()).isEqualTo("mobile-app");
        assertThat(checkout.emotions()).containsExactly(java.util.Map.entry(Touchpoint.CUSTOMER, -2));
        assertThat(checkout.description()).isEqualTo("Card form resets on error");
        assertThat(map.touchpoints().get(2).channel()).isEqualTo("other");
        assertThat(map.touchpoints().get(0).extensions()).containsKey("color");
        assertThat(JourneyMapJson.write(map)).startsWith("{\"schemaVersion\":1,");
    }

    @Test
    void parse_givesTheSameIdsEachTimeAnOldDocumentIsRead() throws IOException {
        String v0 = fixture("/fixtures/prototype-v0.json");

        assertThat(JourneyMapJson.parse(v0).map()).isEqualTo(JourneyMapJson.parse(v0).map());
    }

    @Test
    void parse_rejectsAnUnreadableSchemaVersion() {
        ObjectNode doc = JourneyMapJson.toTree(aMap().build());
        doc.put("schemaVersion", -3);

        ParseResult target = JourneyMapJson.parse(doc.toString());

        assertThat(target.problems()).extracting(Problem::pointer, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/schemaVersion", "bad-schema-version"));
    }

    static String fixture(String resource) throws IOException {
        try (InputStream in = JourneyMapJsonTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
