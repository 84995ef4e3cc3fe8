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
import java.util.Locale;
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
    @MethodSource("invalidSeeds")
    void parse_reportsProblemsAndNeverThrowsForInvalidDocuments(long seed) {
        InvalidDocuments.Case invalid = InvalidDocuments.generate(seed);
        AtomicReference<ParseResult> result = new AtomicReference<>();

        assertThatCode(() -> result.set(JourneyMapJson.parse(invalid.json()))).as(invalid.breakage())
                .doesNotThrowAnyException();

        assertThat(result.get().ok()).as(invalid.breakage()).isFalse();
        assertThat(result.get().problems()).as(invalid.breakage()).isNotEmpty();
        for (Problem problem : result.get().problems()) {
            assertThat(ENGLISH.has(problem.key())).as(invalid.breakage() + ": message for " + problem).isTrue();
        }
    }
}
