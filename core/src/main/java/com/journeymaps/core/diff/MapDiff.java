package com.journeymaps.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.JourneyMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The semantic diff of two versions of a journey map: what a reviewer of the page history wants to
 * know ("touchpoint 'Checkout' moved from Consideration to Purchase"), not which lines of JSON
 * differ. Elements are matched by their stable ids, so a renamed stage is a rename rather than a
 * removal and an addition, and a touchpoint dragged elsewhere is a move. Every difference the
 * model can hold is reported, including extension properties, so the list is empty exactly when
 * the two maps are equal.
 *
 * <p>Changes come in document order: the map's own fields, then personas, stages, lanes (with their
 * items), touchpoints (each followed by its emotions and items) and flows; removals of a list before
 * its additions and edits. An added or removed element is one change carrying the element's JSON;
 * its contents are not listed again.
 *
 * <p>Both maps are expected to be valid (ids unique), as stored maps are. Cost is linear in the
 * size of the maps plus O(n log n) per list for moves.
 */
public final class MapDiff {

    private record ListSpec(ElementKind kind, ChangeKind added, ChangeKind removed, ChangeKind changed,
                            ChangeKind moved) {
    }

    /** Adds the names (parent, places) an element's changes need, given its before and after JSON. */
    @FunctionalInterface
    private interface Names {
        void apply(Change.Builder change, ObjectNode before, ObjectNode after);
    }

    private static final Names NO_NAMES = (change, before, after) -> { };

    private static final Map<ElementKind, ListSpec> SPECS = Map.of(
            ElementKind.PERSONA, new ListSpec(ElementKind.PERSONA, ChangeKind.PERSONA_LINKED,
                    ChangeKind.PERSONA_UNLINKED, ChangeKind.PERSONA_CHANGED, ChangeKind.PERSONA_MOVED),
            ElementKind.STAGE, new ListSpec(ElementKind.STAGE, ChangeKind.STAGE_ADDED, ChangeKind.STAGE_REMOVED,
                    ChangeKind.STAGE_FIELD_CHANGED, ChangeKind.STAGE_MOVED),
            ElementKind.LANE, new ListSpec(ElementKind.LANE, ChangeKind.LANE_ADDED, ChangeKind.LANE_REMOVED,
                    ChangeKind.LANE_CHANGED, ChangeKind.LANE_MOVED),
            ElementKind.PAIN_POINT, new ListSpec(ElementKind.PAIN_POINT, ChangeKind.PAIN_POINT_ADDED,
                    ChangeKind.PAIN_POINT_REMOVED, ChangeKind.PAIN_POINT_CHANGED, ChangeKind.PAIN_POINT_MOVED),
            ElementKind.OPPORTUNITY, new ListSpec(ElementKind.OPPORTUNITY, ChangeKind.OPPORTUNITY_ADDED,
                    ChangeKind.OPPORTUNITY_REMOVED, ChangeKind.OPPORTUNITY_CHANGED, ChangeKind.OPPORTUNITY_MOVED),
            ElementKind.METRIC, new ListSpec(ElementKind.METRIC, ChangeKind.METRIC_ADDED, ChangeKind.METRIC_REMOVED,
                    ChangeKind.METRIC_CHANGED, ChangeKind.METRIC_MOVED),
            ElementKind.EVIDENCE, new ListSpec(ElementKind.EVIDENCE, ChangeKind.EVIDENCE_ADDED,
                    ChangeKind.EVIDENCE_REMOVED, ChangeKind.EVIDENCE_CHANGED, ChangeKind.EVIDENCE_MOVED),
            ElementKind.FLOW, new ListSpec(ElementKind.FLOW, ChangeKind.FLOW_ADDED, ChangeKind.FLOW_REMOVED,
                    ChangeKind.FLOW_CHANGED, ChangeKind.FLOW_MOVED));

    private final List<Change> changes = new ArrayList<>();
    private final Map<String, String> stageNames = new HashMap<>();
    private final Map<String, String> touchpointNames = new HashMap<>();
    private final Map<String, String> personaTitles = new HashMap<>();

    private MapDiff() {
    }

    /** Every change from {@code before} to {@code after}, in document order; empty when they are equal. */
    public static List<Change> diff(JourneyMap before, JourneyMap after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        // a touchpoint equal in both versions is only an outline (id, stage, name), one node in both
        // trees: the diff never looks inside a node the two trees share
        List<JourneyMap> versions = List.of(before, after);
        List<ObjectNode> trees = JourneyMapJson.toOutlineTrees(versions).orElseGet(() -> JourneyMapJson.toTrees(versions));
        return diff(trees.get(0), trees.get(1));
    }

