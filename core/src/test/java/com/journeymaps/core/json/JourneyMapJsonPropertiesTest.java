package com.journeymaps.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.testdata.InvalidDocuments;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.core.testdata.RandomJourneyMaps.Size;
import com.journeymaps.core.validation.MapValidator;
import com.journeymaps.core.validation.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the JSON format over generated maps; a failing seed is named in the message. */
class JourneyMapJsonPropertiesTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    static LongStream seeds() {
        return RandomJourneyMaps.seeds(200);
    }

    static LongStream invalidSeeds() {
        return RandomJourneyMaps.seeds(InvalidDocuments.kinds() * 12);
    }

    private static Size size(long seed) {
        return seed % 20 == 0 ? Size.LARGE : seed % 3 == 0 ? Size.MEDIUM : Size.SMALL;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedMaps_areValid(long seed) {
        JourneyMap map = RandomJourneyMaps.generate(seed, size(seed));

        assertThat(MapValidator.validate(map)).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parse_ofWrite_returnsAnEqualMap(long seed) {
        JourneyMap map = RandomJourneyMaps.generate(seed, size(seed));

        ParseResult target = JourneyMapJson.parse(JourneyMapJson.write(map));

        assertThat(target.problems()).as("seed %d", seed).isEmpty();
        assertThat(target.map()).as("seed %d", seed).contains(map);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void write_isStableAcrossRoundTrips(long seed) {
        String once = JourneyMapJson.write(RandomJourneyMaps.generate(seed, size(seed)));

        String twice = JourneyMapJson.write(JourneyMapJson.parse(once).mapOrThrow());

        assertThat(twice).as("seed %d", seed).isEqualTo(once);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parse_neverThrowsWhenAnyValueIsReplacedByAnotherKindOfValue(long seed) {
        Random random = new Random(seed);
        ObjectNode document = JourneyMapJson.toTree(RandomJourneyMaps.generate(seed, Size.SMALL));
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(document, containers);
        for (int i = 0; i < 3; i++) {
            JsonNode container = containers.get(random.nextInt(containers.size()));
            JsonNode replacement = randomValue(random);
            if (container instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                object.set(names.get(random.nextInt(names.size())), replacement);
            } else if (container instanceof ArrayNode array && array.size() > 0) {
                array.set(random.nextInt(array.size()), replacement);
            }
        }

        ParseResult target = parseWithoutThrowing(document.toString(), "seed " + seed + ": " + document);

        assertThat(target.problems()).as("seed %d", seed).extracting(Problem::code).doesNotContain("unreadable");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parse_neverThrowsForRandomlyDamagedText(long seed) {
        Random random = new Random(seed);
        char[] json = JourneyMapJson.write(RandomJourneyMaps.generate(seed, Size.SMALL)).toCharArray();
        String significant = "{}[]\",:0-e.tn\\ \u0000";
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            json[random.nextInt(json.length)] = significant.charAt(random.nextInt(significant.length()));
        }

        ParseResult target = parseWithoutThrowing(new String(json), "seed " + seed);

        assertThat(target.problems()).as("seed %d", seed).extracting(Problem::code).doesNotContain("unreadable");
    }

    private static ParseResult parseWithoutThrowing(String json, String description) {
        AtomicReference<ParseResult> result = new AtomicReference<>();
        assertThatCode(() -> result.set(JourneyMapJson.parse(json))).as(description).doesNotThrowAnyException();
        return result.get();
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collectContainers(child, containers));
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(8)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.textNode("st-" + random.nextInt(3));
            case 2 -> nodes.numberNode(random.nextInt(7) - 3);
            case 3 -> nodes.numberNode(random.nextDouble() * 1e20);
            case 4 -> nodes.booleanNode(random.nextBoolean());
            case 5 -> nodes.arrayNode().add(nodes.objectNode()).add("x");
            case 6 -> nodes.objectNode().put("id", "tp-" + random.nextInt(3)).putNull("name");
            default -> nodes.textNode("2026-13-45");
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("invalidSeeds")
    void parse_reportsProblemsAndNeverThrowsForInvalidDocuments(long seed) {
        InvalidDocuments.Case invalid = InvalidDocuments.generate(seed);
        AtomicReference<ParseResult> result = new AtomicReference<>();

        assertThatCode(() -> result.set(JourneyMapJson.parse(invalid.json()))).as(invalid.breakage())
                .doesNotThrowAnyException();

        assertThat(result.get().ok()).as(invalid.breakage()).isFalse();
        assertThat(result.get().problems()).as(invalid.breakage()).isNotEmpty()
                .extracting(Problem::code).doesNotContain("unreadable");
        for (Problem problem : result.get().problems()) {
            assertThat(ENGLISH.has(problem.key())).as(invalid.breakage() + ": message for " + problem).isTrue();
        }
    }
}
