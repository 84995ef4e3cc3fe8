package com.journeymaps.core.validation;

import static com.journeymaps.core.validation.Pointers.child;

import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneItem;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The validator as it was before its pointers were built lazily (docs/performance.md, session 4), kept
 * unchanged as the oracle for {@code MapValidatorEquivalenceTest}: every problem, pointer and argument
 * of the new validator must be the same as this one's. Not used by production code.
 *
 * <p>Original description: checks a journey map against the rules of the format and reports every problem at once, each at
 * the JSON Pointer of the offending value, so a user can fix them all in one go: ids present,
 * well-formed and unique across the whole map; touchpoints, lane cells, flows and emotions pointing
 * at elements that exist; emotions from −2 to +2; shares from 0 to 1; links only http, https or
 * mailto; channels well-formed; and the {@link Limits}.
 */
final class MapValidatorOracle {

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> idPointers = new HashMap<>();

    private MapValidatorOracle() {
    }

    /** Every problem of {@code map}, in document order; empty when the map is valid. */
    public static List<Problem> validate(JourneyMap map) {
        MapValidatorOracle validator = new MapValidatorOracle();
        validator.check(map);
        return List.copyOf(validator.problems);
    }

    private void check(JourneyMap map) {
        id("", map.id());
        text("/title", map.title(), false);
        text("/objective", map.objective(), false);
        text("/scope", map.scope(), false);
        text("/owner", map.owner(), false);

        Set<String> personaIds = new HashSet<>();
        for (int i = 0; i < map.personas().size(); i++) {
            PersonaRef p = map.personas().get(i);
            String ptr = child("/personas", i);
            id(ptr, p.id());
            personaIds.add(p.id());
            if (p.pageId() <= 0) {
                add(child(ptr, "pageId"), "bad-page-id", p.pageId());
            }
            text(child(ptr, "title"), p.title(), false);
            text(child(ptr, "role"), p.role(), false);
        }

        if (map.stages().size() > Limits.MAX_STAGES) {
            add("/stages", "too-many-stages", map.stages().size(), Limits.MAX_STAGES);
        }
        Set<String> stageIds = new HashSet<>();
        for (int i = 0; i < map.stages().size(); i++) {
            Stage s = map.stages().get(i);
            String ptr = child("/stages", i);
            id(ptr, s.id());
            stageIds.add(s.id());
            text(child(ptr, "name"), s.name(), true);
            text(child(ptr, "goal"), s.goal(), false);
            text(child(ptr, "description"), s.description(), false);
        }

        for (int i = 0; i < map.lanes().size(); i++) {
            lane(child("/lanes", i), map.lanes().get(i), stageIds);
        }

        if (map.touchpoints().size() > Limits.MAX_TOUCHPOINTS) {
            add("/touchpoints", "too-many-touchpoints", map.touchpoints().size(), Limits.MAX_TOUCHPOINTS);
        }
        Set<String> emotionKeys = map.personas().isEmpty() ? Set.of(Touchpoint.CUSTOMER) : personaIds;
        Set<String> touchpointIds = new HashSet<>();
        for (int i = 0; i < map.touchpoints().size(); i++) {
            Touchpoint t = map.touchpoints().get(i);
            touchpointIds.add(t.id());
            touchpoint(child("/touchpoints", i), t, stageIds, emotionKeys);
        }

        for (int i = 0; i < map.flows().size(); i++) {
            Flow f = map.flows().get(i);
            String ptr = child("/flows", i);
            id(ptr, f.id());
            reference(child(ptr, "from"), f.from(), touchpointIds, "dangling-touchpoint");
            reference(child(ptr, "to"), f.to(), touchpointIds, "dangling-touchpoint");
            if (f.share() != null) {
                if (!Double.isFinite(f.share())) {
                    add(child(ptr, "share"), "not-finite");
                } else if (f.share() < 0 || f.share() > 1) {
                    add(child(ptr, "share"), "share-out-of-range", f.share());
                }
            }
            text(child(ptr, "label"), f.label(), false);
        }
    }

    private void lane(String ptr, Lane lane, Set<String> stageIds) {
        id(ptr, lane.id());
        if (lane.type() == null) {
            add(child(ptr, "type"), "required");
        } else if (!lane.type().holdsCells() && !lane.cells().isEmpty()) {
            add(child(ptr, "cells"), "cells-not-allowed", lane.type().id());
        }
        text(child(ptr, "label"), lane.label(), false);
        for (Map.Entry<String, List<LaneItem>> cell : lane.cells().entrySet()) {
            String cellPtr = child(child(ptr, "cells"), cell.getKey());
            if (!stageIds.contains(cell.getKey())) {
                add(cellPtr, "dangling-stage", cell.getKey());
            }
            for (int i = 0; i < cell.getValue().size(); i++) {
                LaneItem item = cell.getValue().get(i);
                String itemPtr = child(cellPtr, i);
                id(itemPtr, item.id());
                text(child(itemPtr, "text"), item.text(), true);
            }
        }
    }