    /** The same on the JSON trees {@link JourneyMapJson#toTree} writes. */
    public static List<Change> diff(ObjectNode before, ObjectNode after) {
        MapDiff diff = new MapDiff();
        diff.collectNames(before);
        diff.collectNames(after); // the newer names win
        diff.map(before, after);
        return List.copyOf(diff.changes);
    }

    private void collectNames(ObjectNode map) {
        MapTree.list(map, "stages").forEach(s -> stageNames.put(MapTree.id(s), MapTree.name(ElementKind.STAGE, s)));
        MapTree.list(map, "touchpoints")
                .forEach(t -> touchpointNames.put(MapTree.id(t), MapTree.name(ElementKind.TOUCHPOINT, t)));
        MapTree.list(map, "personas")
                .forEach(p -> personaTitles.put(MapTree.id(p), MapTree.name(ElementKind.PERSONA, p)));
    }

    private void map(ObjectNode before, ObjectNode after) {
        String mapId = MapTree.id(after) != null ? MapTree.id(after) : String.valueOf(MapTree.id(before));
        String title = MapTree.name(ElementKind.MAP, after);
        if (!Objects.equals(before.get("id"), after.get("id"))) {
            changes.add(Change.of(ChangeKind.MAP_FIELD_CHANGED, mapId).field("id")
                    .values(before.get("id"), after.get("id")).name(title).build());
        }
        fields(ElementKind.MAP, before, after,
                field -> Change.of(ChangeKind.MAP_FIELD_CHANGED, mapId).name(title));
        list(SPECS.get(ElementKind.PERSONA), MapTree.list(before, "personas"), MapTree.list(after, "personas"),
                NO_NAMES);
        list(SPECS.get(ElementKind.STAGE), MapTree.list(before, "stages"), MapTree.list(after, "stages"),
                NO_NAMES);
        List<ObjectNode> lanesBefore = MapTree.list(before, "lanes");
        List<ObjectNode> lanesAfter = MapTree.list(after, "lanes");
        list(SPECS.get(ElementKind.LANE), lanesBefore, lanesAfter, NO_NAMES);
        Map<String, ObjectNode> lanesById = byId(lanesBefore);
        for (ObjectNode lane : lanesAfter) {
            ObjectNode old = lanesById.get(MapTree.id(lane));
            if (old != null) {
                cells(old, lane);
            }
        }
        touchpoints(MapTree.list(before, "touchpoints"), MapTree.list(after, "touchpoints"));
        list(SPECS.get(ElementKind.FLOW), MapTree.list(before, "flows"), MapTree.list(after, "flows"),
                (change, b, a) -> {
                    ObjectNode flow = a != null ? a : b;
                    change.places(touchpointNames.get(MapTree.text(flow, "from")),
                            touchpointNames.get(MapTree.text(flow, "to")));
                });
    }

    /** Additions, removals, moves and field changes of one ordered list of elements. */
    private void list(ListSpec spec, List<ObjectNode> before, List<ObjectNode> after, Names names) {
        Map<String, ObjectNode> beforeById = byId(before);
        Map<String, ObjectNode> afterById = byId(after);
        for (ObjectNode old : before) {
            if (!afterById.containsKey(MapTree.id(old))) {
                Change.Builder change = Change.of(spec.removed(), MapTree.id(old)).values(old, null)
                        .name(MapTree.name(spec.kind(), old));
                names.apply(change, old, null);
                changes.add(change.build());
            }
        }
        Set<String> moved = ListOrder.moved(ids(before), ids(after));
        Map<String, Integer> beforePositions = positions(before);
        for (int i = 0; i < after.size(); i++) {
            ObjectNode now = after.get(i);
            String id = MapTree.id(now);
            ObjectNode old = beforeById.get(id);
            String name = MapTree.name(spec.kind(), now);
            if (old == null) {
                Change.Builder change = Change.of(spec.added(), id).values(null, now).name(name);
                names.apply(change, null, now);
                changes.add(change.build());
                continue;
            }
            if (moved.contains(id)) {
                Change.Builder change = Change.of(spec.moved(), id).name(name)
                        .values(IntNode.valueOf(beforePositions.get(id) + 1), IntNode.valueOf(i + 1));
                names.apply(change, old, now);
                changes.add(change.build());
            }
            if (old.equals(now)) {
                continue; // equal elements have equal fields and children: nothing more to report
            }
            fields(spec.kind(), old, now, field -> {
                ChangeKind kind = spec.kind() == ElementKind.STAGE && "name".equals(field) ? ChangeKind.STAGE_RENAMED
                        : spec.changed();
                Change.Builder change = Change.of(kind, id).name(name);
                names.apply(change, old, now);
                return change;
            });
            for (Map.Entry<String, ElementKind> childList : MapTree.childLists(spec.kind()).entrySet()) {
                list(SPECS.get(childList.getValue()), MapTree.list(old, childList.getKey()),
                        MapTree.list(now, childList.getKey()), (change, b, a) -> change.parent(id, name));
            }
        }
    }

