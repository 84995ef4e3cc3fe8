package com.journeymaps.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.template.Templates;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schema ({@code docs/schema/journey-map-v1.schema.json}) describes what the code
 * really writes and accepts: every fixture and generated map validates against it.
 */
class JourneyMapSchemaTest {

    /** The schema file in the repository, relative to the core module where Maven runs the tests. */
    static final Path SCHEMA = Path.of("..", "docs", "schema", "journey-map-v1.schema.json");
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema TARGET = load();

    static JsonSchema load() {
        try {
            JsonNode schema = MAPPER.readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SCHEMA.toAbsolutePath(), e);
        }
    }

    /** Schema errors of {@code document}; empty when it is valid. */
    static Set<ValidationMessage> errors(JsonNode document) {
        return TARGET.validate(document);
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void schema_acceptsEveryFixture(Path fixture) throws IOException {
        String json = Files.readString(fixture, StandardCharsets.UTF_8);
        JsonNode document = MAPPER.readTree(json);
        if (!document.has("schemaVersion")) {
            // a prototype (v0) document: the schema describes what reading it produces
            document = JourneyMapJson.toTree(JourneyMapJson.parse(json).mapOrThrow());
        }

        assertThat(errors(document)).as(fixture.toString()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("com.journeymaps.core.json.JourneyMapJsonPropertiesTest#seeds")
    void schema_acceptsEveryGeneratedMap(long seed) {
        JsonNode document = JourneyMapJson.toTree(RandomJourneyMaps.generate(seed, RandomJourneyMaps.Size.MEDIUM));

        assertThat(errors(document)).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.journeymaps.core.template.TemplatesTest#templateIds")
    void schema_acceptsEveryTemplateInBothLanguages(String templateId) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            JourneyMap map = Templates.create(templateId, BundleTexts.forLocale(locale), Ids.seeded(1));

            assertThat(errors(JourneyMapJson.toTree(map))).as(templateId + " " + locale).isEmpty();
        }
    }

    @Test
    void schema_rejectsWrongTypesUnknownLaneTypesBadEmotionsDatesAndLinks() {
        assertRejected(doc -> doc.put("schemaVersion", "1"));
        assertRejected(doc -> doc.withArray("lanes").addObject().put("id", "ln-x").put("type", "moods"));
        assertRejected(doc -> ((ObjectNode) doc.get("touchpoints").get(0)).putObject("emotions").put("customer", 3));
        assertRejected(doc -> doc.put("lastVerified", "2026-02-30"));
        assertRejected(doc -> ((ObjectNode) doc.get("touchpoints").get(0)).withArray("evidence").addObject()
                .put("id", "ev-x").put("url", "javascript:alert(1)"));
        assertRejected(doc -> ((ObjectNode) doc.get("stages").get(0)).put("id", "not an id"));
    }

    private static void assertRejected(Consumer<ObjectNode> breakage) {
        ObjectNode document = JourneyMapJson.toTree(JourneyMapTestData.aSmallMap());
        breakage.accept(document);

        assertThat(errors(document)).as(document.toString()).isNotEmpty();
    }
}
