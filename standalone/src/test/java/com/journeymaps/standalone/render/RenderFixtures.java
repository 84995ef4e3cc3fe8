package com.journeymaps.standalone.render;

import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
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
import com.journeymaps.core.persona.Persona;
import com.journeymaps.web.render.FixedPersonaDirectory;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps and persona directories for the template tests: one renderer compiled once for all of them,
 * a map with a value in every field, and maps of unusual shapes.
 */
final class RenderFixtures {

    /** Compiling every template takes a moment; the tests share one renderer. */
    static final RequestTexts TEXTS = new RequestTexts();
    static final ClosureTemplateRenderer RENDERER = new ClosureTemplateRenderer(TEXTS);

    private RenderFixtures() {
    }

    /**
     * A map with {@code text} in every text field and {@code url} in every link field, every lane
     * type visible, every kind of flow, and three personas (so three curve series).
     */
    static JourneyMap everyField(String text, String url) {
        Ids ids = Ids.seeded(7);
        List<PersonaRef> personas = List.of(
                new PersonaRef(ids.next(ElementKind.PERSONA), 101, text, text),
                new PersonaRef(ids.next(ElementKind.PERSONA), 102, text + " 2", text),
                new PersonaRef(ids.next(ElementKind.PERSONA), 103, text + " 3", null));
        List<Stage> stages = List.of(
                new Stage(ids.next(ElementKind.STAGE), text, text, text),
                new Stage(ids.next(ElementKind.STAGE), text + " B", text, null));
        List<Lane> lanes = new ArrayList<>();
        for (LaneType type : LaneType.values()) {
            Map<String, List<LaneItem>> cells = new LinkedHashMap<>();
            if (type.holdsCells()) {
                cells.put(stages.get(0).id(), List.of(new LaneItem(ids.next(ElementKind.LANE_ITEM), text)));
            }
            lanes.add(new Lane(ids.next(ElementKind.LANE), type, text, true, cells, Map.of()));
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        int[][] emotions = {{-2, 1, 0}, {1, -1, 2}, {2, 0, -2}, {-1, 2, 1}};
        String[] channels = {Channel.WEB, Channel.STORE, "trade-fair", Channel.CHAT};
        for (int i = 0; i < 4; i++) {
            Map<String, Integer> feelings = new LinkedHashMap<>();
            for (int p = 0; p < personas.size(); p++) {
                feelings.put(personas.get(p).id(), emotions[i][p]);
            }
            touchpoints.add(Touchpoint.builder().id(ids.next(ElementKind.TOUCHPOINT))
                    .stageId(stages.get(i / 2).id()).name(text).channel(channels[i]).description(text).action(text)
                    .thought(text).emotions(feelings).momentOfTruth(i == 1).owner(text)
                    .painPoints(List.of(new PainPoint(ids.next(ElementKind.PAIN_POINT), text, Severity.values()[i])))
                    .opportunities(List.of(new Opportunity(ids.next(ElementKind.OPPORTUNITY), text,
                            OpportunityStatus.values()[i], Level.HIGH, Level.LOW, text, url)))
                    .metrics(List.of(new Metric(ids.next(ElementKind.METRIC), text, 4.2, text, text,
                            LocalDate.of(2026, 1, 31))))
                    .evidence(List.of(new EvidenceLink(ids.next(ElementKind.EVIDENCE), text, url),
                            new EvidenceLink(ids.next(ElementKind.EVIDENCE), null, url)))
                    .lastVerified(LocalDate.of(2026, 1, 31)).build());
        }
        List<Flow> flows = List.of(
                new Flow(ids.next(ElementKind.FLOW), touchpoints.get(3).id(), touchpoints.get(0).id(), 0.3, text),
                new Flow(ids.next(ElementKind.FLOW), touchpoints.get(0).id(), touchpoints.get(2).id(), null, text),
                new Flow(ids.next(ElementKind.FLOW), touchpoints.get(1).id(), touchpoints.get(1).id(), 0.05, text),
                new Flow(ids.next(ElementKind.FLOW), touchpoints.get(0).id(), touchpoints.get(1).id(), 0.5, text),
                new Flow(ids.next(ElementKind.FLOW), touchpoints.get(2).id(), touchpoints.get(3).id(), null, null));
        return JourneyMap.builder().id(ids.next(ElementKind.MAP)).title(text).objective(text).scope(text).owner(text)
                .lastVerified(LocalDate.of(2026, 1, 31)).personas(personas).stages(stages).lanes(lanes)
                .touchpoints(touchpoints).flows(flows).build();
    }

    /** A map with {@code stages} stages of {@code perStage} touchpoints each, every one with an emotion. */
    static JourneyMap sized(int stages, int perStage, String namePrefix) {
        Ids ids = Ids.seeded(stages * 1000L + perStage);
        List<Stage> stageList = new ArrayList<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            Stage stage = new Stage(ids.next(ElementKind.STAGE), namePrefix + " stage " + (s + 1), "Goal " + (s + 1),
                    null);
            stageList.add(stage);
            for (int t = 0; t < perStage; t++) {
                touchpoints.add(Touchpoint.builder().id(ids.next(ElementKind.TOUCHPOINT)).stageId(stage.id())
                        .name(namePrefix + " touchpoint " + (s + 1) + "." + (t + 1)).channel(Channel.WEB)
                        .emotions(Map.of(Touchpoint.CUSTOMER, ((s + t) % 5) - 2)).build());
            }
        }
        return JourneyMap.builder().id(ids.next(ElementKind.MAP)).title(namePrefix + " map").stages(stageList)
                .lanes(List.of(new Lane(ids.next(ElementKind.LANE), LaneType.TOUCHPOINTS, null, true),
                        new Lane(ids.next(ElementKind.LANE), LaneType.EMOTIONS, null, true)))
                .touchpoints(touchpoints).build();
    }

    /** A persona directory over fixed pages, as the current viewer would see them. */
    static PersonaDirectory directory(Map<Long, PersonaPage> pages, List<PageLink> maps) {
        return FixedPersonaDirectory.of(pages, maps);
    }

    /** A persona with {@code text} in every field and {@code url} as its photo. */
    static Persona persona(String text, String url) {
        List<String> list = Arrays.asList(text, text + " 2");
        return new Persona(text, text, text, url, text, text, list, list, list, list, list,
                List.of(Channel.WEB, text));
    }
}
