package com.journeymaps.core.testdata;

import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-data builders for journey maps, shared with the other modules through core's test-jar.
 * Everything not mentioned gets a valid, deterministic value, so a test states only what it is
 * about:
 * <pre>{@code
 * JourneyMap map = aMap().withStages("Awareness", "Purchase")
 *         .withTouchpoint("Purchase", "Checkout")
 *         .build();
 * }</pre>
 * Elements are found by name in later calls ({@link MapBuilder#stageId(String)}), and ids come
 * from a seeded {@link Ids}, so the same builder calls give the same map every time.
 */
public final class JourneyMapTestData {

    private JourneyMapTestData() {
    }

    /** A valid map with an id and a title and nothing else. */
    public static MapBuilder aMap() {
        return new MapBuilder();
    }

    /** A valid map with three stages, the touchpoint and emotion lanes and one touchpoint per stage. */
    public static JourneyMap aSmallMap() {
        return aMap().withStages("Awareness", "Purchase", "Advocacy")
                .withLanes(LaneType.TOUCHPOINTS, LaneType.EMOTIONS, LaneType.PAIN_POINTS)
                .withTouchpoint("Awareness", "Radio ad")
                .withTouchpoint("Purchase", "Checkout")
                .withTouchpoint("Advocacy", "Review request")
                .build();
    }

    /** Builds maps by name; see the class comment. */
    public static final class MapBuilder {
        private final Ids ids = Ids.seeded(20260131L);
        private final JourneyMap.Builder map;
        private final List<PersonaRef> personas = new ArrayList<>();
        private final List<Stage> stages = new ArrayList<>();
        private final List<Lane> lanes = new ArrayList<>();
        private final List<Touchpoint> touchpoints = new ArrayList<>();
        private final List<Flow> flows = new ArrayList<>();

        private MapBuilder() {
            map = JourneyMap.builder().id(ids.next(ElementKind.MAP)).title("Checkout journey")
                    .objective("Find where first-time buyers give up");
        }

        public MapBuilder withTitle(String title) {
            map.title(title);
            return this;
        }

        public MapBuilder withId(String id) {
            map.id(id);
            return this;
        }

        public MapBuilder withStages(String... names) {
            for (String name : names) {
                stages.add(new Stage(ids.next(ElementKind.STAGE), name, "Goal in " + name, null));
            }
            return this;
        }

        public MapBuilder withStage(Stage stage) {
            stages.add(stage);
            return this;
        }

        public MapBuilder withPersonas(String... titles) {
            long pageId = 1000 + personas.size();
            for (String title : titles) {
                personas.add(new PersonaRef(ids.next(ElementKind.PERSONA), pageId++, title, null));
            }
            return this;
        }

        public MapBuilder withLanes(LaneType... types) {
            for (LaneType type : types) {
                lanes.add(new Lane(ids.next(ElementKind.LANE), type, type.id(), true));
            }
            return this;
        }

        public MapBuilder withLane(Lane lane) {
            lanes.add(lane);
            return this;
        }

        /** Adds a touchpoint on the web channel to the stage named {@code stageName}. */
        public MapBuilder withTouchpoint(String stageName, String name) {
            touchpoints.add(aTouchpoint(stageName, name).build());
            return this;
        }

        public MapBuilder withTouchpoint(Touchpoint touchpoint) {
            touchpoints.add(touchpoint);
            return this;
        }

        /** A touchpoint builder for the stage named {@code stageName}, with a fresh id; add it with {@link #withTouchpoint(Touchpoint)}. */
        public Touchpoint.Builder aTouchpoint(String stageName, String name) {
            return Touchpoint.builder().id(ids.next(ElementKind.TOUCHPOINT)).stageId(stageId(stageName)).name(name)
                    .channel(Channel.WEB);
        }

        /**
         * Sets how a persona (by title, or {@link Touchpoint#CUSTOMER} when the map has no personas)
         * feels at the touchpoint named {@code touchpointName}.
         */
        public MapBuilder withEmotion(String touchpointName, String personaTitle, int score) {
            String key = personas.isEmpty() && Touchpoint.CUSTOMER.equals(personaTitle) ? Touchpoint.CUSTOMER
                    : personaId(personaTitle);
            return replace(touchpointName, t -> t.withEmotion(key, score));
        }

        public MapBuilder withPainPoint(String touchpointName, Severity severity, String text) {
            return replace(touchpointName,
                    t -> t.withPainPoint(new PainPoint(ids.next(ElementKind.PAIN_POINT), text, severity)));
        }

        private MapBuilder replace(String touchpointName, java.util.function.UnaryOperator<Touchpoint> change) {
            String id = touchpointId(touchpointName);
            touchpoints.replaceAll(t -> t.id().equals(id) ? change.apply(t) : t);
            return this;
        }

        public MapBuilder withFlow(String fromTouchpoint, String toTouchpoint, Double share) {
            flows.add(new Flow(ids.next(ElementKind.FLOW), touchpointId(fromTouchpoint), touchpointId(toTouchpoint),
                    share, null));
            return this;
        }

        public String stageId(String stageName) {
            return stages.stream().filter(s -> s.name().equals(stageName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no stage named " + stageName)).id();
        }

        public String touchpointId(String touchpointName) {
            return touchpoints.stream().filter(t -> t.name().equals(touchpointName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no touchpoint named " + touchpointName)).id();
        }

        public String personaId(String personaTitle) {
            return personas.stream().filter(p -> p.title().equals(personaTitle)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no persona titled " + personaTitle)).id();
        }

        public Ids ids() {
            return ids;
        }

        public JourneyMap build() {
            return map.personas(personas).stages(stages).lanes(lanes).touchpoints(touchpoints).flows(flows).build();
        }
    }
}
