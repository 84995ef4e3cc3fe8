package com.journeymaps.web.render.view;

import static com.journeymaps.core.testdata.JourneyMapTestData.aMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.core.testdata.JourneyMapTestData.MapBuilder;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
@SuppressWarnings("unchecked")
class MapViewModelTest {

    private static final BundleTexts ENGLISH = BundleTexts.forLocale(Locale.ENGLISH);

    @Mock
    private PersonaDirectory directory;

    private static Map<String, Object> grid(Map<String, Object> data) {
        return (Map<String, Object>) data.get("grid");
    }

    private static List<Map<String, Object>> rows(Map<String, Object> data) {
        return (List<Map<String, Object>>) grid(data).get("rows");
    }

    private static List<Map<String, Object>> cells(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("cells");
    }

    @Test
    void of_givesTemplatesEmptyTextsInsteadOfNulls() {
        JourneyMap map = aMap().withTitle(null).build();

        Map<String, Object> target = MapViewModel.of(map, "", OutputMode.STATIC, ENGLISH, PersonaDirectory.NONE);

        assertNoNulls(target);
        assertThat(target).containsEntry("title", "").containsEntry("owner", "").containsEntry("interactive", false)
                .containsEntry("mapId", map.id());
        assertThat(grid(target)).containsEntry("stageCount", 0);
    }

