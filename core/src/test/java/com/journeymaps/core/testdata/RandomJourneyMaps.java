package com.journeymaps.core.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Random valid journey maps for property-based tests, reproducible from a seed: the same seed
 * always gives the same map, so a failing seed named in an assertion message can be replayed.
 * Texts deliberately contain what breaks naive encoders: quotes, commas, semicolons, pipes,
 * backslashes, line breaks, tabs, umlauts and emoji. Every level carries random extension
 * properties ({@code x-…}), as a newer version of the app would write them.
 *
 * <p>Optional texts are either absent or non-empty (never {@code ""}), because CSV cannot tell an
 * empty cell from an absent value.
 */
public final class RandomJourneyMaps {

    /** How big the generated maps get. */
    public enum Size {
        SMALL(3, 6, 2), MEDIUM(8, 40, 4), LARGE(30, 300, 6);

        final int maxStages;
        final int maxTouchpoints;
        final int maxItems;

        Size(int maxStages, int maxTouchpoints, int maxItems) {
            this.maxStages = maxStages;
            this.maxTouchpoints = maxTouchpoints;
            this.maxItems = maxItems;
        }
    }

    private static final String[] FRAGMENTS = {"Checkout", "form", " ", " ", "a", "Zahlung", "über", "naïve",
            "\"quoted\"", ",", ";", "|", "\\", ":", " | ", "high: ", "\n", "\t", "€", "😀", "=", "[", "]", "'",
            "<b>", "&amp;", "100%", "-", "0", "x", "emotion:", "#", "\u00a0"};

    private final Random random;
    private final Ids ids;
    private final Set<String> usedIds = new HashSet<>();

    private RandomJourneyMaps(long seed) {
        this.random = new Random(seed);
        this.ids = Ids.seeded(seed ^ 0x5DEECE66DL);
    }

    /** {@code count} seeds starting at 1, for {@code @MethodSource}. */
    public static LongStream seeds(int count) {
        return LongStream.rangeClosed(1, count);
    }

    /** A random valid map; {@code MapValidator.validate} finds no problem in it. */
    public static JourneyMap generate(long seed, Size size) {
        return new RandomJourneyMaps(seed).map(size);
    }

    private JourneyMap map(Size size) {
        List<PersonaRef> personas = list(3, () -> new PersonaRef(id(ElementKind.PERSONA),
                1 + random.nextInt(1_000_000), text(), maybe(this::text), extensions()));
        List<Stage> stages = new ArrayList<>();
        int stageCount = 1 + random.nextInt(size.maxStages);
        for (int i = 0; i < stageCount; i++) {
            stages.add(new Stage(id(ElementKind.STAGE), text(), maybe(this::text), maybe(this::text), extensions()));
        }
        List<Lane> lanes = new ArrayList<>();
        int laneCount = random.nextInt(6);
        for (int i = 0; i < laneCount; i++) {
            LaneType type = LaneType.values()[random.nextInt(LaneType.values().length)];
            Map<String, List<LaneItem>> cells = new LinkedHashMap<>();
            if (type.holdsCells()) {
                for (Stage stage : stages) {
                    if (random.nextBoolean()) {
                        cells.put(stage.id(), list(size.maxItems,
                                () -> new LaneItem(id(ElementKind.LANE_ITEM), text(), extensions())));
                    }
                }
            }
            lanes.add(new Lane(id(ElementKind.LANE), type, maybe(this::text), random.nextBoolean(), cells,
                    extensions()));
        }
        List<String> emotionKeys = personas.isEmpty() ? List.of(Touchpoint.CUSTOMER)
                : personas.stream().map(PersonaRef::id).toList();
        List<Touchpoint> touchpoints = new ArrayList<>();
        int touchpointCount = random.nextInt(size.maxTouchpoints + 1);
        for (int i = 0; i < touchpointCount; i++) {
            touchpoints.add(touchpoint(stages.get(random.nextInt(stages.size())).id(), emotionKeys, size));
        }
        List<Flow> flows = new ArrayList<>();
        if (!touchpoints.isEmpty()) {
            flows = list(size.maxItems, () -> new Flow(id(ElementKind.FLOW),
                    touchpoints.get(random.nextInt(touchpoints.size())).id(),
                    touchpoints.get(random.nextInt(touchpoints.size())).id(),
                    maybe(() -> random.nextInt(101) / 100.0), maybe(this::text), extensions()));
        }
        return JourneyMap.builder().id(id(ElementKind.MAP)).title(text()).objective(maybe(this::text))
                .scope(maybe(this::text)).owner(maybe(this::text)).lastVerified(maybe(this::date))
                .personas(personas).stages(stages).lanes(lanes).touchpoints(touchpoints).flows(flows)
                .extensions(extensions()).build();
    }

