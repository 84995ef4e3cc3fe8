package com.journeymaps.core.json;

import static com.journeymaps.core.validation.Pointers.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
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
import com.journeymaps.core.validation.Pointers.Path;
import com.journeymaps.core.validation.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a (migrated) JSON tree into the model. Every value of the wrong type is reported as a
 * problem at its pointer and read as absent, so that one pass finds all of them; properties it does
 * not know go to the extensions of the element they sit on.
 */
final class MapReader {

    /** ISO dates only, {@code 2026-01-31}; 2026-02-30 is not a date. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    JourneyMap map(ObjectNode node, int schemaVersion) {
        Obj o = new Obj(node, Path.ROOT);
        o.know("schemaVersion");
        return new JourneyMap(Math.max(schemaVersion, JourneyMap.CURRENT_SCHEMA_VERSION), o.text("id"),
                o.text("title"), o.text("objective"), o.text("scope"), o.text("owner"), o.date("lastVerified"),
                o.list("personas", this::persona), o.list("stages", this::stage), o.list("lanes", this::lane),
                o.list("touchpoints", this::touchpoint), o.list("flows", this::flow), o.extensions());
    }

    private PersonaRef persona(Obj o) {
        Long pageId = o.integer("pageId");
        return new PersonaRef(o.text("id"), pageId == null ? 0 : pageId, o.text("title"), o.text("role"),
                o.extensions());
    }

    private Stage stage(Obj o) {
        return new Stage(o.text("id"), o.text("name"), o.text("goal"), o.text("description"), o.extensions());
    }

    private Lane lane(Obj o) {
        String id = o.text("id");
        LaneType type = o.choice("type", LaneType::fromId, Arrays.stream(LaneType.values()).map(LaneType::id));
        String label = o.text("label");
        boolean visible = o.bool("visible", true);
        Map<String, List<LaneItem>> cells = new LinkedHashMap<>();
        Obj cellsObj = o.object("cells");
        if (cellsObj != null) {
            for (Map.Entry<String, JsonNode> cell : cellsObj.node.properties()) {
                cellsObj.know(cell.getKey());
                cells.put(cell.getKey(), cellsObj.list(cell.getKey(), this::laneItem));
            }
        }
        return new Lane(id, type, label, visible, cells, o.extensions());
    }

    private LaneItem laneItem(Obj o) {
        return new LaneItem(o.text("id"), o.text("text"), o.extensions());
    }

    private Touchpoint touchpoint(Obj o) {
        Touchpoint.Builder b = Touchpoint.builder()
                .id(o.text("id"))
                .stageId(o.text("stageId"))
                .name(o.text("name"))
                .channel(o.text("channel"))
                .description(o.text("description"))
                .action(o.text("action"))
                .thought(o.text("thought"));
        Map<String, Integer> emotions = new LinkedHashMap<>();
        Obj emotionsObj = o.object("emotions");
        if (emotionsObj != null) {
            for (Map.Entry<String, JsonNode> emotion : emotionsObj.node.properties()) {
                JsonNode value = emotion.getValue();
                if (value.isNull()) {
                    continue; // unset
                }
                if (value.isIntegralNumber() && value.canConvertToInt()) {
                    emotions.put(emotion.getKey(), value.intValue());
                } else {
                    problem(child(emotionsObj.ptr(), emotion.getKey()), "expected-emotion");
                }
            }
        }
        return b.emotions(emotions)
                .momentOfTruth(o.bool("momentOfTruth", false))
                .owner(o.text("owner"))
                .painPoints(o.list("painPoints", this::painPoint))
                .opportunities(o.list("opportunities", this::opportunity))
                .metrics(o.list("metrics", this::metric))
                .evidence(o.list("evidence", this::evidence))
                .lastVerified(o.date("lastVerified"))
                .extensions(o.extensions())
                .build();
    }

    private PainPoint painPoint(Obj o) {
        return new PainPoint(o.text("id"), o.text("text"),
                o.choice("severity", Severity::fromId, Arrays.stream(Severity.values()).map(Severity::id)),
                o.extensions());
    }

    private Opportunity opportunity(Obj o) {
        return new Opportunity(o.text("id"), o.text("text"),
                o.choice("status", OpportunityStatus::fromId,
                        Arrays.stream(OpportunityStatus.values()).map(OpportunityStatus::id)),
                o.choice("impact", Level::fromId, Arrays.stream(Level.values()).map(Level::id)),
                o.choice("effort", Level::fromId, Arrays.stream(Level.values()).map(Level::id)),
                o.text("owner"), o.text("issueUrl"), o.extensions());
    }

    private Metric metric(Obj o) {
        return new Metric(o.text("id"), o.text("name"), o.number("value"), o.text("unit"), o.text("source"),
                o.date("asOf"), o.extensions());
    }

    private EvidenceLink evidence(Obj o) {
        return new EvidenceLink(o.text("id"), o.text("label"), o.text("url"), o.extensions());
    }

    private Flow flow(Obj o) {
        return new Flow(o.text("id"), o.text("from"), o.text("to"), o.number("share"), o.text("label"),
                o.extensions());
    }

    private void problem(String pointer, String code, Object... args) {
        problems.add(Problem.at(pointer, code, args));
    }

    /**
     * One JSON object being read; remembers which of its properties were read, so that the rest are kept as
     * extensions. Where it is ({@link Path}) becomes a JSON Pointer only when a problem needs one (a large map
     * has thousands of objects and rarely a problem).
     */
    private final class Obj {
        final ObjectNode node;
        final Path path;
        /** The names of the properties read so far that the object has, each once (objects are small). */
        private String[] known = new String[8];
        private int knownCount;