    private void touchpoints(List<ObjectNode> before, List<ObjectNode> after) {
        Map<String, ObjectNode> beforeById = byId(before);
        Map<String, ObjectNode> afterById = byId(after);
        for (ObjectNode old : before) {
            String id = MapTree.id(old);
            if (!afterById.containsKey(id)) {
                changes.add(Change.of(ChangeKind.TOUCHPOINT_REMOVED, id).values(old, null)
                        .name(MapTree.name(ElementKind.TOUCHPOINT, old))
                        .places(stageNames.get(MapTree.text(old, MapTree.STAGE_ID)), null).build());
            }
        }
        Set<String> moved = ListOrder.moved(ids(before), ids(after));
        Map<String, Integer> beforePositions = positionsInStage(before);
        Map<String, Integer> afterPositions = positionsInStage(after);
        for (ObjectNode now : after) {
            String id = MapTree.id(now);
            String name = MapTree.name(ElementKind.TOUCHPOINT, now);
            String stageId = MapTree.text(now, MapTree.STAGE_ID);
            String stage = stageNames.get(stageId);
            ObjectNode old = beforeById.get(id);
            if (old == null) {
                changes.add(Change.of(ChangeKind.TOUCHPOINT_ADDED, id).values(null, now).name(name)
                        .places(null, stage).build());
                continue;
            }
            String oldStageId = MapTree.text(old, MapTree.STAGE_ID);
            if (!Objects.equals(oldStageId, stageId)) {
                changes.add(Change.of(ChangeKind.TOUCHPOINT_MOVED_STAGE, id).field(MapTree.STAGE_ID)
                        .values(old.get(MapTree.STAGE_ID), now.get(MapTree.STAGE_ID)).name(name)
                        .places(stageNames.get(oldStageId), stage).build());
            } else if (moved.contains(id)) {
                changes.add(Change.of(ChangeKind.TOUCHPOINT_REORDERED, id).name(name).places(stage, stage)
                        .values(IntNode.valueOf(beforePositions.get(id)), IntNode.valueOf(afterPositions.get(id)))
                        .build());
            }
            if (old.equals(now)) {
                continue; // equal touchpoints: no field, emotion or item changed
            }
            fields(ElementKind.TOUCHPOINT, old, now, field -> MapTree.STAGE_ID.equals(field) ? null
                    : Change.of(ChangeKind.TOUCHPOINT_FIELD_CHANGED, id).name(name).places(stage, stage));
            emotions(id, name, stage, old.get(MapTree.EMOTIONS), now.get(MapTree.EMOTIONS));
            for (Map.Entry<String, ElementKind> childList : MapTree.childLists(ElementKind.TOUCHPOINT).entrySet()) {
                list(SPECS.get(childList.getValue()), MapTree.list(old, childList.getKey()),
                        MapTree.list(now, childList.getKey()),
                        (change, b, a) -> change.parent(id, name).places(stage, stage));
            }
        }
    }

