package com.journeymaps.web.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.testdata.InvalidDocuments;
import com.journeymaps.web.render.OutputMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import com.journeymaps.core.validation.MapRepair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@SuppressWarnings("unchecked")
class ErrorViewModelTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, InvalidDocuments.kinds() * 3L);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void of_translatesEveryProblemAndMarksOnlyMechanicalOnesRepairable(long seed) {
        InvalidDocuments.Case broken = InvalidDocuments.generate(seed);
        ParseResult result = JourneyMapJson.parse(broken.json());

        Map<String, Object> target = ErrorViewModel.of(result, broken.json(), "jm-1", OutputMode.INTERACTIVE, ENGLISH,
                null);

        List<Map<String, Object>> problems = (List<Map<String, Object>>) target.get("problems");
        assertThat(problems).as(broken.breakage()).isNotEmpty();
        assertThat(problems).allSatisfy(p -> {
            assertThat((String) p.get("message")).doesNotStartWith("journeymaps.");
            assertThat(p.get("repairable")).isEqualTo(MapRepair.repairable(
                    com.journeymaps.core.validation.Problem.at((String) p.get("pointer"), (String) p.get("code"))));
        });
        assertThat(target).containsEntry("raw", broken.json()).containsEntry("hasMap", false)
                .containsEntry("repairable", problems.stream().anyMatch(p -> (Boolean) p.get("repairable")));
    }

    @Test
    void of_listsAtMostFiftyProblemsAndCountsTheRest() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"id\":\"jm-1\",\"title\":\"t\",\"personas\":[],"
                + "\"stages\":[{\"id\":\"st-1\",\"name\":\"A\"}],\"lanes\":[],\"flows\":[],\"touchpoints\":[");
        for (int i = 0; i < 70; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"tp-").append(i).append("\",\"stageId\":\"st-x\",\"name\":\"n\"}");
        }
        json.append("]}");
        ParseResult result = JourneyMapJson.parse(json.toString());

        Map<String, Object> target = ErrorViewModel.of(result, json.toString(), "jm-1", OutputMode.STATIC, ENGLISH,
                Map.of("title", "t"));

        assertThat((List<Object>) target.get("problems")).hasSize(50);
        assertThat(target).containsEntry("problemCount", 70).containsEntry("hiddenCount", 20)
                .containsEntry("repairs", "dangling-stage").containsEntry("hasMap", true)
                .containsEntry("interactive", false);
    }
}
