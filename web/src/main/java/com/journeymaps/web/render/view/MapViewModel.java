package com.journeymaps.web.render.view;

import static com.journeymaps.web.render.view.Views.map;
import static com.journeymaps.web.render.view.Views.text;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The data of the {@code JourneyMaps.Map.map} template, built from a {@link JourneyMap}: plain maps,
 * lists, strings, numbers and booleans, with every text still raw (the templates escape it) and
 * every link already limited to http, https and mailto.
 *
 * <p>The map is read in journey order: stages in their order, touchpoints in their order within
 * each stage. Touchpoints whose stage does not exist (only in maps with validation problems) are
 * left out of the grid and the curve; the error panel names them.
 */
public final class MapViewModel {

    /**
     * The fields of a lane entry ({@code JourneyMaps.Grid.entry}); the template reads every one of them. The
     * last two are the same in every entry of a render: the template is called with the entry alone
     * ({@code data="$entry"} and no {@code param}), which spares Soy a map of parameters per call.
     */
    private static final FieldMap.Shape ENTRY = new FieldMap.Shape("context", "text", "url", "severity",
            "severityLabel", "status", "statusLabel", "impactLabel", "effortLabel", "owner", "value", "unit", "source",
            "asOf", "channel", "itemId", "persona", "emotion", "interactive", "domId");
    /** The fields of a touchpoint card ({@code JourneyMaps.Grid.card}); the last two as for {@link #ENTRY}. */
    private static final FieldMap.Shape CARD = new FieldMap.Shape("id", "number", "name", "channel", "channelLabel",
            "description", "owner", "momentOfTruth", "painCount", "worstSeverity", "worstSeverityLabel",
            "opportunityCount", "metricCount", "evidenceCount", "interactive", "domId");

    /** Pain-point severities, least to most severe, for a card's worst one. */
    private static final Map<String, Integer> SEVERITY_RANK = Map.of(
            Severity.LOW.id(), 1, Severity.MEDIUM.id(), 2, Severity.HIGH.id(), 3, Severity.CRITICAL.id(), 4);

    private final JourneyMap journeyMap;
    private final String mapId;
    private final OutputMode mode;
    private final Texts texts;
    private final PersonaDirectory directory;
    private final List<Touchpoint> ordered = new ArrayList<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Touchpoint>> byStage = new LinkedHashMap<>();
    private final Map<String, String> stageNames = new HashMap<>();
    private List<PersonaRef> personasOrCustomer;
    /** The emotion lane's texts, by persona (as in {@link #personasOrCustomer}) and score; filled as met. */
    private String[][] emotionTexts;
    /** The prefix of this render's element ids ({@link #domId(String)} of the map id). */
    private final String domId;
    /** What every lane entry of this render starts as: each field empty, the render's mode and element-id prefix. */
    private final FieldMap entryPrototype;
    /** What every card of this render starts as: the render's mode and element-id prefix. */
    private final FieldMap cardPrototype;

    private MapViewModel(JourneyMap journeyMap, String mapId, OutputMode mode, Texts texts,
                         PersonaDirectory directory) {
        this.journeyMap = journeyMap;
        this.mapId = mapId == null || mapId.isBlank() ? text(journeyMap.id()) : mapId;
        this.mode = mode;
        this.texts = texts;
        this.directory = directory;
        this.domId = domId(this.mapId);
        this.entryPrototype = new FieldMap(ENTRY);
        for (String field : ENTRY.names()) {
            entryPrototype.put(field, ""); // interactive and domId are set below, as for cards
        }
        this.cardPrototype = new FieldMap(CARD);
        for (FieldMap prototype : List.of(entryPrototype, cardPrototype)) {
            prototype.put("interactive", mode == OutputMode.INTERACTIVE);
            prototype.put("domId", domId);
        }
        for (Stage stage : journeyMap.stages()) {
            byStage.putIfAbsent(text(stage.id()), new ArrayList<>());
            stageNames.putIfAbsent(text(stage.id()), text(stage.name()));
        }
        for (Touchpoint touchpoint : journeyMap.touchpoints()) {
            List<Touchpoint> stage = byStage.get(text(touchpoint.stageId()));
            if (stage != null) {
                stage.add(touchpoint);
            }
        }
        byStage.values().forEach(list -> list.forEach(t -> {
            position.putIfAbsent(text(t.id()), ordered.size());
            ordered.add(t);
        }));
    }