    private void emotions(String touchpointId, String name, String stage, JsonNode before, JsonNode after) {
        Set<String> keys = new LinkedHashSet<>();
        fieldNames(after).forEachRemaining(keys::add);
        fieldNames(before).forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode old = before == null ? null : before.get(key);
            JsonNode now = after == null ? null : after.get(key);
            if (!Objects.equals(old, now)) {
                changes.add(Change.of(ChangeKind.EMOTION_CHANGED, touchpointId).field(MapTree.EMOTIONS).key(key)
                        .values(old, now).name(name).places(stage, stage).persona(personaTitles.get(key)).build());
            }
        }
    }

    /** A lane item with the stage whose cell holds it. */
    private record Item(String stageId, ObjectNode node) {
    }

    private void cells(ObjectNode laneBefore, ObjectNode laneAfter) {
        String laneId = MapTree.id(laneAfter);
        String laneName = MapTree.name(ElementKind.LANE, laneAfter);
        JsonNode cellsBefore = laneBefore.get(MapTree.CELLS);
        JsonNode cellsAfter = laneAfter.get(MapTree.CELLS);
        Map<String, Item> before = items(cellsBefore);
        Map<String, Item> after = items(cellsAfter);
        for (Map.Entry<String, Item> old : before.entrySet()) {
            if (!after.containsKey(old.getKey())) {
                ObjectNode node = old.getValue().node();
                changes.add(Change.of(ChangeKind.LANE_ITEM_REMOVED, old.getKey()).parent(laneId, laneName)
                        .values(node, null).name(MapTree.name(ElementKind.LANE_ITEM, node))
                        .places(stageNames.get(old.getValue().stageId()), null).build());
            }
        }
        Set<String> moved = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        fieldNames(cellsAfter).forEachRemaining(keys::add);
        fieldNames(cellsBefore).forEachRemaining(keys::add);
        for (String stageId : keys) {
            List<ObjectNode> cellBefore = MapTree.list(cellsBefore, stageId);
            List<ObjectNode> cellAfter = MapTree.list(cellsAfter, stageId);
            moved.addAll(ListOrder.moved(ids(cellBefore), ids(cellAfter)));
            boolean inBefore = cellsBefore != null && cellsBefore.has(stageId);
            boolean inAfter = cellsAfter != null && cellsAfter.has(stageId);
            if (inBefore != inAfter && (inBefore ? cellBefore : cellAfter).isEmpty()) {
                changes.add(Change.of(ChangeKind.LANE_CHANGED, laneId).field(MapTree.CELLS).key(stageId)
                        .values(inBefore ? cellsBefore.get(stageId) : null, inAfter ? cellsAfter.get(stageId) : null)
                        .name(laneName).places(stageNames.get(stageId), stageNames.get(stageId)).build());
            }
        }
        for (Map.Entry<String, Item> now : after.entrySet()) {
            String id = now.getKey();
            Item item = now.getValue();
            String name = MapTree.name(ElementKind.LANE_ITEM, item.node());
            String stage = stageNames.get(item.stageId());
            Item old = before.get(id);
            if (old == null) {
                changes.add(Change.of(ChangeKind.LANE_ITEM_ADDED, id).parent(laneId, laneName)
                        .values(null, item.node()).name(name).places(null, stage).build());
                continue;
            }
            if (!old.stageId().equals(item.stageId())) {
                changes.add(Change.of(ChangeKind.LANE_ITEM_MOVED_STAGE, id).parent(laneId, laneName)
                        .field(MapTree.CELLS).values(TextNode.valueOf(old.stageId()), TextNode.valueOf(item.stageId()))
                        .name(name).places(stageNames.get(old.stageId()), stage).build());
            } else if (moved.contains(id)) {
                changes.add(Change.of(ChangeKind.LANE_ITEM_REORDERED, id).parent(laneId, laneName)
                        .values(IntNode.valueOf(position(cellsBefore, old)), IntNode.valueOf(position(cellsAfter, item)))
                        .name(name).places(stage, stage).build());
            }
            fields(ElementKind.LANE_ITEM, old.node(), item.node(),
                    field -> Change.of(ChangeKind.LANE_ITEM_CHANGED, id).parent(laneId, laneName).name(name)
                            .places(stage, stage));
        }
    }

    private static Map<String, Item> items(JsonNode cells) {
        Map<String, Item> items = new LinkedHashMap<>();
        fieldNames(cells).forEachRemaining(stageId -> MapTree.list(cells, stageId)
                .forEach(node -> items.put(MapTree.id(node), new Item(stageId, node))));
        return items;
    }

    private static int position(JsonNode cells, Item item) {
        return ids(MapTree.list(cells, item.stageId())).indexOf(MapTree.id(item.node())) + 1;
    }

    /**
     * One change per plain field that differs, in the order of the newer element's properties
     * (then the removed ones). {@code change} starts the change for a field, or returns null to
     * skip a field reported elsewhere.
     */
    private void fields(ElementKind kind, ObjectNode before, ObjectNode after,
                        java.util.function.Function<String, Change.Builder> change) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        for (String field : names) {
            if (MapTree.isStructural(kind, field)) {
                continue;
            }
            JsonNode old = before.get(field);
            JsonNode now = after.get(field);
            if (!Objects.equals(old, now)) {
                Change.Builder builder = change.apply(field);
                if (builder != null) {
                    changes.add(builder.field(field).values(old, now).build());
                }
            }
        }
    }

    private static Iterator<String> fieldNames(JsonNode object) {
        return object == null ? java.util.Collections.emptyIterator() : object.fieldNames();
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> elements) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        elements.forEach(e -> map.put(MapTree.id(e), e));
        return map;
    }

    private static List<String> ids(List<ObjectNode> elements) {
        return elements.stream().map(MapTree::id).toList();
    }

    private static Map<String, Integer> positions(List<ObjectNode> elements) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            positions.put(MapTree.id(elements.get(i)), i);
        }
        return positions;
    }

    /** 1-based position of each touchpoint among the touchpoints of its stage. */
    private static Map<String, Integer> positionsInStage(List<ObjectNode> touchpoints) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        for (ObjectNode t : touchpoints) {
            int position = counts.merge(String.valueOf(MapTree.text(t, MapTree.STAGE_ID)), 1, Integer::sum);
            positions.put(MapTree.id(t), position);
        }
        return positions;
    }
}
