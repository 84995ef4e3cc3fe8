package com.journeymaps.web.render.view;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData.MapBuilder;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PersonaDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CurveViewModelTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> curveOf(JourneyMap map) {
        return (Map<String, Object>) MapViewModel.of(map, "jm-1", OutputMode.INTERACTIVE, ENGLISH,
                PersonaDirectory.NONE).get("curve");
    }

    private static JourneyMap customerMap(Integer... scores) {
        MapBuilder builder = aMap().withStages("A", "B");
        for (int i = 0; i < scores.length; i++) {
            Touchpoint.Builder tp = builder.aTouchpoint(i % 2 == 0 ? "A" : "B", "T" + i);
            if (scores[i] != null) {
                tp.emotions(Map.of(Touchpoint.CUSTOMER, scores[i]));
            }
            builder.withTouchpoint(tp.build());
        }
        return builder.build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void series_followJourneyOrderNotListOrder() {
        // touchpoints alternate stages A, B, A: journey order is T0, T2 (stage A), then T1 (stage B)
        Map<String, Object> target = curveOf(customerMap(2, -2, 0));

        Map<String, Object> series = ((List<Map<String, Object>>) target.get("series")).get(0);
        double x0 = CurveViewModel.x(0);
        double x1 = CurveViewModel.x(1);
        double x2 = CurveViewModel.x(2);
        assertThat(series.get("line")).isEqualTo("M" + Views.coordinate(x0) + " " + Views.coordinate(CurveViewModel.y(2))
                + " L" + Views.coordinate(x1) + " " + Views.coordinate(CurveViewModel.y(0))
                + " L" + Views.coordinate(x2) + " " + Views.coordinate(CurveViewModel.y(-2)));
        List<Map<String, Object>> columns = (List<Map<String, Object>>) target.get("columns");
        assertThat(columns).extracting(c -> c.get("name")).containsExactly("T0", "T2", "T1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownEmotions_breakTheLineInsteadOfInventingAValue() {
        Map<String, Object> target = curveOf(customerMap(1, 1, null));
        // journey order: T0 (A, 1), T2 (A, unknown), T1 (B, 1)
        Map<String, Object> series = ((List<Map<String, Object>>) target.get("series")).get(0);

        assertThat(((String) series.get("line")).chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat((List<Object>) series.get("points")).hasSize(2);
        assertThat(series.get("dips")).isEqualTo("");
        assertThat(target).containsEntry("hasDip", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dipsBelowNeutral_areShadedDownToTheCurveAndBackAtTheCrossings() {
        Map<String, Object> target = curveOf(customerMap(2, null, -2));
        // journey order: T0 (2), T2 (-2), T1 (unknown)
        Map<String, Object> series = ((List<Map<String, Object>>) target.get("series")).get(0);

        String neutral = Views.coordinate(CurveViewModel.y(0));
        String crossing = Views.coordinate((CurveViewModel.x(0) + CurveViewModel.x(1)) / 2);
        assertThat((String) series.get("dips")).startsWith("M" + Views.coordinate(CurveViewModel.x(0)) + " " + neutral)
                .contains("L" + crossing + " " + neutral)
                .contains("L" + Views.coordinate(CurveViewModel.x(1)) + " " + Views.coordinate(CurveViewModel.y(-2)))
                .endsWith("Z");
        assertThat(target).containsEntry("hasDip", true).containsEntry("lowestName", "T2")
                .containsEntry("lowestLabel", "Frustrated (-2)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stages_becomeBandsBehindTheirTouchpointsWithNamesShortenedToFit() {
        MapBuilder builder = aMap().withStages("A", "Consideration of every available option in detail");
        builder.withTouchpoint("A", "One").withTouchpoint("A", "Two")
                .withTouchpoint("Consideration of every available option in detail", "Three");

        List<Map<String, Object>> target = (List<Map<String, Object>>) curveOf(builder.build()).get("stages");

        assertThat(target).hasSize(2);
        assertThat(target.get(0)).containsEntry("label", "A").containsEntry("shaded", false)
                .containsEntry("width", Views.coordinate(2 * CurveViewModel.STEP));
        assertThat(target.get(1)).containsEntry("name", "Consideration of every available option in detail")
                .containsEntry("shaded", true)
                .containsEntry("x", Views.coordinate(CurveViewModel.x(2) - CurveViewModel.STEP / 2.0));
        assertThat((String) target.get(1).get("label")).endsWith("\u2026").hasSizeLessThan(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void personas_eachGetTheirOwnStyleAndMarkerShape() {
        MapBuilder builder = aMap().withStages("A").withPersonas("P1", "P2", "P3", "P4", "P5", "P6", "P7");
        JourneyMap map = builder.build();
        Map<String, Object> target = curveOf(map);

        List<Map<String, Object>> series = (List<Map<String, Object>>) target.get("series");
        assertThat(series).extracting(s -> s.get("style")).containsExactly(0, 1, 2, 3, 4, 5, 0);
        assertThat(series.subList(0, 6)).as("six different shapes at the same place")
                .extracting(s -> s.get("legendMarker")).doesNotHaveDuplicates();
        assertThat(series.get(6).get("legendMarker")).isEqualTo(series.get(0).get("legendMarker"));
        assertThat(target).containsEntry("hasData", false);
    }

    static java.util.stream.LongStream seeds() {
        return RandomJourneyMaps.seeds(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @SuppressWarnings("unchecked")
    void geometry_isOnlyNumbersAndPathCommands(long seed) {
        Map<String, Object> target = curveOf(RandomJourneyMaps.generate(seed, RandomJourneyMaps.Size.MEDIUM));

        assertThat((String) target.get("width")).matches("[0-9.]+");
        for (Map<String, Object> series : (List<Map<String, Object>>) target.get("series")) {
            assertThat((String) series.get("line")).matches("[MLZ0-9. -]*");
            assertThat((String) series.get("dips")).matches("[MLZ0-9. -]*");
            for (Map<String, Object> point : (List<Map<String, Object>>) series.get("points")) {
                assertThat((String) point.get("marker")).matches("[MLZahv0-9. -]+");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 140 | 54    | M135 54 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0 Z",
        "1 | 140 | 54    | M135 49 h10 v10 h-10 Z",
        "2 | 140 | 54    | M140 48 L146 59 L134 59 Z",
        "3 | 140 | 54    | M140 48 L146 54 L140 60 L134 54 Z",
        "4 | 140 | 54    | M140 60 L146 49 L134 49 Z",
        "5 | 140 | 54    | M135 49 L145 59 M145 49 L135 59",
        "6 | 140 | 54    | M135 54 a5 5 0 1 0 10 0 a5 5 0 1 0 -10 0 Z",
        "3 | 212.5 | 122.25 | M212.5 116.3 L218.5 122.3 L212.5 128.3 L206.5 122.3 Z"})
    void markerAt_drawsEachStylesShapeAroundThePoint(int style, double x, double y, String path) {
        assertThat(CurveViewModel.markerAt(style, x, y)).isEqualTo(path);
    }
}
