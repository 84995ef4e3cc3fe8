package com.journeymaps.bench;

import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Level;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic journey maps of a given number of touchpoints for benchmarks, the same for the same
 * seed: two personas with an emotion each at most touchpoints, the usual journey lanes visible,
 * every tenth touchpoint with a thought, a pain point, an opportunity, a metric and evidence, and a few
 * non-linear flows. Stages grow with the map (3 to 20), so the big maps are deep rather than wide.
 * The maps stay within the stored-map limits (1 MiB of JSON, 5,000 touchpoints), so rendering them
 * takes the normal path, not the error panel.
 */
public final class BenchMaps {

    private static final String[] CHANNELS = {Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.CHAT,
        Channel.STORE, Channel.PHONE};

    private BenchMaps() {
    }

    /** Prints the JSON size of each benchmark map, to check they stay under the 1 MiB limit. */
    public static void main(String[] args) {
        for (int size : new int[] {10, 100, 1000, 5000}) {
            String json = com.journeymaps.core.json.JourneyMapJson.write(generate(42, size));
            System.out.printf("%d touchpoints: %,d bytes, valid: %s%n", size,
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    com.journeymaps.core.json.JourneyMapJson.parse(json).ok());
        }
    }

    public static JourneyMap generate(long seed, int touchpoints) {
        Random random = new Random(seed);
        Ids ids = Ids.seeded(seed);
        int stageCount = Math.max(3, Math.min(20, touchpoints / 50));
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            stages.add(new Stage(ids.next(ElementKind.STAGE), "Stage " + (s + 1), "Goal of stage " + (s + 1), null));
        }
        List<PersonaRef> personas = List.of(new PersonaRef(ids.next(ElementKind.PERSONA), 1001, "Lena", "buyer"),
                new PersonaRef(ids.next(ElementKind.PERSONA), 1002, "Tom", "user"));
        List<Lane> lanes = new ArrayList<>();
        for (LaneType type : List.of(LaneType.TOUCHPOINTS, LaneType.CUSTOMER_ACTIONS, LaneType.THOUGHTS,
                LaneType.EMOTIONS, LaneType.PAIN_POINTS, LaneType.OPPORTUNITIES, LaneType.METRICS)) {
            lanes.add(new Lane(ids.next(ElementKind.LANE), type, null, true));
        }
        List<Touchpoint> list = new ArrayList<>();
        for (int i = 0; i < touchpoints; i++) {
            Map<String, Integer> emotions = new LinkedHashMap<>();
            for (PersonaRef persona : personas) {
                if (random.nextInt(4) > 0) {
                    emotions.put(persona.id(), random.nextInt(5) - 2);
                }
            }
            Touchpoint.Builder tp = Touchpoint.builder().id(ids.next(ElementKind.TOUCHPOINT))
                    .stageId(stages.get(i * stageCount / touchpoints).id()).name("Touchpoint " + (i + 1))
                    .channel(CHANNELS[random.nextInt(CHANNELS.length)])
                    .emotions(emotions).momentOfTruth(random.nextInt(20) == 0);
            if (i % 2 == 0) {
                tp.action("Does step " + (i + 1));
            }
            if (i % 10 == 0) {
                tp.thought("Is this worth it?")
                        .painPoints(List.of(new PainPoint(ids.next(ElementKind.PAIN_POINT), "Slow page",
                                Severity.values()[random.nextInt(4)])))
                        .opportunities(List.of(new Opportunity(ids.next(ElementKind.OPPORTUNITY), "Cache it",
                                OpportunityStatus.IDEA, Level.HIGH, Level.LOW, null, "https://issues.example.com/1")))
                        .metrics(List.of(new Metric(ids.next(ElementKind.METRIC), "CSAT", 4.1, "points", "Survey",
                                LocalDate.of(2026, 1, 31))))
                        .evidence(List.of(new EvidenceLink(ids.next(ElementKind.EVIDENCE), "Report",
                                "https://analytics.example.com/r")));
            }
            list.add(tp.build());
        }
        List<Flow> flows = new ArrayList<>();
        for (int f = 0; f < Math.min(20, touchpoints / 5); f++) {
            flows.add(new Flow(ids.next(ElementKind.FLOW), list.get(random.nextInt(touchpoints)).id(),
                    list.get(random.nextInt(touchpoints)).id(), 0.1, "Path " + f));
        }
        return JourneyMap.builder().id(ids.next(ElementKind.MAP)).title("Benchmark map of " + touchpoints
                        + " touchpoints").objective("Measure rendering").owner("Bench").personas(personas)
                .stages(stages).lanes(lanes).touchpoints(list).flows(flows).build();
    }
}
