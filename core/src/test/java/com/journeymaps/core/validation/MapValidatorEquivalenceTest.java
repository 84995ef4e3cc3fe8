package com.journeymaps.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.testdata.RandomJourneyMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator builds its JSON Pointers only when it reports a problem (docs/performance.md, session 4).
 * This test holds it to the validator as it was ({@link MapValidatorOracle}, kept unchanged): on random
 * maps with random problems injected (duplicate, malformed and missing ids, dangling references, blank
 * required texts, emotions out of range and of unknown personas, bad links, shares out of range, cell
 * and emotion keys holding {@code /} and {@code ~}, which pointers escape), both must report the same
 * problems in the same order: pointer, code and arguments. A second test pins a few pointers and
 * messages literally.
 */
class MapValidatorEquivalenceTest {

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reportsExactlyWhatTheOldValidatorReported(long seed) {
        System.out.println("MapValidatorEquivalenceTest seed " + seed);
        RandomJourneyMaps.Size size = RandomJourneyMaps.Size.values()[(int) (seed % 3)];
        JourneyMap map = RandomJourneyMaps.generate(seed, size);
        Random random = new Random(seed * 31 + 7);
        int mutations = (int) (seed % 7);
        for (int i = 0; i < mutations; i++) {
            map = mutate(map, random);
        }
        List<Problem> expected = MapValidatorOracle.validate(map);
        List<Problem> actual = MapValidator.validate(map);
        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        if (mutations == 0) {
            assertThat(actual).as("seed %d: a generated map is valid", seed).isEmpty();
        }
    }

    @Test
    void mutationsDoProduceProblems() {
        // guards the test above against mutations that stopped doing anything
        int withProblems = 0;
        int problems = 0;
        for (long seed = 0; seed < 400; seed++) {
            JourneyMap map = RandomJourneyMaps.generate(seed, RandomJourneyMaps.Size.values()[(int) (seed % 3)]);
            Random random = new Random(seed * 31 + 7);
            for (int i = 0; i < seed % 7; i++) {
                map = mutate(map, random);
            }
            List<Problem> found = MapValidator.validate(map);
            withProblems += found.isEmpty() ? 0 : 1;
            problems += found.size();
        }
        assertThat(withProblems).isGreaterThan(250);
        assertThat(problems).isGreaterThan(1000);
    }

