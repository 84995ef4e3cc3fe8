package com.journeymaps.core.diff;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random edit scripts for property tests of diff and merge: the edits a team makes to a map between
 * two saves (rename, change fields and emotions, add, remove and move touchpoints, reorder stages,
 * add pain points, link personas…). Every edit keeps the map valid, as the editor in the UI does:
 * removing a stage moves or removes its touchpoints, removing a touchpoint removes its flows,
 * unlinking a persona removes its emotions. Reproducible from the {@link Random} passed in.
 */
public final class RandomMapEdits {

    private static final String[] WORDS = {"Checkout", "Zahlung über PayPal", "\"quoted\"", "a, b; c", "😀 happy",
            "line\nbreak", "Support chat", "Review", "x", "100%"};
    private static final int EDIT_KINDS = 29;

    private final Random random;
    private final Ids ids;
    private final Set<String> used;
    private JourneyMap map;

    private RandomMapEdits(JourneyMap map, Random random) {
        this.map = map;
        this.random = random;
        this.ids = Ids.seeded(random.nextLong());
        this.used = new java.util.HashSet<>(map.allIds());
    }

    /** {@code map} after {@code count} random edits drawn from {@code random}. */
    public static JourneyMap edit(JourneyMap map, Random random, int count) {
        RandomMapEdits editor = new RandomMapEdits(map, random);
        for (int i = 0; i < count; i++) {
            editor.editOnce();
        }
        return editor.map;
    }

    private void editOnce() {
        List<Touchpoint> tps = map.touchpoints();
        switch (random.nextInt(EDIT_KINDS)) {
            case 0 -> map = map.withTitle(word());
            case 1 -> updateStage(s -> s.withName(word()));
            case 2 -> updateStage(s -> s.withGoal(random.nextBoolean() ? null : word()));
            case 3 -> addStage();
            case 4 -> removeStage();
            case 5 -> map = map.toBuilder().stages(moveOne(map.stages())).build();
            case 6, 7 -> addTouchpoint();
            case 8 -> removeTouchpoint();
            case 9 -> moveTouchpointToOtherStage();
            case 10 -> map = map.withTouchpoints(moveOne(tps));
            case 11 -> updateTouchpoint(t -> t.withName(word()));
            case 12 -> updateTouchpoint(t -> t.toBuilder().channel(pick(Channel.KNOWN)).momentOfTruth(
                    random.nextBoolean()).build());
            case 13 -> updateTouchpoint(t -> t.toBuilder().description(random.nextBoolean() ? null : word()).build());
            case 14, 15 -> updateTouchpoint(t -> {
                String key = pick(map.emotionKeys());
                return t.withEmotion(key, random.nextInt(4) == 0 ? null : random.nextInt(5) - 2);
            });
            case 16 -> updateTouchpoint(t -> t.withPainPoint(new PainPoint(id(ElementKind.PAIN_POINT), word(),
                    pick(List.of(Severity.values())))));
            case 17 -> updateTouchpoint(t -> t.painPoints().isEmpty() ? t : t.toBuilder()
                    .painPoints(moveOne(t.painPoints().stream().filter(p -> random.nextInt(4) > 0)
                            .map(p -> random.nextBoolean() ? p : new PainPoint(p.id(), p.text(),
                                    pick(List.of(Severity.values())), p.extensions())).toList()))
                    .build());
            case 18 -> updateTouchpoint(t -> {
                List<Opportunity> list = new ArrayList<>(t.opportunities());
                if (!list.isEmpty() && random.nextBoolean()) {
                    int i = random.nextInt(list.size());
                    list.set(i, list.get(i).withStatus(pick(List.of(OpportunityStatus.values()))));
                } else {
                    list.add(random.nextInt(list.size() + 1), new Opportunity(id(ElementKind.OPPORTUNITY), word(),
                            OpportunityStatus.IDEA, null, null, null, null));
                }
                return t.toBuilder().opportunities(list).build();
            });
            case 19 -> updateTouchpoint(t -> {
                List<Metric> list = new ArrayList<>(t.metrics());
                if (!list.isEmpty() && random.nextBoolean()) {
                    list.remove(random.nextInt(list.size()));
                } else {
                    list.add(new Metric(id(ElementKind.METRIC), "CSAT", (double) random.nextInt(100), "%", null, null));
                }
                return t.toBuilder().metrics(list).build();
            });
            case 20 -> updateTouchpoint(t -> {
                Map<String, com.fasterxml.jackson.databind.JsonNode> ext = new LinkedHashMap<>(t.extensions());
                ext.put("x-edit", random.nextBoolean() ? IntNode.valueOf(random.nextInt(3)) : TextNode.valueOf(word()));
                return t.toBuilder().extensions(ext).build();
            });
            case 21 -> flows();
            case 22 -> personas();
            case 23 -> laneItems();
            case 24 -> lanes();
            case 25 -> map = map.toBuilder().objective(random.nextBoolean() ? null : word()).build();
            case 26 -> updateTouchpoint(t -> {
                List<EvidenceLink> list = new ArrayList<>(t.evidence());
                if (!list.isEmpty() && random.nextBoolean()) {
                    int i = random.nextInt(list.size());
                    EvidenceLink e = list.get(i);
                    list.set(i, new EvidenceLink(e.id(), word(), e.url(), e.extensions()));
                } else {
                    list.add(new EvidenceLink(id(ElementKind.EVIDENCE), null, "https://example.com/survey"));
                }
                return t.toBuilder().evidence(moveOne(list)).build();
            });
            case 27 -> map = map.toBuilder().personas(moveOne(map.personas())).build();
            default -> moveLaneItem();
        }
    }

