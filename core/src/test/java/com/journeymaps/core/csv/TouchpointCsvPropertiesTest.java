package com.journeymaps.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.core.testdata.RandomJourneyMaps.Size;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.testdata.InvalidDocuments;
import java.io.IOException;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV export and import over generated maps; a failing seed is named in the message. */
class TouchpointCsvPropertiesTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    static LongStream seeds() {
        return RandomJourneyMaps.seeds(200);
    }

    private static JourneyMap map(long seed) {
        return RandomJourneyMaps.generate(seed, seed % 10 == 0 ? Size.LARGE : Size.MEDIUM);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void preview_ofExportIntoTheSameMap_changesNothing(long seed) {
        JourneyMap map = map(seed);

        CsvImportResult target = TouchpointCsv.preview(map, TouchpointCsv.export(map), Ids.seeded(seed));

        assertThat(target.problems()).as("seed %d", seed).isEmpty();
        assertThat(target.map()).as("seed %d", seed).contains(map);
        assertThat(target.addedIds()).as("seed %d", seed).isEmpty();
        assertThat(target.updatedIds()).as("seed %d", seed).isEmpty();
        assertThat(target.unchangedIds()).as("seed %d", seed).hasSize(map.touchpoints().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void preview_ofExportIntoAMapWithoutTouchpoints_recreatesEveryCarriedField(long seed) {
        JourneyMap map = map(seed);
        JourneyMap empty = map.toBuilder().touchpoints(List.of()).flows(List.of()).build();

        CsvImportResult target = TouchpointCsv.preview(empty, TouchpointCsv.export(map), Ids.seeded(seed));

        assertThat(target.problems()).as("seed %d", seed).isEmpty();
        assertThat(target.addedIds()).as("seed %d", seed)
                .containsExactlyElementsOf(map.touchpoints().stream().map(Touchpoint::id).toList());
        assertThat(target.map().orElseThrow().touchpoints().stream().map(TouchpointCsvPropertiesTest::carried).toList())
                .as("seed %d", seed)
                .isEqualTo(map.touchpoints().stream().map(TouchpointCsvPropertiesTest::carried).toList());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void preview_readsSemicolonSeparatedFilesWithoutByteOrderMark(long seed) throws IOException {
        JourneyMap map = map(seed);
        String semicolons = withSeparator(TouchpointCsv.export(map).substring(1), ';');

        CsvImportResult target = TouchpointCsv.preview(map, semicolons, Ids.seeded(seed));

        assertThat(target.problems()).as("seed %d", seed).isEmpty();
        assertThat(target.map()).as("seed %d", seed).contains(map);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("com.journeymaps.core.json.JourneyMapJsonPropertiesTest#invalidSeeds")
    void export_neverThrowsForAMapWithProblems(long seed) {
        InvalidDocuments.Case invalid = InvalidDocuments.generate(seed);
        ParseResult parsed = JourneyMapJson.parse(invalid.json());

        parsed.map().ifPresent(map -> assertThatCode(() -> TouchpointCsv.export(map)).as(invalid.breakage())
                .doesNotThrowAnyException());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void preview_neverThrowsAndNeverHalfAppliesForGarbage(long seed) {
        JourneyMap map = map(seed);
        String garbage = garbage(new Random(seed), TouchpointCsv.export(map));
        AtomicReference<CsvImportResult> result = new AtomicReference<>();

        assertThatCode(() -> result.set(TouchpointCsv.preview(map, garbage, Ids.seeded(seed))))
                .as("seed %d", seed).doesNotThrowAnyException();

        CsvImportResult target = result.get();
        assertThat(target.ok()).as("seed %d: a map xor problems", seed).isEqualTo(target.problems().isEmpty());
        for (CsvProblem problem : target.problems()) {
            assertThat(ENGLISH.has(problem.key())).as("seed %d: message for %s", seed, problem).isTrue();
        }
    }

    /** The exported file with random characters flipped into CSV-significant ones. */
    private static String garbage(Random random, String csv) {
        char[] chars = csv.toCharArray();
        String significant = "\",;|\n\r'=-:[]x ";
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && chars.length > 1; i++) {
            chars[1 + random.nextInt(chars.length - 1)] = significant.charAt(random.nextInt(significant.length()));
        }
        return new String(chars);
    }

    /** What CSV carries of a touchpoint: everything but the ids of its items and the extensions. */
    static Touchpoint carried(Touchpoint t) {
        return t.toBuilder()
                .painPoints(t.painPoints().stream().map(p -> new PainPoint("", p.text(), p.severity())).toList())
                .opportunities(t.opportunities().stream().map(o -> new Opportunity("", o.text(), o.status(),
                        o.impact(), o.effort(), o.owner(), o.issueUrl())).toList())
                .metrics(t.metrics().stream().map(m -> new Metric("", m.name(), m.value(), m.unit(), m.source(),
                        m.asOf())).toList())
                .evidence(t.evidence().stream().map(e -> new EvidenceLink("", e.label(), e.url())).toList())
                .extensions(Map.of())
                .build();
    }

    /** The same table written with another separator, as a spreadsheet in another locale would save it. */
    static String withSeparator(String csv, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<String[]> rows;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            rows = it.readAll();
        }
        return mapper.writer(CsvSchema.emptySchema().withColumnSeparator(separator)).writeValueAsString(rows);
    }
}