    @Test
    void pointersAndMessagesStayAsTheyWere() {
        Stage stage = new Stage("st-1", "Discover", null, null, Map.of());
        Touchpoint first = Touchpoint.builder().id("tp-1").stageId("st-1").name("Ad").build();
        Touchpoint second = Touchpoint.builder().id("tp-1").stageId("st/9~x").name(" ")
                .emotions(Map.of("a/b~c", 7))
                .evidence(List.of(new EvidenceLink("ev-1", null, "javascript:alert(1)", Map.of())))
                .build();
        Lane lane = new Lane("ln-1", LaneType.PAIN_POINTS, null, true,
                Map.of("st~gone/1", List.of(new LaneItem("tp-1", "x", Map.of()))), Map.of());
        JourneyMap map = JourneyMap.builder().id("map-1").title("T").stages(List.of(stage)).lanes(List.of(lane))
                .touchpoints(List.of(first, second)).build();

        List<Problem> problems = MapValidator.validate(map);

        // lanes are checked before touchpoints, so the lane item holds "tp-1" first
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "/lanes/0/cells/st~0gone~11 dangling-stage[st~gone/1]",
                "/touchpoints/0/id duplicate-id[tp-1, /lanes/0/cells/st~0gone~11/0/id]",
                "/touchpoints/1/id duplicate-id[tp-1, /lanes/0/cells/st~0gone~11/0/id]",
                "/touchpoints/1/stageId dangling-stage[st/9~x]",
                "/touchpoints/1/name required[]",
                "/touchpoints/1/emotions/a~1b~0c dangling-persona[a/b~c]",
                "/touchpoints/1/emotions/a~1b~0c emotion-out-of-range[7]",
                "/touchpoints/1/evidence/0/url bad-url[javascript:alert(1)]");
        BundleTexts texts = BundleTexts.forLocale(Locale.ENGLISH);
        assertThat(problems.get(2).message(texts))
                .isEqualTo("/touchpoints/1/id: " + texts.getText(problems.get(2).key(), "tp-1",
                        "/lanes/0/cells/st~0gone~11/0/id"))
                .contains("/lanes/0/cells/st~0gone~11/0/id");
        assertThat(problems).isEqualTo(MapValidatorOracle.validate(map));
    }

    // ---- mutations: each puts one kind of problem somewhere in the map ----

    private static JourneyMap mutate(JourneyMap map, Random random) {
        List<Touchpoint> touchpoints = new ArrayList<>(map.touchpoints());
        List<Stage> stages = new ArrayList<>(map.stages());
        List<Flow> flows = new ArrayList<>(map.flows());
        List<Lane> lanes = new ArrayList<>(map.lanes());
        List<PersonaRef> personas = new ArrayList<>(map.personas());
        List<String> ids = new ArrayList<>(map.allIds());
        ids.sort(null);
        String someId = ids.isEmpty() ? "x-1" : ids.get(random.nextInt(ids.size()));
        String odd = pick(random, "st/9", "a~b", "~/", "p~1/x", "nope", "\u00fcber/2");
        int kind = random.nextInt(14);
        if (!touchpoints.isEmpty() && kind < 8) {
            int i = random.nextInt(touchpoints.size());
            Touchpoint t = touchpoints.get(i);
            Touchpoint.Builder b = t.toBuilder();
            switch (kind) {
                case 0 -> b.id(someId);
                case 1 -> b.id(pick(random, "", " ", "bad id!", null));
                case 2 -> b.stageId(pick(random, odd, "", null));
                case 3 -> b.name(pick(random, "", "  ", null));
                case 4 -> {
                    Map<String, Integer> emotions = new LinkedHashMap<>(t.emotions());
                    emotions.put(random.nextBoolean() ? odd : pick(random, map.emotionKeys().toArray(new String[0])),
                            random.nextInt(9) - 4);
                    b.emotions(emotions);
                }
                case 5 -> b.evidence(List.of(new EvidenceLink(random.nextBoolean() ? someId : "ev-" + random.nextInt(99),
                        null, pick(random, "javascript:x", "/wiki", "https://ok.example.com", ""), Map.of())));
                case 6 -> b.painPoints(List.of(new PainPoint(pick(random, someId, "", "pp-" + random.nextInt(99)),
                        pick(random, "", "slow"), null, Map.of())));
                default -> b.metrics(List.of(new Metric(someId, pick(random, "", "NPS"),
                        random.nextBoolean() ? Double.NaN : 3.0, null, null, null, Map.of())));
            }
            touchpoints.set(i, b.build());
        } else if (!stages.isEmpty() && kind < 10) {
            int i = random.nextInt(stages.size());
            Stage s = stages.get(i);
            stages.set(i, kind == 8 ? new Stage(someId, s.name(), s.goal(), s.description(), s.extensions())
                    : new Stage(s.id(), pick(random, "", " ", null), s.goal(), s.description(), s.extensions()));
        } else if (kind < 11) {
            flows.add(new Flow(random.nextBoolean() ? someId : "fl-" + random.nextInt(999), pick(random, odd, someId, null),
                    someId, random.nextBoolean() ? 1.5 : Double.POSITIVE_INFINITY, null, Map.of()));
        } else if (kind < 12 && !lanes.isEmpty()) {
            int i = random.nextInt(lanes.size());
            Lane l = lanes.get(i);
            Map<String, List<LaneItem>> cells = new LinkedHashMap<>(l.cells());
            cells.put(odd, List.of(new LaneItem(someId, pick(random, "", "note"), Map.of())));
            lanes.set(i, new Lane(l.id(), l.type(), l.label(), l.visible(), cells, l.extensions()));
        } else if (kind < 13 && !personas.isEmpty()) {
            int i = random.nextInt(personas.size());
            PersonaRef p = personas.get(i);
            personas.set(i, new PersonaRef(random.nextBoolean() ? someId : p.id(), -1, p.title(), p.role(), p.extensions()));
        } else {
            return map.toBuilder().id(pick(random, someId, "", "bad id!")).title(" ").build();
        }
        return map.toBuilder().touchpoints(touchpoints).stages(stages).flows(flows).lanes(lanes).personas(personas)
                .build();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options.length == 0 ? null : options[random.nextInt(options.length)];
    }
}