    private void updateStage(java.util.function.UnaryOperator<Stage> edit) {
        List<Stage> stages = new ArrayList<>(map.stages());
        int i = random.nextInt(stages.size());
        stages.set(i, edit.apply(stages.get(i)));
        map = map.toBuilder().stages(stages).build();
    }

    private void addStage() {
        List<Stage> stages = new ArrayList<>(map.stages());
        if (stages.size() >= 12) {
            return;
        }
        stages.add(random.nextInt(stages.size() + 1), new Stage(id(ElementKind.STAGE), word(), null, null));
        map = map.toBuilder().stages(stages).build();
    }

    private void removeStage() {
        if (map.stages().size() < 2) {
            return;
        }
        Stage gone = pick(map.stages());
        List<Stage> stages = map.stages().stream().filter(s -> s != gone).toList();
        List<Touchpoint> tps;
        if (random.nextBoolean()) {
            String target = pick(stages).id();
            tps = map.touchpoints().stream().map(t -> t.stageId().equals(gone.id()) ? t.withStageId(target) : t)
                    .toList();
        } else {
            tps = map.touchpoints().stream().filter(t -> !t.stageId().equals(gone.id())).toList();
        }
        List<Lane> lanes = map.lanes().stream().map(l -> {
            Map<String, List<LaneItem>> cells = new LinkedHashMap<>(l.cells());
            cells.remove(gone.id());
            return new Lane(l.id(), l.type(), l.label(), l.visible(), cells, l.extensions());
        }).toList();
        map = withoutDanglingFlows(map.toBuilder().stages(stages).touchpoints(tps).lanes(lanes).build());
    }

    private void addTouchpoint() {
        if (map.touchpoints().size() >= 60) {
            return;
        }
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        Touchpoint t = Touchpoint.builder().id(id(ElementKind.TOUCHPOINT)).stageId(pick(map.stages()).id())
                .name(word()).channel(pick(Channel.KNOWN)).build();
        tps.add(random.nextInt(tps.size() + 1), t);
        map = map.withTouchpoints(tps);
    }

    private void removeTouchpoint() {
        if (map.touchpoints().isEmpty()) {
            return;
        }
        map = withoutDanglingFlows(map.withoutTouchpoint(pick(map.touchpoints()).id()));
    }

    private void moveTouchpointToOtherStage() {
        if (map.touchpoints().isEmpty()) {
            return;
        }
        Touchpoint t = pick(map.touchpoints()).withStageId(pick(map.stages()).id());
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        tps.removeIf(x -> x.id().equals(t.id()));
        tps.add(random.nextInt(tps.size() + 1), t);
        map = map.withTouchpoints(tps);
    }

    private void updateTouchpoint(java.util.function.UnaryOperator<Touchpoint> edit) {
        if (map.touchpoints().isEmpty()) {
            return;
        }
        map = map.withTouchpoint(edit.apply(pick(map.touchpoints())));
    }

    private void flows() {
        List<Flow> flows = new ArrayList<>(map.flows());
        int choice = random.nextInt(3);
        if (choice == 0 && !map.touchpoints().isEmpty()) {
            flows.add(new Flow(id(ElementKind.FLOW), pick(map.touchpoints()).id(), pick(map.touchpoints()).id(),
                    random.nextInt(11) / 10.0, random.nextBoolean() ? null : word()));
        } else if (choice == 1 && !flows.isEmpty()) {
            flows.remove(random.nextInt(flows.size()));
        } else if (!flows.isEmpty()) {
            int i = random.nextInt(flows.size());
            Flow f = flows.get(i);
            flows.set(i, new Flow(f.id(), f.from(), f.to(), random.nextInt(11) / 10.0, f.label(), f.extensions()));
        }
        map = map.toBuilder().flows(flows).build();
    }

