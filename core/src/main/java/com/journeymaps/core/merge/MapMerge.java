package com.journeymaps.core.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.journeymaps.core.diff.MapTree;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.validation.MapValidator;
import com.journeymaps.core.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The three-way merge of journey maps. When two people edit the same map from the same page
 * version ({@code base}), the one who saves second sends {@code ours}; the page meanwhile holds
 * {@code theirs}. Their changes are combined element by element, matched by stable id:
 * <ul>
 * <li>a field changed in one version only takes that version's value; changed in both to the same
 *     value is fine; changed to different values is a {@link ConflictType#BOTH_CHANGED} conflict.
 *     Emotions merge per persona and lane cells per stage, so two people rating different personas
 *     do not collide;</li>
 * <li>an element removed in one version and left alone in the other is removed; removed in one and
 *     changed in the other (any field, item, emotion, or its stage) is
 *     {@link ConflictType#DELETED_AND_CHANGED}. A pure change of position does not count as a
 *     change: the removal wins;</li>
 * <li>an element moved to another stage in both versions, to different stages, or moved within its
 *     list in both versions to different places, is {@link ConflictType#MOVED_TWICE};</li>
 * <li>elements added in both versions are all kept; the order of each list is merged by
 *     {@link OrderMerge}, deterministically and independent of which version is which;</li>
 * <li>a combination that would not validate (a touchpoint added to a stage the other version
 *     removed, a flow to a removed touchpoint, an emotion of an unlinked persona…) is reported as
 *     {@link ConflictType#INVALID_RESULT} at the element concerned, so the merged map always
 *     validates.</li>
 * </ul>
 * Extension properties written by newer versions of the app merge like any other field.
 *
 * <p>All three maps are expected to be valid, as every stored map is and as a save checks a
 * submitted map before merging it: elements are matched by id, so ids must be unique.
 *
 * <p>The merge runs on the JSON trees of the three maps, indexed by id, so it costs time linear in
 * the size of the maps (plus O(n log n) per list for the order). The merged map reuses the model
 * objects of unchanged elements and is checked by {@link MapValidator}.
 */
public final class MapMerge {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The model lists of a map, by the JSON property that holds them. */
    private static final Map<String, Function<JourneyMap, List<?>>> MAP_LISTS = Map.of(
            "personas", JourneyMap::personas, "stages", JourneyMap::stages, "lanes", JourneyMap::lanes,
            "touchpoints", JourneyMap::touchpoints, "flows", JourneyMap::flows);

    private final List<Conflict> conflicts = new ArrayList<>();

    private MapMerge() {
    }

    /** Merges the changes {@code ours} and {@code theirs} each made to {@code base}. */
    public static MergeResult merge(JourneyMap base, JourneyMap ours, JourneyMap theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        // First on outline trees, in which a touchpoint equal in all three versions is one node holding
        // only its id, stage and name: the merge never looks inside a node the three trees share, and
        // a clean result is assembled from the versions' own models. Anything else (a conflict, a
        // result that does not validate) is worked out again on the full trees, so conflicts and
        // their values are exactly what they always were. Writing every unchanged touchpoint in full
        // was a third of a merge (JFR, docs/performance.md).
        List<JourneyMap> versions = List.of(base, ours, theirs);
        Optional<List<ObjectNode>> outlines = JourneyMapJson.toOutlineTrees(versions);
        if (outlines.isPresent()) {
            MergeResult outlined = merge(base, ours, theirs, outlines.get());
            if (outlined.isClean()) {
                return outlined;
            }
        }
        return merge(base, ours, theirs, JourneyMapJson.toTrees(versions));
    }

    private static MergeResult merge(JourneyMap base, JourneyMap ours, JourneyMap theirs, List<ObjectNode> written) {
        // unchanged elements share one node across the three trees (equal by reference), and the
        // IdentityHashMap below then maps such a node to an equal model of one of the versions
        ObjectNode baseTree = written.get(0);
        ObjectNode oursTree = written.get(1);
        ObjectNode theirsTree = written.get(2);
        MapMerge merge = new MapMerge();
        ObjectNode merged = merge.element(ElementKind.MAP, baseTree, oursTree, theirsTree);
        if (!merge.conflicts.isEmpty()) {
            return MergeResult.conflicted(merge.conflicts);
        }
        Map<JsonNode, Object> known = new IdentityHashMap<>();
        List<JourneyMap> versions = List.of(base, ours, theirs);
        List<ObjectNode> trees = List.of(baseTree, oursTree, theirsTree);
        for (int v = 0; v < versions.size(); v++) {
            JourneyMap version = versions.get(v);
            ObjectNode tree = trees.get(v);
            MAP_LISTS.forEach((property, elements) -> {
                List<ObjectNode> nodes = MapTree.list(tree, property);
                List<?> models = elements.apply(version);
                for (int i = 0; i < nodes.size(); i++) {
                    known.put(nodes.get(i), models.get(i));
                }
            });
        }
        Optional<JourneyMap> assembled = assemble(merged, known);
        List<Problem> problems;
        if (assembled.isPresent()) {
            problems = MapValidator.validate(assembled.get());
        } else { // cannot happen for valid inputs: every merged value comes from one of them
            ParseResult parsed = JourneyMapJson.parse(write(merged));
            assembled = parsed.map();
            problems = parsed.problems();
        }
        if (assembled.isPresent() && problems.isEmpty()) {
            return MergeResult.clean(assembled.get());
        }
        ConflictLocator locator = new ConflictLocator(merged, baseTree, oursTree, theirsTree);
        return MergeResult.conflicted(problems.stream().map(locator::conflict).toList());
    }

    /**
     * The merged map as a model. Most merged elements are an element of one of the three versions,
     * unchanged, whose model object is reused ({@code known}); only elements merged field by field
     * and the map's own fields are read, through {@link JourneyMapJson#parse} on a small document
     * holding just them, so the reading rules stay in one place and a large map is never written out
     * and read back whole. Empty when that document cannot be read.
     */
    @SuppressWarnings("unchecked")
    private static Optional<JourneyMap> assemble(ObjectNode merged, Map<JsonNode, Object> known) {
        ObjectNode rest = NODES.objectNode();
        merged.fields().forEachRemaining(field -> {
            if (MAP_LISTS.containsKey(field.getKey())) {
                ArrayNode unknown = rest.putArray(field.getKey());
                MapTree.list(merged, field.getKey()).stream().filter(node -> !known.containsKey(node))
                        .forEach(unknown::add);
            } else {
                rest.set(field.getKey(), field.getValue());
            }
        });
        Optional<JourneyMap> read = JourneyMapJson.parse(write(rest)).map();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JourneyMap partial = read.get();
        Map<String, List<Object>> lists = new HashMap<>();
        MAP_LISTS.forEach((property, elements) -> {
            Map<String, Object> readById = new HashMap<>();
            List<ObjectNode> nodes = MapTree.list(rest, property);
            List<?> models = elements.apply(partial);
            for (int i = 0; i < nodes.size(); i++) {
                readById.put(MapTree.id(nodes.get(i)), models.get(i));
            }
            lists.put(property, MapTree.list(merged, property).stream()
                    .map(node -> known.containsKey(node) ? known.get(node) : readById.get(MapTree.id(node))).toList());
        });
        return Optional.of(partial.toBuilder()
                .personas((List<PersonaRef>) (List<?>) lists.get("personas"))
                .stages((List<Stage>) (List<?>) lists.get("stages"))
                .lanes((List<Lane>) (List<?>) lists.get("lanes"))
                .touchpoints((List<Touchpoint>) (List<?>) lists.get("touchpoints"))
                .flows((List<Flow>) (List<?>) lists.get("flows"))
                .build());
    }

    /**
     * One element, merged: whole when only one version changed it, field by field otherwise.
     * {@code base} is null for an element both versions added with the same id.
     */
    private ObjectNode element(ElementKind kind, ObjectNode base, ObjectNode ours, ObjectNode theirs) {
        if (ours.equals(base) || ours.equals(theirs)) {
            return theirs;
        }
        if (theirs.equals(base)) {
            return ours;
        }
        String id = MapTree.id(ours);
        String name = firstName(kind, base, ours, theirs);
        ObjectNode result = NODES.objectNode();
        Set<String> properties = new LinkedHashSet<>();
        if (base != null) {
            base.fieldNames().forEachRemaining(properties::add);
        }
        ours.fieldNames().forEachRemaining(properties::add);
        theirs.fieldNames().forEachRemaining(properties::add);
        Map<String, ElementKind> childLists = MapTree.childLists(kind);
        for (String property : properties) {
            JsonNode value;
            if (childLists.containsKey(property)) {
                ArrayNode list = NODES.arrayNode();
                list(childLists.get(property), MapTree.list(base, property), MapTree.list(ours, property),
                        MapTree.list(theirs, property)).forEach(list::add);
                value = list.isEmpty() && kind != ElementKind.MAP ? null : list;
            } else if (kind == ElementKind.TOUCHPOINT && MapTree.EMOTIONS.equals(property)) {
                value = emotions(id, name, get(base, property), ours.get(property), theirs.get(property));
            } else if (kind == ElementKind.LANE && MapTree.CELLS.equals(property)) {
                value = cells(get(base, property), ours.get(property), theirs.get(property));
            } else {
                ConflictType type = kind == ElementKind.TOUCHPOINT && MapTree.STAGE_ID.equals(property)
                        ? ConflictType.MOVED_TWICE : ConflictType.BOTH_CHANGED;
                value = field(get(base, property), ours.get(property), theirs.get(property),
                        (b, o, t) -> conflicts.add(new Conflict(type, kind, id, name, property, null, b, o, t, null)));
            }
            if (value != null) {
                result.set(property, value);
            }
        }
        return result;
    }

    @FunctionalInterface
    private interface OnConflict {
        void report(JsonNode base, JsonNode ours, JsonNode theirs);
    }

    /** The three-way merge of one value; null means absent. */
    private static <T> T field(T base, T ours, T theirs, OnConflict onConflict) {
        if (Objects.equals(ours, base) || Objects.equals(ours, theirs)) {
            return theirs;
        }
        if (Objects.equals(theirs, base)) {
            return ours;
        }
        onConflict.report(node(base), node(ours), node(theirs));
        return ours;
    }

    private static JsonNode node(Object value) {
        return value == null ? null : value instanceof JsonNode json ? json : TextNode.valueOf(value.toString());
    }

    /** The merged elements of one list, in merged order. */
    private List<ObjectNode> list(ElementKind kind, List<ObjectNode> base, List<ObjectNode> ours,
                                  List<ObjectNode> theirs) {
        List<ObjectNode> aligned = aligned(kind, base, ours, theirs);
        if (aligned != null) {
            return aligned;
        }
        Map<String, ObjectNode> baseById = byId(base);
        Map<String, ObjectNode> oursById = byId(ours);
        Map<String, ObjectNode> theirsById = byId(theirs);
        Map<String, ObjectNode> merged = new HashMap<>();
        for (Map.Entry<String, ObjectNode> entry : baseById.entrySet()) {
            String id = entry.getKey();
            ObjectNode b = entry.getValue();
            ObjectNode o = oursById.get(id);
            ObjectNode t = theirsById.get(id);
            if (o == null || t == null) {
                ObjectNode kept = o != null ? o : t;
                if (kept != null && !kept.equals(b)) {
                    conflicts.add(new Conflict(ConflictType.DELETED_AND_CHANGED, kind, id,
                            firstName(kind, b, kept, null), null, null, b, o, t, null));
                }
                continue;
            }
            merged.put(id, element(kind, b, o, t));
        }
        oursById.forEach((id, o) -> {
            if (!baseById.containsKey(id)) {
                ObjectNode t = theirsById.get(id);
                merged.put(id, t == null ? o : element(kind, null, o, t));
            }
        });
        theirsById.forEach((id, t) -> {
            if (!baseById.containsKey(id) && !oursById.containsKey(id)) {
                merged.put(id, t);
            }
        });
        List<String> order = OrderMerge.order(ids(base), ids(ours), ids(theirs), merged.keySet(),
                id -> conflicts.add(new Conflict(ConflictType.MOVED_TWICE, kind, id,
                        firstName(kind, oursById.get(id), theirsById.get(id), null), null, null,
                        position(base, id), position(ours, id), position(theirs, id), null)));
        return order.stream().map(merged::get).toList();
    }

    /**
     * The usual case of {@link #list}, without its three id maps and the order merge: when the three
     * lists hold the same ids, each once, in the same order, nothing was added, removed or moved, so
     * every element is merged with the elements at its own position and the order is the common one
     * (what {@link OrderMerge} returns for three equal lists, with no conflict). The elements are
     * merged in base order, as {@link #list} does, so conflicts come in the same order too. Null when
     * the lists differ in their ids or an id repeats: {@link #list} then does the general work.
     */
    private List<ObjectNode> aligned(ElementKind kind, List<ObjectNode> base, List<ObjectNode> ours,
                                     List<ObjectNode> theirs) {
        int count = base.size();
        if (ours.size() != count || theirs.size() != count) {
            return null;
        }
        Set<String> ids = new HashSet<>(count * 2);
        for (int i = 0; i < count; i++) {
            String id = MapTree.id(base.get(i));
            if (!Objects.equals(id, MapTree.id(ours.get(i))) || !Objects.equals(id, MapTree.id(theirs.get(i)))
                    || !ids.add(id)) {
                return null;
            }
        }
        List<ObjectNode> merged = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            merged.add(element(kind, base.get(i), ours.get(i), theirs.get(i)));
        }
        return merged;
    }

    /** Emotion scores merge per persona: two people rating different personas never conflict. */
    private JsonNode emotions(String touchpointId, String name, JsonNode base, JsonNode ours, JsonNode theirs) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode version : new JsonNode[] {base, ours, theirs}) {
            if (version != null) {
                version.fieldNames().forEachRemaining(keys::add);
            }
        }
        ObjectNode result = NODES.objectNode();
        for (String key : keys) {
            JsonNode value = field(get(base, key), get(ours, key), get(theirs, key),
                    (b, o, t) -> conflicts.add(new Conflict(ConflictType.BOTH_CHANGED, ElementKind.TOUCHPOINT,
                            touchpointId, name, MapTree.EMOTIONS, key, b, o, t, null)));
            if (value != null) {
                result.set(key, value);
            }
        }
        return result.isEmpty() ? null : result;
    }

    /** A lane item with the stage whose cell holds it. */
    private record Item(String stageId, ObjectNode node) {
    }

    /**
     * A lane's cells: items merge like the elements of a list whose stage is a field (an item
     * moved to another stage's cell is a change of that field, not a removal), then each cell's
     * order merges like a list. A cell exists when either version added it or neither removed it.
     */
    private JsonNode cells(JsonNode base, JsonNode ours, JsonNode theirs) {
        Map<String, Item> baseItems = items(base);
        Map<String, Item> oursItems = items(ours);
        Map<String, Item> theirsItems = items(theirs);
        Map<String, Item> merged = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>(baseItems.keySet());
        ids.addAll(oursItems.keySet());
        ids.addAll(theirsItems.keySet());
        for (String id : ids) {
            Item b = baseItems.get(id);
            Item o = oursItems.get(id);
            Item t = theirsItems.get(id);
            if (b != null && (o == null || t == null)) {
                Item kept = o != null ? o : t;
                if (kept != null && !kept.equals(b)) {
                    conflicts.add(new Conflict(ConflictType.DELETED_AND_CHANGED, ElementKind.LANE_ITEM, id,
                            MapTree.name(ElementKind.LANE_ITEM, kept.node()), null, null, b.node(),
                            o == null ? null : o.node(), t == null ? null : t.node(), null));
                }
                continue;
            }
            if (o == null || t == null) {
                merged.put(id, o != null ? o : t);
                continue;
            }
            ObjectNode node = element(ElementKind.LANE_ITEM, b == null ? null : b.node(), o.node(), t.node());
            String stage = field(b == null ? null : b.stageId(), o.stageId(), t.stageId(),
                    (bs, os, ts) -> conflicts.add(new Conflict(ConflictType.MOVED_TWICE, ElementKind.LANE_ITEM, id,
                            MapTree.name(ElementKind.LANE_ITEM, node), MapTree.CELLS, null, bs, os, ts, null)));
            merged.put(id, new Item(stage, node));
        }
        Set<String> stages = new LinkedHashSet<>();
        for (JsonNode version : new JsonNode[] {base, ours, theirs}) {
            if (version != null) {
                version.fieldNames().forEachRemaining(stages::add);
            }
        }
        ObjectNode result = NODES.objectNode();
        for (String stage : stages) {
            Set<String> survivors = new LinkedHashSet<>();
            merged.forEach((id, item) -> {
                if (item.stageId().equals(stage)) {
                    survivors.add(id);
                }
            });
            boolean kept = Boolean.TRUE.equals(field(has(base, stage), has(ours, stage), has(theirs, stage),
                    (b, o, t) -> { }));
            if (survivors.isEmpty() && !kept) {
                continue;
            }
            ArrayNode cell = result.putArray(stage);
            OrderMerge.order(cellIds(base, stage), cellIds(ours, stage), cellIds(theirs, stage), survivors,
                    id -> conflicts.add(new Conflict(ConflictType.MOVED_TWICE, ElementKind.LANE_ITEM, id,
                            MapTree.name(ElementKind.LANE_ITEM, merged.get(id).node()), null, null, null, null, null,
                            null)))
                    .forEach(id -> cell.add(merged.get(id).node()));
        }
        return result.isEmpty() ? null : result;
    }

    private static Map<String, Item> items(JsonNode cells) {
        Map<String, Item> items = new LinkedHashMap<>();
        if (cells != null) {
            cells.fieldNames().forEachRemaining(stage -> MapTree.list(cells, stage)
                    .forEach(node -> items.put(MapTree.id(node), new Item(stage, node))));
        }
        return items;
    }

    private static List<String> cellIds(JsonNode cells, String stage) {
        return ids(MapTree.list(cells, stage));
    }

    private static Boolean has(JsonNode object, String property) {
        return object != null && object.has(property);
    }

    private static JsonNode get(JsonNode object, String property) {
        return object == null ? null : object.get(property);
    }

    private static String firstName(ElementKind kind, ObjectNode a, ObjectNode b, ObjectNode c) {
        for (ObjectNode element : new ObjectNode[] {a, b, c}) {
            String name = element == null ? null : MapTree.name(kind, element);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static JsonNode position(List<ObjectNode> list, String id) {
        int index = ids(list).indexOf(id);
        return index < 0 ? null : NODES.numberNode(index + 1);
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> elements) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        elements.forEach(e -> map.put(MapTree.id(e), e));
        return map;
    }

    private static List<String> ids(List<ObjectNode> elements) {
        return elements.stream().map(MapTree::id).toList();
    }

    private static String write(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Turns a problem of the combined map into a conflict at the element it is found on. */
    private static final class ConflictLocator {
        private final ObjectNode merged;
        private final List<Map<String, ObjectNode>> versions;

        ConflictLocator(ObjectNode merged, ObjectNode base, ObjectNode ours, ObjectNode theirs) {
            this.merged = merged;
            this.versions = List.of(index(base), index(ours), index(theirs));
        }

        Conflict conflict(Problem problem) {
            List<String> segments = new ArrayList<>();
            for (String segment : problem.pointer().split("/", -1)) {
                segments.add(segment.replace("~1", "/").replace("~0", "~"));
            }
            segments.remove(0);
            ElementKind kind = ElementKind.MAP;
            JsonNode element = merged;
            String field = null;
            String key = null;
            int i = 0;
            while (i < segments.size()) {
                String segment = segments.get(i);
                ElementKind child = MapTree.childLists(kind).get(segment);
                if (child != null && i + 1 < segments.size()) {
                    element = element.path(segment).path(index(segments.get(i + 1)));
                    kind = child;
                    i += 2;
                } else if (kind == ElementKind.LANE && MapTree.CELLS.equals(segment) && i + 2 < segments.size()) {
                    element = element.path(segment).path(segments.get(i + 1)).path(index(segments.get(i + 2)));
                    kind = ElementKind.LANE_ITEM;
                    i += 3;
                } else {
                    field = segment.equals("id") ? null : segment;
                    key = i + 1 < segments.size() ? segments.get(i + 1) : null;
                    break;
                }
            }
            String id = MapTree.id(element);
            String name = element.isObject() ? MapTree.name(kind, element) : null;
            JsonNode[] values = new JsonNode[3];
            boolean wholeLists = kind == ElementKind.MAP
                    && (field == null || MapTree.childLists(ElementKind.MAP).containsKey(field));
            for (int v = 0; v < 3 && !wholeLists; v++) { // a problem of the whole map: no values to show
                JsonNode inVersion = versions.get(v).get(id);
                values[v] = inVersion == null ? null : field == null ? inVersion
                        : key == null ? inVersion.get(field) : inVersion.path(field).get(key);
            }
            return new Conflict(ConflictType.INVALID_RESULT, kind, id == null ? "" : id, name, field, key, values[0],
                    values[1], values[2], problem);
        }

        private static int index(String segment) {
            try {
                return Integer.parseInt(segment);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** Every element of a map tree by id. */
        private static Map<String, ObjectNode> index(ObjectNode map) {
            Map<String, ObjectNode> index = new HashMap<>();
            index.put(MapTree.id(map), map);
            MapTree.childLists(ElementKind.MAP).forEach((property, kind) -> {
                for (ObjectNode element : MapTree.list(map, property)) {
                    index.put(MapTree.id(element), element);
                    MapTree.childLists(kind).keySet()
                            .forEach(p -> MapTree.list(element, p).forEach(c -> index.put(MapTree.id(c), c)));
                    items(element.get(MapTree.CELLS)).forEach((id, item) -> index.put(id, item.node()));
                }
            });
            return index;
        }
    }
}