    /** The template data of {@code journeyMap} rendered as {@code mapId} in {@code mode}. */
    public static Map<String, Object> of(JourneyMap journeyMap, String mapId, OutputMode mode, Texts texts,
                                         PersonaDirectory directory) {
        return new MapViewModel(journeyMap, mapId, mode, texts, directory).build();
    }

    private Map<String, Object> build() {
        Map<String, Object> data = map();
        data.put("interactive", mode == OutputMode.INTERACTIVE);
        data.put("mapId", mapId);
        data.put("domId", domId);
        data.put("title", text(journeyMap.title()));
        data.put("objective", text(journeyMap.objective()));
        data.put("scope", text(journeyMap.scope()));
        data.put("owner", text(journeyMap.owner()));
        data.put("lastVerified", journeyMap.lastVerified() == null ? "" : journeyMap.lastVerified().toString());
        data.put("personas", personas());
        data.put("grid", grid());
        data.put("curve", CurveViewModel.of(journeyMap, ordered, stageNames, texts, domId));
        data.put("flows", flows());
        return data;
    }

    /** What an HTML id may not hold here: anything but ASCII letters, digits, '_' and '-'. */
    private static final Pattern NOT_ID_SAFE = Pattern.compile("[^A-Za-z0-9_-]");

    /** {@code value}'s characters that an HTML id may hold (see {@link #NOT_ID_SAFE}). */
    private static String idSafe(String value) {
        return NOT_ID_SAFE.matcher(text(value)).replaceAll("");
    }

    /** An id usable in HTML id attributes: the map id's safe characters only. */
    static String domId(String mapId) {
        String safe = idSafe(mapId);
        return "jm-" + (safe.isEmpty() ? "map" : safe);
    }

    private List<Object> personas() {
        List<Object> cards = new ArrayList<>();
        int series = 0;
        for (PersonaRef ref : journeyMap.personas()) {
            Optional<PersonaPage> page = directory.find(ref.pageId());
            Optional<Persona> persona = page.flatMap(PersonaPage::persona);
            String name = persona.map(Persona::name).filter(n -> !n.isBlank())
                    .or(() -> page.map(p -> p.page().title()).filter(t -> t != null && !t.isBlank()))
                    .orElse(text(ref.title()));
            Map<String, Object> card = map();
            card.put("id", text(ref.id()));
            card.put("name", name);
            card.put("role", ref.role() != null && !ref.role().isBlank() ? ref.role()
                    : text(persona.map(Persona::role).orElse(null)));
            card.put("quote", text(persona.map(Persona::quote).orElse(null)));
            card.put("photoUrl", Links.imageLink(persona.map(Persona::photoUrl).orElse(null)));
            card.put("initials", Views.initials(name));
            card.put("url", page.map(p -> Links.safe(p.page().url())).orElse(""));
            card.put("available", page.isPresent());
            card.put("series", series++ % CurveViewModel.SERIES_STYLES);
            cards.add(card);
        }
        return cards;
    }

