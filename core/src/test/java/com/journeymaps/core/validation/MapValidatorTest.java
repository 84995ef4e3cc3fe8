package com.journeymaps.core.validation;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static com.journeymaps.core.testdata.JourneyMapTestData.aSmallMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.JourneyMapTestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapValidatorTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    @Test
    void validate_findsNothingWrongWithAValidMap() {
        assertThat(MapValidator.validate(aSmallMap())).isEmpty();
    }

    @Test
    void validate_explainsADanglingStageReferenceAtItsPointer() {
        JourneyMap map = aSmallMap();
        JourneyMap target = map.withTouchpoint(map.touchpoints().get(2).withStageId("st-9"));

        List<Problem> problems = MapValidator.validate(target);

        assertThat(problems).extracting(p -> p.message(ENGLISH))
                .containsExactly("/touchpoints/2/stageId: no stage with id 'st-9'");
    }

    @Test
    void validate_speaksGerman() {
        JourneyMap map = aSmallMap();
        JourneyMap target = map.withTouchpoint(map.touchpoints().get(0).withStageId("st-9"));

        assertThat(MapValidator.validate(target)).extracting(p -> p.message(BundleTexts.forLocale(Locale.GERMAN)))
                .containsExactly("/touchpoints/0/stageId: es gibt keine Phase mit der ID 'st-9'");
    }

    @Test
    void validate_returnsEveryProblemAtOnce() {
        JourneyMapTestData.MapBuilder builder = aMap().withStages("Awareness").withPersonas("Anna");
        Touchpoint touchpoint = builder.aTouchpoint("Awareness", " ")
                .emotions(Map.of(builder.personaId("Anna"), 3))
                .channel("Web Site")
                .evidence(List.of(new EvidenceLink("ev-1", "Survey", "javascript:alert(1)")))
                .build();
        JourneyMap target = builder.withTouchpoint(touchpoint).build()
                .withFlow(new Flow("fl-1", touchpoint.id(), "tp-gone", 1.5, null));

        List<Problem> problems = MapValidator.validate(target);

        assertThat(problems).extracting(Problem::pointer, Problem::code).containsExactly(
                tuple("/touchpoints/0/name", "required"),
                tuple("/touchpoints/0/channel", "bad-channel"),
                tuple("/touchpoints/0/emotions/" + builder.personaId("Anna"), "emotion-out-of-range"),
                tuple("/touchpoints/0/evidence/0/url", "bad-url"),
                tuple("/flows/0/to", "dangling-touchpoint"),
                tuple("/flows/0/share", "share-out-of-range"));
    }

    @Test
    void validate_requiresIdsUniqueAcrossTheWholeMap() {
        JourneyMap map = aSmallMap();
        String stageId = map.stages().get(0).id();
        Touchpoint clash = map.touchpoints().get(0).toBuilder().id(stageId).build();
        JourneyMap target = map.withTouchpoints(List.of(clash));

        List<Problem> problems = MapValidator.validate(target);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/touchpoints/0/id");
            assertThat(p.message(ENGLISH)).contains("already used at /stages/0/id");
        });
    }

    @Test
    void validate_acceptsTheCustomerEmotionKeyOnlyWhenTheMapHasNoPersonas() {
        JourneyMapTestData.MapBuilder builder = aMap().withStages("Awareness");
        JourneyMap withoutPersonas = builder.withTouchpoint(builder.aTouchpoint("Awareness", "Ad")
                .emotions(Map.of(Touchpoint.CUSTOMER, -2)).build()).build();
        JourneyMap withPersona = withoutPersonas.withPersona(
                new com.journeymaps.core.model.PersonaRef("pr-1", 5L, "Anna", "buyer"));

        assertThat(MapValidator.validate(withoutPersonas)).isEmpty();
        assertThat(MapValidator.validate(withPersona)).extracting(Problem::code).containsExactly("dangling-persona");
    }

    @Test
    void validate_refusesCellsInLanesDrawnFromTouchpointsAndCellsOfUnknownStages() {
        JourneyMap map = aSmallMap();
        String stageId = map.stages().get(0).id();
        Lane derived = new Lane("ln-derived", LaneType.EMOTIONS, null, true)
                .withCell(stageId, List.of(new LaneItem("it-1", "happy")));
        Lane backstage = new Lane("ln-back", LaneType.BACKSTAGE, null, true)
                .withCell("st-gone", List.of(new LaneItem("it-2", "Ship parcel")));

        List<Problem> problems = MapValidator.validate(map.withLane(derived).withLane(backstage));

        assertThat(problems).extracting(Problem::pointer, Problem::code).containsExactly(
                tuple("/lanes/3/cells", "cells-not-allowed"),
                tuple("/lanes/4/cells/st-gone", "dangling-stage"));
    }

    @Test
    void validate_enforcesTheStageAndTouchpointLimits() {
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_STAGES; i++) {
            stages.add(new Stage("st-" + i, "Stage " + i, null, null));
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_TOUCHPOINTS; i++) {
            touchpoints.add(Touchpoint.builder().id("tp-" + i).stageId("st-0").name("T" + i).build());
        }
        JourneyMap target = aMap().build().toBuilder().stages(stages).touchpoints(touchpoints).build();

        assertThat(MapValidator.validate(target)).extracting(p -> p.message(ENGLISH)).containsExactly(
                "/stages: the map has 201 stages; the limit is 200",
                "/touchpoints: the map has 5,001 touchpoints; the limit is 5,000");
    }

    @Test
    void validate_allowsExactly64KiBOfTextPerField() {
        JourneyMap atLimit = aMap().build().toBuilder().objective("a".repeat(Limits.MAX_TEXT_BYTES)).build();
        JourneyMap overLimit = atLimit.toBuilder().objective("a".repeat(Limits.MAX_TEXT_BYTES - 1) + "ä").build();

        assertThat(MapValidator.validate(atLimit)).isEmpty();
        assertThat(MapValidator.validate(overLimit)).extracting(Problem::pointer, Problem::code)
                .containsExactly(tuple("/objective", "text-too-long"));
    }

    @Test
    void validate_checksOpportunityIssueLinks() {
        JourneyMap map = aSmallMap();
        Touchpoint touchpoint = map.touchpoints().get(0).toBuilder().opportunities(List.of(
                new Opportunity("op-1", "Shorter form", OpportunityStatus.PLANNED, null, null, null,
                        "data:text/html,hi"))).build();

        assertThat(MapValidator.validate(map.withTouchpoint(touchpoint))).extracting(Problem::pointer)
                .containsExactly("/touchpoints/0/opportunities/0/issueUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "http://intranet/page?q=1#x", "HTTPS://Example.com/a",
            "mailto:team@example.com"})
    void isAllowedLink_acceptsHttpHttpsAndMailto(String url) {
        assertThat(MapValidator.isAllowedLink(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "ftp://files.example.com/a", "/wiki/page",
            "example.com", "https://", "mailto:", " https://example.com", "file:///etc/passwd", "https://exa mple.com"})
    void isAllowedLink_refusesEverythingElse(String url) {
        assertThat(MapValidator.isAllowedLink(url)).isFalse();
    }
}
