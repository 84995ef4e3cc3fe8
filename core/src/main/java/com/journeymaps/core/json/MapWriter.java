package com.journeymaps.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the model into the JSON tree of the current schema version: known properties in a fixed
 * order, absent values left out, then the element's extensions as they were read.
 */
final class MapWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MapWriter() {
    }

    static ObjectNode map(JourneyMap m) {
        return map(m, null);
    }

    /**
     * The trees of several versions of a map, written together: an element (persona, stage, lane,
     * touchpoint, flow) that is {@code equals} in several versions is written once and its node
     * appears in each tree. The writer is a function of the element alone, so each tree is equal to
     * the one {@link #map(JourneyMap)} writes; diff and merge find unchanged elements by reference
     * at once instead of writing and comparing them node by node. The trees must not be modified.
     */
    static List<ObjectNode> maps(List<JourneyMap> versions) {
        Map<String, List<Written>> shared = new HashMap<>();
        return versions.stream().map(m -> map(m, shared)).toList();
    }

    /**
     * As {@link #maps}, but when every version has the same touchpoint ids in the same order (the ids
     * unique), a touchpoint equal in every version is written as one outline node shared by all
     * trees, holding only its {@code id}, {@code stageId} and {@code name}: for diff and merge, which
     * never look inside a node that is the same object in every tree they compare
     * (docs/performance.md, session 3). Null when no touchpoint can be outlined.
     */
    static List<ObjectNode> outlines(List<JourneyMap> versions) {
        List<Touchpoint> first = versions.get(0).touchpoints();
        int count = first.size();
        Set<String> ids = new HashSet<>(count * 2);
        for (Touchpoint touchpoint : first) {
            if (touchpoint.id() == null || !ids.add(touchpoint.id())) {
                return null; // ids not unique
            }
        }
        // the usual case, the same touchpoint ids in the same order in every version, needs no lookup
        boolean aligned = true;
        for (int v = 1; v < versions.size() && aligned; v++) {
            List<Touchpoint> other = versions.get(v).touchpoints();
            aligned = other.size() == count;
            for (int i = 0; i < count && aligned; i++) {
                aligned = first.get(i).id().equals(other.get(i).id());
            }
        }
        if (!aligned) {
            return null; // ids added, removed or moved
        }
        int versionCount = versions.size();
        // for each version, the node each touchpoint is written as: an outline, or a full node shared by the
        // versions in which the touchpoint is equal
        ObjectNode[][] nodes = new ObjectNode[versionCount][count];
        Touchpoint[] atPosition = new Touchpoint[versionCount];
        boolean any = false;
        for (int i = 0; i < count; i++) {
            Touchpoint touchpoint = first.get(i);
            atPosition[0] = touchpoint;
            boolean everywhere = true;
            int compared = 1; // versions 1 .. compared - 1 are equal to the first
            for (int v = 1; v < versionCount && everywhere; v++) {
                Touchpoint other = versions.get(v).touchpoints().get(i);
                atPosition[v] = other;
                everywhere = other == touchpoint || touchpoint.equals(other);
                compared = v + 1;
            }
            if (everywhere) {
                ObjectNode o = NODES.objectNode();
                text(o, "id", touchpoint.id());
                text(o, "stageId", touchpoint.stageId());
                text(o, "name", touchpoint.name());
                for (int v = 0; v < versionCount; v++) {
                    nodes[v][i] = o;
                }
                any = true;
            } else {
                for (int v = compared; v < versionCount; v++) {
                    atPosition[v] = versions.get(v).touchpoints().get(i);
                }
                writeShared(atPosition, compared, nodes, i);
            }
        }
        if (!any) {
            return null;
        }
        Map<String, List<Written>> shared = new HashMap<>();
        List<ObjectNode> trees = new ArrayList<>(versionCount);
        for (int v = 0; v < versionCount; v++) {
            trees.add(map(versions.get(v), shared, nodes[v]));
        }
        return List.copyOf(trees);
    }

    /**
     * Writes the touchpoints at one position of every version, one node for the versions in which they are
     * equal: what {@link #reusing} does, each version compared in order with the touchpoints written before
     * it, but without its map of ids and without comparing again what the outline check compared (together
     * about a tenth of a 5,000-touchpoint merge: JFR, docs/performance.md, session 4).
     * The touchpoint's id is unique in every version, so these are the only elements {@link #reusing} would
     * compare it with that could be equal to it. Versions {@code 1 .. knownEqual - 1} are already known to be
     * equal to version 0, and version {@code knownEqual - 1} not, unless it is the last.
     */
    private static void writeShared(Touchpoint[] atPosition, int knownEqual, ObjectNode[][] nodes, int position) {
        int versionCount = atPosition.length;
        Touchpoint[] written = new Touchpoint[versionCount];
        ObjectNode[] writtenNodes = new ObjectNode[versionCount];
        int distinct = 0;
        for (int v = 0; v < versionCount; v++) {
            Touchpoint touchpoint = atPosition[v];
            ObjectNode node = null;
            if (v > 0 && v < knownEqual - 1) {
                node = writtenNodes[0]; // compared with version 0 above: equal
            } else {
                int from = v > 0 && v == knownEqual - 1 ? 1 : 0; // version 0 compared above: not equal
                for (int w = from; w < distinct && node == null; w++) {
                    if (written[w].equals(touchpoint)) {
                        node = writtenNodes[w];
                    }
                }
            }
            if (node == null) {
                node = touchpoint(touchpoint);
                written[distinct] = touchpoint;
                writtenNodes[distinct] = node;
                distinct++;
            }
            nodes[v][position] = node;
        }
    }

    /** An element already written, kept under its id (hashing whole elements cost more than writing them). */
    private record Written(Object element, ObjectNode node) {
    }

    private static ObjectNode map(JourneyMap m, Map<String, List<Written>> shared) {
        return map(m, shared, null);
    }

    /** {@code touchpointNodes}: null, or for each touchpoint position the node to write (made by {@link #outlines}). */
    private static ObjectNode map(JourneyMap m, Map<String, List<Written>> shared, ObjectNode[] touchpointNodes) {
        ObjectNode o = NODES.objectNode();
        o.put("schemaVersion", Math.max(m.schemaVersion(), JourneyMap.CURRENT_SCHEMA_VERSION));
        text(o, "id", m.id());
        text(o, "title", m.title());
        text(o, "objective", m.objective());
        text(o, "scope", m.scope());
        text(o, "owner", m.owner());
        date(o, "lastVerified", m.lastVerified());
        o.set("personas", array(m.personas(), reusing(shared, PersonaRef::id, MapWriter::persona)));
        o.set("stages", array(m.stages(), reusing(shared, Stage::id, MapWriter::stage)));
        o.set("lanes", array(m.lanes(), reusing(shared, Lane::id, MapWriter::lane)));
        if (touchpointNodes == null) {
            o.set("touchpoints", array(m.touchpoints(), reusing(shared, Touchpoint::id, MapWriter::touchpoint)));
        } else {
            ArrayNode written = o.putArray("touchpoints");
            for (ObjectNode node : touchpointNodes) {
                written.add(node);
            }
        }
        o.set("flows", array(m.flows(), reusing(shared, Flow::id, MapWriter::flow)));
        return extensions(o, m.extensions());
    }

    /** {@code writer}, or with {@code shared} (not null): the node already written for an equal element. */
    private static <T> Function<T, ObjectNode> reusing(Map<String, List<Written>> shared, Function<T, String> id,
            Function<T, ObjectNode> writer) {
        if (shared == null) {
            return writer;
        }
        return element -> {
            List<Written> sameId = shared.computeIfAbsent(String.valueOf(id.apply(element)), key -> new ArrayList<>(3));
            for (Written written : sameId) {
                if (written.element().equals(element)) {
                    return written.node();
                }
            }
            ObjectNode node = writer.apply(element);
            sameId.add(new Written(element, node));
            return node;
        };
    }

    private static ObjectNode persona(PersonaRef p) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", p.id());
        o.put("pageId", p.pageId());
        text(o, "title", p.title());
        text(o, "role", p.role());
        return extensions(o, p.extensions());
    }

    private static ObjectNode stage(Stage s) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", s.id());
        text(o, "name", s.name());
        text(o, "goal", s.goal());
        text(o, "description", s.description());
        return extensions(o, s.extensions());
    }

    private static ObjectNode lane(Lane lane) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", lane.id());
        text(o, "type", lane.type() == null ? null : lane.type().id());
        text(o, "label", lane.label());
        o.put("visible", lane.visible());
        if (!lane.cells().isEmpty()) {
            ObjectNode cells = o.putObject("cells");
            lane.cells().forEach((stageId, items) -> cells.set(stageId, array(items, MapWriter::laneItem)));
        }
        return extensions(o, lane.extensions());
    }

    private static ObjectNode laneItem(LaneItem item) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", item.id());
        text(o, "text", item.text());
        return extensions(o, item.extensions());
    }

    private static ObjectNode touchpoint(Touchpoint t) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", t.id());
        text(o, "stageId", t.stageId());
        text(o, "name", t.name());
        text(o, "channel", t.channel());
        text(o, "description", t.description());
        text(o, "action", t.action());
        text(o, "thought", t.thought());
        if (!t.emotions().isEmpty()) {
            ObjectNode emotions = o.putObject("emotions");
            t.emotions().forEach(emotions::put);
        }
        o.put("momentOfTruth", t.momentOfTruth());
        text(o, "owner", t.owner());
        optionalArray(o, "painPoints", t.painPoints(), MapWriter::painPoint);
        optionalArray(o, "opportunities", t.opportunities(), MapWriter::opportunity);
        optionalArray(o, "metrics", t.metrics(), MapWriter::metric);
        optionalArray(o, "evidence", t.evidence(), MapWriter::evidence);
        date(o, "lastVerified", t.lastVerified());
        return extensions(o, t.extensions());
    }

    private static ObjectNode painPoint(PainPoint p) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", p.id());
        text(o, "text", p.text());
        text(o, "severity", p.severity() == null ? null : p.severity().id());
        return extensions(o, p.extensions());
    }

    private static ObjectNode opportunity(Opportunity op) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", op.id());
        text(o, "text", op.text());
        text(o, "status", op.status() == null ? null : op.status().id());
        text(o, "impact", op.impact() == null ? null : op.impact().id());
        text(o, "effort", op.effort() == null ? null : op.effort().id());
        text(o, "owner", op.owner());
        text(o, "issueUrl", op.issueUrl());
        return extensions(o, op.extensions());
    }

    private static ObjectNode metric(Metric m) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", m.id());
        text(o, "name", m.name());
        number(o, "value", m.value());
        text(o, "unit", m.unit());
        text(o, "source", m.source());
        date(o, "asOf", m.asOf());
        return extensions(o, m.extensions());
    }

    private static ObjectNode evidence(EvidenceLink e) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", e.id());
        text(o, "label", e.label());
        text(o, "url", e.url());
        return extensions(o, e.extensions());
    }

    private static ObjectNode flow(Flow f) {
        ObjectNode o = NODES.objectNode();
        text(o, "id", f.id());
        text(o, "from", f.from());
        text(o, "to", f.to());
        number(o, "share", f.share());
        text(o, "label", f.label());
        return extensions(o, f.extensions());
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> writer) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(item -> array.add(writer.apply(item)));
        return array;
    }

    private static <T> void optionalArray(ObjectNode o, String name, List<T> items, Function<T, ObjectNode> writer) {
        if (!items.isEmpty()) {
            o.set(name, array(items, writer));
        }
    }

    private static void text(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    /** Whole numbers are written as such ({@code 31}, not {@code 31.0}), as a person would write them. */
    private static void number(ObjectNode o, String name, Double value) {
        if (value == null) {
            return;
        }
        double v = value;
        boolean negativeZero = Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0);
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
            o.put(name, (long) v);
        } else {
            o.put(name, v);
        }
    }

    private static void date(ObjectNode o, String name, LocalDate value) {
        if (value != null) {
            o.put(name, MapReader.DATE.format(value));
        }
    }

    /** Extensions come after the known properties; the model refuses extensions named like one. */
    private static ObjectNode extensions(ObjectNode o, Map<String, JsonNode> extensions) {
        extensions.forEach((name, value) -> {
            if (!o.has(name)) {
                o.set(name, value.deepCopy());
            }
        });
        return o;
    }
}