    private void touchpoint(String ptr, Touchpoint t, Set<String> stageIds, Set<String> emotionKeys) {
        id(ptr, t.id());
        reference(child(ptr, "stageId"), t.stageId(), stageIds, "dangling-stage");
        text(child(ptr, "name"), t.name(), true);
        if (t.channel() != null && !Channel.isWellFormed(t.channel())) {
            add(child(ptr, "channel"), "bad-channel", t.channel());
        }
        text(child(ptr, "description"), t.description(), false);
        text(child(ptr, "action"), t.action(), false);
        text(child(ptr, "thought"), t.thought(), false);
        for (Map.Entry<String, Integer> emotion : t.emotions().entrySet()) {
            String emotionPtr = child(child(ptr, "emotions"), emotion.getKey());
            if (!emotionKeys.contains(emotion.getKey())) {
                add(emotionPtr, "dangling-persona", emotion.getKey());
            }
            int score = emotion.getValue();
            if (score < Touchpoint.MIN_EMOTION || score > Touchpoint.MAX_EMOTION) {
                add(emotionPtr, "emotion-out-of-range", score);
            }
        }
        text(child(ptr, "owner"), t.owner(), false);
        for (int i = 0; i < t.painPoints().size(); i++) {
            PainPoint p = t.painPoints().get(i);
            String itemPtr = child(child(ptr, "painPoints"), i);
            id(itemPtr, p.id());
            text(child(itemPtr, "text"), p.text(), true);
            if (p.severity() == null) {
                add(child(itemPtr, "severity"), "required");
            }
        }
        for (int i = 0; i < t.opportunities().size(); i++) {
            Opportunity o = t.opportunities().get(i);
            String itemPtr = child(child(ptr, "opportunities"), i);
            id(itemPtr, o.id());
            text(child(itemPtr, "text"), o.text(), true);
            if (o.status() == null) {
                add(child(itemPtr, "status"), "required");
            }
            text(child(itemPtr, "owner"), o.owner(), false);
            url(child(itemPtr, "issueUrl"), o.issueUrl(), false);
        }
        for (int i = 0; i < t.metrics().size(); i++) {
            Metric m = t.metrics().get(i);
            String itemPtr = child(child(ptr, "metrics"), i);
            id(itemPtr, m.id());
            text(child(itemPtr, "name"), m.name(), true);
            if (m.value() != null && !Double.isFinite(m.value())) {
                add(child(itemPtr, "value"), "not-finite");
            }
            text(child(itemPtr, "unit"), m.unit(), false);
            text(child(itemPtr, "source"), m.source(), false);
        }
        for (int i = 0; i < t.evidence().size(); i++) {
            EvidenceLink e = t.evidence().get(i);
            String itemPtr = child(child(ptr, "evidence"), i);
            id(itemPtr, e.id());
            text(child(itemPtr, "label"), e.label(), false);
            url(child(itemPtr, "url"), e.url(), true);
        }
    }

    private void id(String elementPtr, String id) {
        String ptr = child(elementPtr, "id");
        if (id == null || id.isBlank()) {
            add(ptr, "required");
        } else if (!Ids.isWellFormed(id)) {
            add(ptr, "bad-id", id);
        } else {
            String first = idPointers.putIfAbsent(id, ptr);
            if (first != null) {
                add(ptr, "duplicate-id", id, first);
            }
        }
    }

    private void reference(String ptr, String id, Set<String> targets, String code) {
        if (id == null || id.isBlank()) {
            add(ptr, "required");
        } else if (!targets.contains(id)) {
            add(ptr, code, id);
        }
    }

    private void text(String ptr, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(ptr, "required");
            }
            return;
        }
        if (value.length() > Limits.MAX_TEXT_BYTES / 3) {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > Limits.MAX_TEXT_BYTES) {
                add(ptr, "text-too-long", bytes, Limits.MAX_TEXT_BYTES);
            }
        }
    }

    private void url(String ptr, String url, boolean required) {
        text(ptr, url, required);
        if (url != null && !url.isBlank() && !isAllowedLink(url)) {
            add(ptr, "bad-url", url);
        }
    }

    /**
     * Whether {@code url} may be stored as a link: an absolute http or https URL with a host, or a
     * mailto link. Everything else ({@code javascript:}, {@code data:}, relative paths) is refused.
     */
    public static boolean isAllowedLink(String url) {
        if (url == null || url.isBlank() || !url.strip().equals(url)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null) {
                return false;
            }
            return switch (scheme.toLowerCase(Locale.ROOT)) {
                case "http", "https" -> uri.getHost() != null && !uri.getHost().isEmpty();
                case "mailto" -> uri.getSchemeSpecificPart() != null && !uri.getSchemeSpecificPart().isEmpty();
                default -> false;
            };
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void add(String pointer, String code, Object... args) {
        problems.add(Problem.at(pointer, code, args));
    }
}
