package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A customer journey map: the path a customer takes with a brand, seen from the customer's side.
 * Stages are the columns, lanes the rows; touchpoints sit in stages; flows connect touchpoints
 * where customers loop, skip or switch channels. The map states what it is for (objective), what
 * it covers (scope), who owns it and when it was last checked against reality.
 *
 * <p>A map is an immutable value with value equality, so that diff, merge and rendering can compare
 * maps with {@code equals}. Edits produce new maps ({@link #toBuilder()}, the {@code with…}
 * methods). Every element has a stable id; order is the order of the lists, never the ids.
 * Properties this version of the app does not know (written by a newer one) are kept in the
 * {@code extensions} of the element they were found on and written back unchanged.
 *
 * @param schemaVersion the JSON format version this map is written in: the current version, or
 *     a newer one the document came with (kept so a newer server does not migrate it again)
 */
public record JourneyMap(int schemaVersion, String id, String title, String objective, String scope, String owner,
                         LocalDate lastVerified, List<PersonaRef> personas, List<Stage> stages, List<Lane> lanes,
                         List<Touchpoint> touchpoints, List<Flow> flows, Map<String, JsonNode> extensions) {

    /** The version of the JSON format this code writes; see {@code docs/schema}. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public JourneyMap {
        personas = Copies.list(personas);
        stages = Copies.list(stages);
        lanes = Copies.list(lanes);
        touchpoints = Copies.list(touchpoints);
        flows = Copies.list(flows);
        extensions = Copies.extensions(extensions, JourneyMap.class);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id() != null && s.id().equals(stageId)).findFirst();
    }

    public Optional<Touchpoint> touchpoint(String touchpointId) {
        return touchpoints.stream().filter(t -> t.id() != null && t.id().equals(touchpointId)).findFirst();
    }

    /** The touchpoints of one stage, in their order. */
    public List<Touchpoint> touchpointsIn(String stageId) {
        return touchpoints.stream().filter(t -> java.util.Objects.equals(stageId, t.stageId())).toList();
    }

    /** The keys emotions are recorded under: the persona reference ids, or {@link Touchpoint#CUSTOMER}. */
    public List<String> emotionKeys() {
        if (personas.isEmpty()) {
            return List.of(Touchpoint.CUSTOMER);
        }
        return personas.stream().map(PersonaRef::id).toList();
    }

    /** Every id used by any element of this map, for callers that must mint a new unique one. */
    public Set<String> allIds() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(id);
        personas.forEach(p -> ids.add(p.id()));
        stages.forEach(s -> ids.add(s.id()));
        for (Lane lane : lanes) {
            ids.add(lane.id());
            lane.cells().values().forEach(items -> items.forEach(i -> ids.add(i.id())));
        }
        for (Touchpoint t : touchpoints) {
            ids.add(t.id());
            t.painPoints().forEach(p -> ids.add(p.id()));
            t.opportunities().forEach(o -> ids.add(o.id()));
            t.metrics().forEach(m -> ids.add(m.id()));
            t.evidence().forEach(e -> ids.add(e.id()));
        }
        flows.forEach(f -> ids.add(f.id()));
        ids.remove(null);
        return ids;
    }

    /** This map with {@code touchpoint} replacing the one with the same id, or appended when new. */
    public JourneyMap withTouchpoint(Touchpoint touchpoint) {
        return toBuilder().touchpoints(replaceOrAppend(touchpoints, touchpoint, Touchpoint::id)).build();
    }

    public JourneyMap withoutTouchpoint(String touchpointId) {
        return toBuilder().touchpoints(touchpoints.stream().filter(t -> !touchpointId.equals(t.id())).toList())
                .build();
    }

    /** This map with {@code stage} replacing the one with the same id, or appended when new. */
    public JourneyMap withStage(Stage stage) {
        return toBuilder().stages(replaceOrAppend(stages, stage, Stage::id)).build();
    }

    public JourneyMap withLane(Lane lane) {
        return toBuilder().lanes(replaceOrAppend(lanes, lane, Lane::id)).build();
    }

    public JourneyMap withFlow(Flow flow) {
        return toBuilder().flows(replaceOrAppend(flows, flow, Flow::id)).build();
    }

    public JourneyMap withPersona(PersonaRef persona) {
        return toBuilder().personas(replaceOrAppend(personas, persona, PersonaRef::id)).build();
    }

    public JourneyMap withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    public JourneyMap withTouchpoints(List<Touchpoint> newTouchpoints) {
        return toBuilder().touchpoints(newTouchpoints).build();
    }

    private static <T> List<T> replaceOrAppend(List<T> list, T element, Function<T, String> id) {
        List<T> copy = new ArrayList<>(list);
        String key = id.apply(element);
        for (int i = 0; i < copy.size(); i++) {
            if (key != null && key.equals(id.apply(copy.get(i)))) {
                copy.set(i, element);
                return copy;
            }
        }
        copy.add(element);
        return copy;
    }

    /** Builds and edits maps; unset lists are empty and the schema version is the current one. */
    public static final class Builder {
        private int schemaVersion = CURRENT_SCHEMA_VERSION;
        private String id;
        private String title;
        private String objective;
        private String scope;
        private String owner;
        private LocalDate lastVerified;
        private List<PersonaRef> personas = List.of();
        private List<Stage> stages = List.of();
        private List<Lane> lanes = List.of();
        private List<Touchpoint> touchpoints = List.of();
        private List<Flow> flows = List.of();
        private Map<String, JsonNode> extensions = Map.of();

        private Builder() {
        }

        private Builder(JourneyMap m) {
            schemaVersion = m.schemaVersion;
            id = m.id;
            title = m.title;
            objective = m.objective;
            scope = m.scope;
            owner = m.owner;
            lastVerified = m.lastVerified;
            personas = m.personas;
            stages = m.stages;
            lanes = m.lanes;
            touchpoints = m.touchpoints;
            flows = m.flows;
            extensions = m.extensions;
        }

        public Builder schemaVersion(int value) {
            schemaVersion = value;
            return this;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder objective(String value) {
            objective = value;
            return this;
        }

        public Builder scope(String value) {
            scope = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder lastVerified(LocalDate value) {
            lastVerified = value;
            return this;
        }

        public Builder personas(List<PersonaRef> value) {
            personas = value;
            return this;
        }

        public Builder stages(List<Stage> value) {
            stages = value;
            return this;
        }

        public Builder lanes(List<Lane> value) {
            lanes = value;
            return this;
        }

        public Builder touchpoints(List<Touchpoint> value) {
            touchpoints = value;
            return this;
        }

        public Builder flows(List<Flow> value) {
            flows = value;
            return this;
        }

        public Builder extensions(Map<String, JsonNode> value) {
            extensions = value;
            return this;
        }

        public JourneyMap build() {
            return new JourneyMap(schemaVersion, id, title, objective, scope, owner, lastVerified, personas, stages,
                    lanes, touchpoints, flows, extensions);
        }
    }
}
