package com.journeymaps.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A moment in which the customer interacts with the brand: a radio ad, a review site, the
 * checkout page, a support chat, a follow-up email. A touchpoint sits in one stage and happens
 * through one channel; it records what the customer does there, what they think, how each persona
 * feels (−2 frustrated … +2 delighted, absent when unknown), what gets in their way, what the team
 * could improve, the figures measured there and the evidence behind it all, and who owns it.
 * Moments of truth are the touchpoints that decide whether the journey goes on.
 *
 * <p>Touchpoints are ordered within their stage by their position in
 * {@link JourneyMap#touchpoints()}; moving one is a change of that position, never of its id.
 *
 * @param emotions emotion per persona-reference id (or {@value #CUSTOMER} when the map has no
 *     personas), in persona order
 * @param lastVerified when someone last checked this touchpoint against reality
 */
public record Touchpoint(String id, String stageId, String name, String channel, String description, String action,
                         String thought, Map<String, Integer> emotions, boolean momentOfTruth, String owner,
                         List<PainPoint> painPoints, List<Opportunity> opportunities, List<Metric> metrics,
                         List<EvidenceLink> evidence, LocalDate lastVerified, Map<String, JsonNode> extensions) {

    /** Emotion key meaning "the customer in general", used when a map has no personas. */
    public static final String CUSTOMER = "customer";

    /** The range of an emotion score. */
    public static final int MIN_EMOTION = -2;
    public static final int MAX_EMOTION = 2;

    public Touchpoint {
        emotions = Copies.orderedMap(emotions);
        painPoints = Copies.list(painPoints);
        opportunities = Copies.list(opportunities);
        metrics = Copies.list(metrics);
        evidence = Copies.list(evidence);
        extensions = Copies.extensions(extensions, Touchpoint.class);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Touchpoint withStageId(String newStageId) {
        return toBuilder().stageId(newStageId).build();
    }

    public Touchpoint withName(String newName) {
        return toBuilder().name(newName).build();
    }

    /** This touchpoint with the emotion of {@code personaRefId} set, or unset when {@code score} is null. */
    public Touchpoint withEmotion(String personaRefId, Integer score) {
        Map<String, Integer> copy = new LinkedHashMap<>(emotions);
        if (score == null) {
            copy.remove(personaRefId);
        } else {
            copy.put(personaRefId, score);
        }
        return toBuilder().emotions(copy).build();
    }

    public Touchpoint withPainPoint(PainPoint painPoint) {
        List<PainPoint> copy = new ArrayList<>(painPoints);
        copy.add(painPoint);
        return toBuilder().painPoints(copy).build();
    }

    /** Builds and edits touchpoints; unset lists are empty. */
    public static final class Builder {
        private String id;
        private String stageId;
        private String name;
        private String channel;
        private String description;
        private String action;
        private String thought;
        private Map<String, Integer> emotions = Map.of();
        private boolean momentOfTruth;
        private String owner;
        private List<PainPoint> painPoints = List.of();
        private List<Opportunity> opportunities = List.of();
        private List<Metric> metrics = List.of();
        private List<EvidenceLink> evidence = List.of();
        private LocalDate lastVerified;
        private Map<String, JsonNode> extensions = Map.of();

        private Builder() {
        }

        private Builder(Touchpoint t) {
            id = t.id;
            stageId = t.stageId;
            name = t.name;
            channel = t.channel;
            description = t.description;
            action = t.action;
            thought = t.thought;
            emotions = t.emotions;
            momentOfTruth = t.momentOfTruth;
            owner = t.owner;
            painPoints = t.painPoints;
            opportunities = t.opportunities;
            metrics = t.metrics;
            evidence = t.evidence;
            lastVerified = t.lastVerified;
            extensions = t.extensions;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder stageId(String value) {
            stageId = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder channel(String value) {
            channel = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder action(String value) {
            action = value;
            return this;
        }

        public Builder thought(String value) {
            thought = value;
            return this;
        }

        public Builder emotions(Map<String, Integer> value) {
            emotions = value;
            return this;
        }

        public Builder momentOfTruth(boolean value) {
            momentOfTruth = value;
            return this;
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder painPoints(List<PainPoint> value) {
            painPoints = value;
            return this;
        }

        public Builder opportunities(List<Opportunity> value) {
            opportunities = value;
            return this;
        }

        public Builder metrics(List<Metric> value) {
            metrics = value;
            return this;
        }

        public Builder evidence(List<EvidenceLink> value) {
            evidence = value;
            return this;
        }

        public Builder lastVerified(LocalDate value) {
            lastVerified = value;
            return this;
        }

        public Builder extensions(Map<String, JsonNode> value) {
            extensions = value;
            return this;
        }

        public Touchpoint build() {
            return new Touchpoint(id, stageId, name, channel, description, action, thought, emotions, momentOfTruth,
                    owner, painPoints, opportunities, metrics, evidence, lastVerified, extensions);
        }
    }
}