    private void personas() {
        List<PersonaRef> personas = new ArrayList<>(map.personas());
        if (random.nextBoolean() || personas.isEmpty()) {
            if (personas.size() >= 4) {
                return;
            }
            personas.add(new PersonaRef(id(ElementKind.PERSONA), 1 + random.nextInt(99_999), word(), null));
        } else if (random.nextBoolean()) {
            int i = random.nextInt(personas.size());
            personas.set(i, personas.get(i).withRole(word()));
        } else {
            personas.remove(random.nextInt(personas.size()));
        }
        JourneyMap next = map.toBuilder().personas(personas).build();
        Set<String> keys = Set.copyOf(next.emotionKeys());
        map = next.withTouchpoints(next.touchpoints().stream().map(t -> {
            Map<String, Integer> emotions = new LinkedHashMap<>(t.emotions());
            emotions.keySet().retainAll(keys);
            return t.toBuilder().emotions(emotions).build();
        }).toList());
    }

    private void laneItems() {
        List<Lane> cellLanes = map.lanes().stream().filter(l -> l.type().holdsCells()).toList();
        if (cellLanes.isEmpty()) {
            return;
        }
        Lane lane = pick(cellLanes);
        String stageId = pick(map.stages()).id();
        List<LaneItem> cell = new ArrayList<>(lane.cell(stageId));
        int choice = random.nextInt(3);
        if (choice == 0 || cell.isEmpty()) {
            cell.add(random.nextInt(cell.size() + 1), new LaneItem(id(ElementKind.LANE_ITEM), word()));
        } else if (choice == 1) {
            cell.remove(random.nextInt(cell.size()));
        } else {
            int i = random.nextInt(cell.size());
            cell.set(i, new LaneItem(cell.get(i).id(), word(), cell.get(i).extensions()));
        }
        map = map.withLane(lane.withCell(stageId, cell));
    }

    /** Moves one lane item to a random place in a random cell of its lane (possibly its own). */
    private void moveLaneItem() {
        List<Lane> withItems = map.lanes().stream().filter(l -> l.cells().values().stream().anyMatch(c -> !c.isEmpty()))
                .toList();
        if (withItems.isEmpty()) {
            return;
        }
        Lane lane = pick(withItems);
        String from = pick(lane.cells().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList());
        List<LaneItem> source = new ArrayList<>(lane.cell(from));
        LaneItem item = source.remove(random.nextInt(source.size()));
        lane = lane.withCell(from, source);
        String to = pick(map.stages()).id();
        List<LaneItem> target = new ArrayList<>(lane.cell(to));
        target.add(random.nextInt(target.size() + 1), item);
        map = map.withLane(lane.withCell(to, target));
    }

    private void lanes() {
        if (map.lanes().isEmpty() || random.nextInt(4) == 0) {
            List<Lane> lanes = new ArrayList<>(map.lanes());
            lanes.add(random.nextInt(lanes.size() + 1), new Lane(id(ElementKind.LANE),
                    pick(List.of(com.journeymaps.core.model.LaneType.values())), word(), true));
            map = map.toBuilder().lanes(lanes).build();
            return;
        }
        if (random.nextInt(4) == 0) {
            Lane gone = pick(map.lanes());
            map = map.toBuilder().lanes(map.lanes().stream().filter(l -> l != gone).toList()).build();
            return;
        }
        switch (random.nextInt(3)) {
            case 0 -> map = map.toBuilder().lanes(moveOne(map.lanes())).build();
            case 1 -> {
                Lane lane = pick(map.lanes());
                map = map.withLane(lane.withVisible(!lane.visible()));
            }
            default -> {
                Lane lane = pick(map.lanes());
                map = map.withLane(lane.withLabel(word()));
            }
        }
    }

    private static JourneyMap withoutDanglingFlows(JourneyMap map) {
        Set<String> ids = new java.util.HashSet<>();
        map.touchpoints().forEach(t -> ids.add(t.id()));
        return map.toBuilder().flows(map.flows().stream()
                .filter(f -> ids.contains(f.from()) && ids.contains(f.to())).toList()).build();
    }

    private <T> List<T> moveOne(List<T> list) {
        if (list.size() < 2) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        T element = copy.remove(random.nextInt(copy.size()));
        copy.add(random.nextInt(copy.size() + 1), element);
        return copy;
    }

    private String id(ElementKind kind) {
        String id;
        do {
            id = ids.next(kind);
        } while (!used.add(id));
        return id;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(100));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