        Obj(ObjectNode node, Path path) {
            this.node = node;
            this.path = path;
        }

        String ptr() {
            return path.pointer();
        }

        /** Marks {@code name} as read: it is not an extension. */
        void know(String name) {
            if (node.has(name)) {
                remember(name);
            }
        }

        private void remember(String name) {
            if (!isKnown(name)) {
                if (knownCount == known.length) {
                    known = Arrays.copyOf(known, knownCount * 2);
                }
                known[knownCount++] = name;
            }
        }

        private boolean isKnown(String name) {
            for (int i = 0; i < knownCount; i++) {
                if (known[i] == name || known[i].equals(name)) { // names are mostly the same interned strings
                    return true;
                }
            }
            return false;
        }

        private JsonNode get(String name) {
            JsonNode value = node.get(name);
            if (value != null) {
                remember(name);
            }
            return value == null || value.isNull() ? null : value;
        }

        String text(String name) {
            JsonNode value = get(name);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                problem(child(ptr(), name), "expected-text");
                return null;
            }
            return value.textValue();
        }

        boolean bool(String name, boolean absent) {
            JsonNode value = get(name);
            if (value == null) {
                return absent;
            }
            if (!value.isBoolean()) {
                problem(child(ptr(), name), "expected-boolean");
                return absent;
            }
            return value.booleanValue();
        }

        Double number(String name) {
            JsonNode value = get(name);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                problem(child(ptr(), name), "expected-number");
                return null;
            }
            return value.doubleValue();
        }

        Long integer(String name) {
            JsonNode value = get(name);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                problem(child(ptr(), name), "expected-integer");
                return null;
            }
            return value.longValue();
        }

        LocalDate date(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                problem(child(ptr(), name), "bad-date", text);
                return null;
            }
        }

        <E> E choice(String name, Function<String, Optional<E>> parse, java.util.stream.Stream<String> allowed) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            Optional<E> value = parse.apply(text);
            if (value.isEmpty()) {
                problem(child(ptr(), name), "unknown-value", text, allowed.collect(Collectors.joining(", ")));
            }
            return value.orElse(null);
        }

        Obj object(String name) {
            JsonNode value = get(name);
            if (value == null) {
                return null;
            }
            if (!value.isObject()) {
                problem(child(ptr(), name), "expected-object");
                return null;
            }
            return new Obj((ObjectNode) value, path.child(name));
        }

        <T> List<T> list(String name, Function<Obj, T> reader) {
            JsonNode value = get(name);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(child(ptr(), name), "expected-array");
                return List.of();
            }
            Path listPath = path.child(name);
            List<T> result = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (element.isObject()) {
                    result.add(reader.apply(new Obj((ObjectNode) element, listPath.child(i))));
                } else {
                    problem(listPath.child(i).pointer(), "expected-object");
                }
            }
            return result;
        }

        Map<String, JsonNode> extensions() {
            Map<String, JsonNode> extensions = new LinkedHashMap<>();
            if (knownCount == node.size()) { // every property was read: none is an extension
                return extensions;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!isKnown(field.getKey())) {
                    extensions.put(field.getKey(), field.getValue());
                }
            }
            return extensions;
        }
    }

}
