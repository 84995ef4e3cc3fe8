package com.journeymaps.core.template;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in templates new maps start from: the classic five-stage B2C journey, an e-commerce
 * purchase journey, a seven-stage B2B SaaS journey, a service blueprint and a blank map. A map
 * made from a template is an ordinary map with fresh ids; nothing links it back to the template.
 */
public final class Templates {

    public static final String B2C = "b2c";
    public static final String E_COMMERCE = "e-commerce";
    public static final String B2B_SAAS = "b2b-saas";
    public static final String SERVICE_BLUEPRINT = "service-blueprint";
    public static final String BLANK = "blank";

    private static final List<LaneType> JOURNEY_LANES = List.of(LaneType.TOUCHPOINTS, LaneType.CUSTOMER_ACTIONS,
            LaneType.THOUGHTS, LaneType.EMOTIONS, LaneType.PAIN_POINTS, LaneType.OPPORTUNITIES, LaneType.CHANNELS,
            LaneType.METRICS);
    private static final List<LaneType> JOURNEY_HIDDEN = List.of(LaneType.CHANNELS, LaneType.METRICS);

    private static final List<LaneType> BLUEPRINT_LANES = List.of(LaneType.EVIDENCE, LaneType.CUSTOMER_ACTIONS,
            LaneType.TOUCHPOINTS, LaneType.FRONTSTAGE, LaneType.BACKSTAGE, LaneType.SUPPORT_PROCESSES,
            LaneType.EMOTIONS);

    /** The lanes of a blueprint that start with a hint item in the first stage. */
    private static final List<LaneType> BLUEPRINT_HINTED = List.of(LaneType.EVIDENCE, LaneType.FRONTSTAGE,
            LaneType.BACKSTAGE, LaneType.SUPPORT_PROCESSES);

    private static final List<Template> ALL = List.of(
            new Template(B2C, List.of("awareness", "consideration", "purchase", "retention", "advocacy"),
                    JOURNEY_LANES, JOURNEY_HIDDEN),
            new Template(E_COMMERCE, List.of("awareness", "consideration", "decision", "purchase", "post-purchase"),
                    JOURNEY_LANES, JOURNEY_HIDDEN),
            new Template(B2B_SAAS, List.of("awareness", "consideration", "b2b-decision", "onboarding", "adoption",
                    "renewal-expansion", "advocacy"), JOURNEY_LANES, JOURNEY_HIDDEN),
            new Template(SERVICE_BLUEPRINT, List.of("arrival", "service", "follow-up"), BLUEPRINT_LANES, List.of()),
            new Template(BLANK, List.of("first"), JOURNEY_LANES, JOURNEY_HIDDEN));

    /** Channel of each stage concept's example touchpoint; a concept without one (the blank map's stage) gets no goal and no example. */
    private static final Map<String, String> EXAMPLE_CHANNELS = Map.ofEntries(
            Map.entry("awareness", Channel.SOCIAL),
            Map.entry("consideration", Channel.WEB),
            Map.entry("purchase", Channel.WEB),
            Map.entry("retention", Channel.EMAIL),
            Map.entry("advocacy", Channel.EMAIL),
            Map.entry("decision", Channel.WEB),
            Map.entry("post-purchase", Channel.MOBILE_APP),
            Map.entry("b2b-decision", Channel.PHONE),
            Map.entry("onboarding", Channel.PHONE),
            Map.entry("adoption", Channel.WEB),
            Map.entry("renewal-expansion", Channel.EMAIL),
            Map.entry("arrival", Channel.EMAIL),
            Map.entry("service", Channel.STORE),
            Map.entry("follow-up", Channel.EMAIL));

    private Templates() {
    }

    /** Every built-in template, in the order a picker shows them. */
    public static List<Template> all() {
        return ALL;
    }

    public static Optional<Template> find(String templateId) {
        return ALL.stream().filter(t -> t.id().equals(templateId)).findFirst();
    }

    /**
     * A new map from the template {@code templateId}, worded in the language of {@code texts}, with
     * fresh ids from {@code ids}.
     *
     * @throws IllegalArgumentException when there is no such template
     */
    public static JourneyMap create(String templateId, Texts texts, Ids ids) {
        Template template = find(templateId)
                .orElseThrow(() -> new IllegalArgumentException("no template with id " + templateId));
        List<Stage> stages = new ArrayList<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (String concept : template.stages()) {
            String key = "journeymaps.template.stage." + concept;
            Stage stage = new Stage(ids.next(ElementKind.STAGE), texts.getText(key + ".name"),
                    EXAMPLE_CHANNELS.containsKey(concept) ? texts.getText(key + ".goal") : null, null);
            stages.add(stage);
            String channel = EXAMPLE_CHANNELS.get(concept);
            if (channel != null) {
                touchpoints.add(Touchpoint.builder()
                        .id(ids.next(ElementKind.TOUCHPOINT))
                        .stageId(stage.id())
                        .name(texts.getText(key + ".touchpoint"))
                        .channel(channel)
                        .description(texts.getText(key + ".hint"))
                        .build());
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (LaneType type : template.lanes()) {
            Lane lane = new Lane(ids.next(ElementKind.LANE), type, texts.getText("journeymaps.model.lane-type."
                    + type.id()), !template.hiddenLanes().contains(type));
            if (template.id().equals(SERVICE_BLUEPRINT) && BLUEPRINT_HINTED.contains(type)) {
                lane = lane.withCell(stages.get(0).id(), List.of(new LaneItem(ids.next(ElementKind.LANE_ITEM),
                        texts.getText("journeymaps.template.service-blueprint.hint." + type.id()))));
            }
            lanes.add(lane);
        }
        return JourneyMap.builder()
                .id(ids.next(ElementKind.MAP))
                .title(template.name(texts))
                .stages(stages)
                .lanes(lanes)
                .touchpoints(touchpoints)
                .build();
    }
}