    private Map<String, Object> grid() {
        Map<String, Object> grid = map();
        List<Object> stages = new ArrayList<>();
        int index = 1;
        for (Stage stage : journeyMap.stages()) {
            Map<String, Object> column = map();
            column.put("id", text(stage.id()));
            column.put("domId", domId + "-" + idSafe(stage.id()));
            column.put("index", index++);
            column.put("name", text(stage.name()));
            column.put("goal", text(stage.goal()));
            column.put("description", text(stage.description()));
            column.put("touchpointCount", byStage.getOrDefault(text(stage.id()), List.of()).size());
            stages.add(column);
        }
        grid.put("stages", stages);
        grid.put("rows", rows());
        grid.put("stageCount", journeyMap.stages().size());
        grid.put("touchpointCount", ordered.size());
        grid.put("wide", journeyMap.stages().size() > 6);
        return grid;
    }

    private List<Object> rows() {
        List<Lane> lanes = new ArrayList<>();
        if (journeyMap.lanes().stream().noneMatch(l -> l.type() == LaneType.TOUCHPOINTS)) {
            lanes.add(new Lane("touchpoints", LaneType.TOUCHPOINTS, null, true)); // touchpoints are never lost
        }
        lanes.addAll(journeyMap.lanes());
        List<Object> rows = new ArrayList<>();
        for (Lane lane : lanes) {
            if (!lane.visible() || lane.type() == null) {
                continue;
            }
            Map<String, Object> row = map();
            row.put("id", text(lane.id()));
            row.put("type", lane.type().id());
            row.put("label", lane.label() == null || lane.label().isBlank() || lane.label().equals(lane.type().id())
                    ? texts.getText("journeymaps.model.lane-type." + lane.type().id()) : lane.label());
            List<Object> cells = new ArrayList<>();
            for (Stage stage : journeyMap.stages()) {
                cells.add(cell(lane, stage));
            }
            row.put("cells", cells);
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> cell(Lane lane, Stage stage) {
        List<Touchpoint> touchpoints = byStage.getOrDefault(text(stage.id()), List.of());
        Map<String, Object> cell = map();
        cell.put("stageName", text(stage.name()));
        cell.put("stageId", text(stage.id()));
        List<Object> cards = new ArrayList<>();
        List<Object> entries = new ArrayList<>();
        switch (lane.type()) {
            case TOUCHPOINTS -> touchpoints.forEach(t -> cards.add(card(t)));
            case CUSTOMER_ACTIONS -> touchpoints.stream().filter(t -> hasText(t.action()))
                    .forEach(t -> entries.add(entry(t.name(), t.action())));
            case THOUGHTS -> touchpoints.stream().filter(t -> hasText(t.thought()))
                    .forEach(t -> entries.add(entry(t.name(), t.thought())));
            case EMOTIONS -> touchpoints.forEach(t -> emotionEntries(t, entries));
            case CHANNELS -> touchpoints.stream().filter(t -> hasText(t.channel())).forEach(t -> {
                Map<String, Object> entry = entry(t.name(), channelLabel(t.channel()));
                entry.put("channel", channelClass(t.channel()));
                entries.add(entry);
            });
            case METRICS -> touchpoints.forEach(t -> t.metrics().forEach(m -> entries.add(metric(t, m))));
            case PAIN_POINTS -> touchpoints.forEach(t -> t.painPoints().forEach(p -> entries.add(painPoint(t, p))));
            case OPPORTUNITIES -> touchpoints.forEach(t -> t.opportunities()
                    .forEach(o -> entries.add(opportunity(t, o))));
            case EVIDENCE -> touchpoints.forEach(t -> t.evidence().forEach(e -> entries.add(evidence(t, e))));
            default -> {
            }
        }
        if (lane.type().holdsCells()) {
            for (LaneItem item : lane.cell(text(stage.id()))) {
                Map<String, Object> entry = entry(null, item.text());
                entry.put("itemId", text(item.id()));
                entries.add(entry);
            }
        }
        cell.put("cards", cards);
        cell.put("entries", entries);
        return cell;
    }

    private Map<String, Object> card(Touchpoint t) {
        Map<String, Object> card = new FieldMap(cardPrototype);
        card.put("id", text(t.id()));
        card.put("number", position.getOrDefault(text(t.id()), 0) + 1);
        card.put("name", text(t.name()));
        card.put("channel", hasText(t.channel()) ? channelClass(t.channel()) : "");
        card.put("channelLabel", hasText(t.channel()) ? channelLabel(t.channel()) : "");
        card.put("description", text(t.description()));
        card.put("owner", text(t.owner()));
        card.put("momentOfTruth", t.momentOfTruth());
        card.put("painCount", t.painPoints().size());
        String worst = "";
        for (PainPoint p : t.painPoints()) {
            String id = p.severity() == null ? "" : p.severity().id();
            if (SEVERITY_RANK.getOrDefault(id, 0) > SEVERITY_RANK.getOrDefault(worst, 0)) {
                worst = id;
            }
        }
        card.put("worstSeverity", worst);
        card.put("worstSeverityLabel", worst.isEmpty() ? "" : texts.getText("journeymaps.model.severity." + worst));
        card.put("opportunityCount", t.opportunities().size());
        card.put("metricCount", t.metrics().size());
        card.put("evidenceCount", t.evidence().size());
        return card;
    }

    private void emotionEntries(Touchpoint t, List<Object> entries) {
        List<PersonaRef> personas = personasOrCustomer();
        for (int p = 0; p < personas.size(); p++) {
            PersonaRef persona = personas.get(p);
            Integer score = persona.id() == null ? null : t.emotions().get(persona.id());
            if (score != null) {
                Map<String, Object> entry = entry(t.name(), emotionText(p, persona, score));
                entry.put("emotion", score < 0 ? "negative" : score > 0 ? "positive" : "neutral");
                entry.put("persona", text(persona.id()));
                entries.add(entry);
            }
        }
    }

    private List<PersonaRef> personasOrCustomer() {
        if (personasOrCustomer == null) { // once per render, not once per touchpoint
            personasOrCustomer = personasOrCustomer(journeyMap, texts);
        }
        return personasOrCustomer;
    }

    static List<PersonaRef> personasOrCustomer(JourneyMap journeyMap, Texts texts) {
        if (journeyMap.personas().isEmpty()) {
            return List.of(new PersonaRef(Touchpoint.CUSTOMER, 0, texts.getText("journeymaps.model.emotion.customer"),
                    null));
        }
        return journeyMap.personas().stream()
                .map(p -> hasText(p.title()) ? p : p.withTitle(texts.getText("journeymaps.model.emotion.customer")))
                .toList();
    }

    /**
     * "Lena: Frustrated (-2)": the same few texts for every touchpoint of a large map, so each persona's text for
     * each score in range is formatted once per render.
     */
    private String emotionText(int personaIndex, PersonaRef persona, int score) {
        if (score < Touchpoint.MIN_EMOTION || score > Touchpoint.MAX_EMOTION) {
            return texts.getText("journeymaps.grid.emotion", persona.title(), emotionLabel(score), Views.signed(score));
        }
        if (emotionTexts == null) {
            emotionTexts = new String[personasOrCustomer().size()][Touchpoint.MAX_EMOTION - Touchpoint.MIN_EMOTION + 1];
        }
        String[] byScore = emotionTexts[personaIndex];
        String text = byScore[score - Touchpoint.MIN_EMOTION];
        if (text == null) {
            text = texts.getText("journeymaps.grid.emotion", persona.title(), emotionLabel(score), Views.signed(score));
            byScore[score - Touchpoint.MIN_EMOTION] = text;
        }
        return text;
    }

    private String emotionLabel(int score) {
        return texts.getText("journeymaps.model.emotion." + Math.max(-2, Math.min(2, score)));
    }

    private Map<String, Object> metric(Touchpoint t, Metric m) {
        Map<String, Object> entry = entry(t.name(), m.name());
        entry.put("value", m.value() == null ? "" : Views.number(m.value()));
        entry.put("unit", text(m.unit()));
        entry.put("source", text(m.source()));
        entry.put("asOf", m.asOf() == null ? "" : m.asOf().toString());
        return entry;
    }

    private Map<String, Object> painPoint(Touchpoint t, PainPoint p) {
        Map<String, Object> entry = entry(t.name(), p.text());
        if (p.severity() != null) {
            entry.put("severity", p.severity().id());
            entry.put("severityLabel", texts.getText("journeymaps.model.severity." + p.severity().id()));
        }
        return entry;
    }

    private Map<String, Object> opportunity(Touchpoint t, Opportunity o) {
        Map<String, Object> entry = entry(t.name(), o.text());
        if (o.status() != null) {
            entry.put("status", o.status().id());
            entry.put("statusLabel", texts.getText("journeymaps.model.opportunity-status." + o.status().id()));
        }
        entry.put("impactLabel", o.impact() == null ? "" : texts.getText("journeymaps.model.level." + o.impact().id()));
        entry.put("effortLabel", o.effort() == null ? "" : texts.getText("journeymaps.model.level." + o.effort().id()));
        entry.put("owner", text(o.owner()));
        entry.put("url", Links.userLink(o.issueUrl()));
        return entry;
    }

    private Map<String, Object> evidence(Touchpoint t, EvidenceLink e) {
        String url = Links.userLink(e.url());
        Map<String, Object> entry = entry(t.name(), hasText(e.label()) ? e.label() : text(e.url()));
        entry.put("url", url);
        return entry;
    }

    /** One line of a text cell; every key the template reads is present (see {@link #entryPrototype}). */
    private Map<String, Object> entry(String context, String value) {
        Map<String, Object> entry = new FieldMap(entryPrototype);
        entry.put("context", text(context));
        entry.put("text", text(value));
        return entry;
    }

    private List<Object> flows() {
        List<Object> flows = new ArrayList<>();
        for (Flow flow : journeyMap.flows()) {
            Integer from = position.get(text(flow.from()));
            Integer to = position.get(text(flow.to()));
            if (from == null || to == null) {
                continue;
            }
            Touchpoint source = ordered.get(from);
            Touchpoint target = ordered.get(to);
            boolean channelSwitch = hasText(source.channel()) && hasText(target.channel())
                    && !source.channel().equals(target.channel());
            String kind;
            if (from.equals(to)) {
                kind = "repeat";
            } else if (to < from) {
                kind = "back";
            } else if (to > from + 1) {
                kind = "skip";
            } else if (channelSwitch) {
                kind = "switch";
            } else {
                continue; // a plain step to the next touchpoint: the grid's order already shows it
            }
            Map<String, Object> row = map();
            row.put("id", text(flow.id()));
            row.put("kind", kind);
            row.put("from", text(source.name()));
            row.put("fromNumber", from + 1);
            row.put("fromStage", stageNames.getOrDefault(text(source.stageId()), ""));
            row.put("to", text(target.name()));
            row.put("toNumber", to + 1);
            row.put("toStage", stageNames.getOrDefault(text(target.stageId()), ""));
            row.put("share", flow.share() == null ? "" : Long.toString(Math.round(flow.share() * 100)));
            row.put("label", text(flow.label()));
            row.put("channelSwitch", channelSwitch);
            row.put("fromChannel", hasText(source.channel()) ? channelLabel(source.channel()) : "");
            row.put("toChannel", hasText(target.channel()) ? channelLabel(target.channel()) : "");
            flows.add(row);
        }
        return flows;
    }

    private String channelLabel(String channel) {
        return Channel.isKnown(channel) ? texts.getText("journeymaps.model.channel." + channel) : channel;
    }

    /** The channel's icon: its own for the known channels, the generic one for custom channels. */
    static String channelClass(String channel) {
        return Channel.isKnown(channel) ? channel : Channel.OTHER;
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