    static java.util.stream.LongStream seeds() {
        return RandomJourneyMaps.seeds(100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void of_neverPutsANullIntoTemplateData(long seed) {
        Map<String, Object> target = MapViewModel.of(RandomJourneyMaps.generate(seed, RandomJourneyMaps.Size.MEDIUM),
                "jm-" + seed, OutputMode.INTERACTIVE, ENGLISH, PersonaDirectory.NONE);

        assertNoNulls(target);
    }

    @Test
    void touchpointLane_isAddedWhenTheMapHasNoneSoTouchpointsAreNeverLost() {
        MapBuilder builder = aMap().withStages("A").withLanes(LaneType.THOUGHTS);
        JourneyMap map = builder.withTouchpoint("A", "Visit").build();

        Map<String, Object> target = MapViewModel.of(map, "jm-1", OutputMode.INTERACTIVE, ENGLISH,
                PersonaDirectory.NONE);

        assertThat(rows(target)).extracting(r -> r.get("type")).containsExactly("touchpoints", "thoughts");
        assertThat(rows(target).get(0)).containsEntry("label", "Touchpoints");
        assertThat((List<Object>) cells(rows(target).get(0)).get(0).get("cards")).hasSize(1);
    }

    @Test
    void hiddenLanes_areLeftOutAndUserLabelsKept() {
        JourneyMap map = aMap().withStages("A")
                .withLane(new Lane("ln-1", LaneType.TOUCHPOINTS, "Moments", true))
                .withLane(new Lane("ln-2", LaneType.THOUGHTS, null, false)).build();

        Map<String, Object> target = MapViewModel.of(map, "jm-1", OutputMode.INTERACTIVE, ENGLISH,
                PersonaDirectory.NONE);

        assertThat(rows(target)).extracting(r -> r.get("label")).containsExactly("Moments");
    }

    @Test
    void card_summarisesPainPointsByTheirWorstSeverityAndLabelsCustomChannels() {
        MapBuilder builder = aMap().withStages("A").withLanes(LaneType.TOUCHPOINTS);
        builder.withTouchpoint(builder.aTouchpoint("A", "Kiosk").channel("kiosk").painPoints(List.of(
                new PainPoint("pp-1", "slow", Severity.MEDIUM), new PainPoint("pp-2", "broken", Severity.CRITICAL),
                new PainPoint("pp-3", "ugly", Severity.LOW))).build());

        Map<String, Object> target = MapViewModel.of(builder.build(), "jm-1", OutputMode.INTERACTIVE, ENGLISH,
                PersonaDirectory.NONE);

        Map<String, Object> card = ((List<Map<String, Object>>) cells(rows(target).get(0)).get(0).get("cards")).get(0);
        assertThat(card).containsEntry("painCount", 3).containsEntry("worstSeverity", "critical")
                .containsEntry("worstSeverityLabel", "Critical").containsEntry("channel", Channel.OTHER)
                .containsEntry("channelLabel", "kiosk").containsEntry("number", 1);
    }

    @Test
    void flows_classifyBackStepsSkipsRepeatsAndChannelSwitchesAndDropPlainSteps() {
        MapBuilder builder = aMap().withStages("A", "B");
        builder.withTouchpoint("A", "One").withTouchpoint("A", "Two").withTouchpoint(
                builder.aTouchpoint("B", "Three").channel(Channel.STORE).build());
        builder.withFlow("Three", "One", 0.25).withFlow("One", "Three", null).withFlow("Two", "Two", null)
                .withFlow("One", "Two", 0.9).withFlow("Two", "Three", null);

        Map<String, Object> target = MapViewModel.of(builder.build(), "jm-1", OutputMode.STATIC, ENGLISH,
                PersonaDirectory.NONE);

        List<Map<String, Object>> flows = (List<Map<String, Object>>) target.get("flows");
        assertThat(flows).extracting(f -> f.get("kind")).containsExactly("back", "skip", "repeat", "switch");
        assertThat(flows.get(0)).containsEntry("share", "25").containsEntry("from", "Three")
                .containsEntry("fromNumber", 3).containsEntry("channelSwitch", true)
                .containsEntry("fromChannel", "Store").containsEntry("toChannel", "Web");
    }

    @Test
    void personas_takeNameQuoteAndLinkFromTheDirectoryAndFallBackToTheCachedTitle() {
        JourneyMap map = aMap().withPersonas("Cached Priya", "Hidden Max").build();
        long priya = map.personas().get(0).pageId();
        long max = map.personas().get(1).pageId();
        when(directory.find(priya)).thenReturn(Optional.of(new PersonaPage(new PageLink(priya, "Priya page",
                "/pages/" + priya), Optional.of(new Persona("Priya Rao", "Admin", null, "javascript:alert(1)",
                        "Make it work", null, null, null, null, null, null, null)))));
        when(directory.find(max)).thenReturn(Optional.empty());

        Map<String, Object> target = MapViewModel.of(map, "jm-1", OutputMode.INTERACTIVE, ENGLISH, directory);

        List<Map<String, Object>> cards = (List<Map<String, Object>>) target.get("personas");
        assertThat(cards.get(0)).containsEntry("name", "Priya Rao").containsEntry("role", "Admin")
                .containsEntry("quote", "Make it work").containsEntry("photoUrl", "")
                .containsEntry("url", "/pages/" + priya).containsEntry("available", true)
                .containsEntry("initials", "PR").containsEntry("series", 0);
        assertThat(cards.get(1)).containsEntry("name", "Hidden Max").containsEntry("url", "")
                .containsEntry("available", false).containsEntry("series", 1);
    }

    @Test
    void of_toleratesElementsWithoutIdsAsInMapsWithProblems() {
        MapBuilder builder = aMap().withStages("A").withPersonas("P");
        builder.withStage(new com.journeymaps.core.model.Stage(null, null, null, null));
        builder.withTouchpoint(builder.aTouchpoint("A", "T").id(null).emotions(Map.of()).build());
        JourneyMap map = builder.build();
        map = map.withPersona(new com.journeymaps.core.model.PersonaRef(null, 5, null, null));
        map = map.withFlow(new com.journeymaps.core.model.Flow(null, null, null, null, null));

        Map<String, Object> target = MapViewModel.of(map, null, OutputMode.INTERACTIVE, ENGLISH,
                PersonaDirectory.NONE);

        assertNoNulls(target);
        assertThat(grid(target)).containsEntry("stageCount", 2).containsEntry("touchpointCount", 1);
    }

    @Test
    void domId_keepsOnlyCharactersSafeInIds() {
        assertThat(MapViewModel.domId("jm-1\"><x")).isEqualTo("jm-jm-1x");
        assertThat(MapViewModel.domId("")).isEqualTo("jm-map");
    }

    private static void assertNoNulls(Object value) {
        assertThat(value).isNotNull();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertThat(v).as("value of %s", k).isNotNull();
                assertNoNulls(v);
            });
        } else if (value instanceof Collection<?> list) {
            list.forEach(MapViewModelTest::assertNoNulls);
        } else {
            assertThat(value).isInstanceOfAny(String.class, Number.class, Boolean.class);
        }
    }
}