    private Touchpoint touchpoint(String stageId, List<String> emotionKeys, Size size) {
        Map<String, Integer> emotions = new LinkedHashMap<>();
        for (String key : emotionKeys) {
            if (random.nextInt(3) > 0) {
                emotions.put(key, random.nextInt(5) - 2);
            }
        }
        return Touchpoint.builder()
                .id(id(ElementKind.TOUCHPOINT))
                .stageId(stageId)
                .name(text())
                .channel(maybe(this::channel))
                .description(maybe(this::text))
                .action(maybe(this::text))
                .thought(maybe(this::text))
                .emotions(emotions)
                .momentOfTruth(random.nextInt(4) == 0)
                .owner(maybe(this::text))
                .painPoints(list(size.maxItems, () -> new PainPoint(id(ElementKind.PAIN_POINT), text(),
                        pick(Severity.values()), extensions())))
                .opportunities(list(size.maxItems, () -> new Opportunity(id(ElementKind.OPPORTUNITY), text(),
                        pick(OpportunityStatus.values()), maybe(() -> pick(Level.values())),
                        maybe(() -> pick(Level.values())), maybe(this::text), maybe(this::url), extensions())))
                .metrics(list(size.maxItems, () -> new Metric(id(ElementKind.METRIC), metricName(),
                        maybe(this::number), maybe(this::text), maybe(this::text), maybe(this::date), extensions())))
                .evidence(list(size.maxItems, () -> new EvidenceLink(id(ElementKind.EVIDENCE), maybe(this::text),
                        url(), extensions())))
                .lastVerified(maybe(this::date))
                .extensions(extensions())
                .build();
    }

    private String id(ElementKind kind) {
        String id;
        do {
            id = ids.next(kind);
        } while (!usedIds.add(id));
        return id;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        String result = text.toString();
        return result.isBlank() ? result + "x" : result;
    }

    private String channel() {
        return random.nextInt(5) == 0 ? "custom-" + random.nextInt(100) : pick(Channel.KNOWN.toArray(String[]::new));
    }

    private String metricName() {
        return random.nextBoolean() ? pick(Metric.COMMON_NAMES.toArray(String[]::new)) : text();
    }

    private String url() {
        return switch (random.nextInt(4)) {
            case 0 -> "https://example.com/research/" + random.nextInt(1000) + "?q=a%20b&x=1#part";
            case 1 -> "http://intranet.example/page";
            case 2 -> "mailto:research@example.com";
            default -> "https://jira.example.com/browse/JM-" + random.nextInt(10000);
        };
    }

    private Double number() {
        return switch (random.nextInt(5)) {
            case 0 -> (double) random.nextInt(1000);
            case 1 -> random.nextInt(1000) / 10.0;
            case 2 -> -random.nextDouble() * 100;
            case 3 -> random.nextDouble();
            default -> 1.0e9 + random.nextInt(1000);
        };
    }

    private LocalDate date() {
        return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(11_000));
    }

    /** Random extension properties, as a newer version of the format might add. */
    private Map<String, JsonNode> extensions() {
        Map<String, JsonNode> extensions = new LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                extensions.put("x-" + random.nextInt(1000), extensionValue());
            }
        }
        return extensions;
    }

    private JsonNode extensionValue() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(5)) {
            case 0 -> nodes.textNode(text());
            case 1 -> nodes.numberNode(random.nextInt());
            case 2 -> nodes.booleanNode(random.nextBoolean());
            case 3 -> nodes.arrayNode().add(text()).add(random.nextInt(10)).addNull();
            default -> {
                ObjectNode object = nodes.objectNode();
                object.put("kind", text());
                object.putObject("nested").put("level", random.nextInt(5));
                yield object;
            }
        };
    }

    private <T> List<T> list(int max, Supplier<T> element) {
        int count = random.nextInt(max + 1);
        List<T> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(element.get());
        }
        return list;
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(3) == 0 ? null : value.get();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
