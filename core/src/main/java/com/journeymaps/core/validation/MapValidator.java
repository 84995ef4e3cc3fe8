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
import com.journeymaps.core.validation.Pointers.Path;
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
 * Checks a journey map against the rules of the format and reports every problem at once, each at
 * the JSON Pointer of the offending value, so a user can fix them all in one go: ids present,
 * well-formed and unique across the whole map; touchpoints, lane cells, flows and emotions pointing
 * at elements that exist; emotions from −2 to +2; shares from 0 to 1; links only http, https or
 * mailto; channels well-formed; and the {@link Limits}.
 */
public final class MapValidator {

    private final List<Problem> problems = new ArrayList<>();
    /** The element whose {@code id} first carried each id: its pointer is only written when a duplicate is reported. */
    private final Map<String, Path> idOwners = new HashMap<>();

    private MapValidator() {
    }

    /** Every problem of {@code map}, in document order; empty when the map is valid. */
    public static List<Problem> validate(JourneyMap map) {
        MapValidator validator = new MapValidator();
        validator.check(map);
        return List.copyOf(validator.problems);
    }

    private void check(JourneyMap map) {
        Path root = Path.ROOT;
        id(root, map.id());
        text(root, "title", map.title(), false);
        text(root, "objective", map.objective(), false);
        text(root, "scope", map.scope(), false);
        text(root, "owner", map.owner(), false);

        Set<String> personaIds = new HashSet<>();
        Path personas = root.child("personas");
        for (int i = 0; i < map.personas().size(); i++) {
            PersonaRef p = map.personas().get(i);
            Path ptr = personas.child(i);
            id(ptr, p.id());
            personaIds.add(p.id());
            if (p.pageId() <= 0) {
                add(ptr, "pageId", "bad-page-id", p.pageId());
            }
            text(ptr, "title", p.title(), false);
            text(ptr, "role", p.role(), false);
        }

        if (map.stages().size() > Limits.MAX_STAGES) {
            add(root, "stages", "too-many-stages", map.stages().size(), Limits.MAX_STAGES);
        }
        Set<String> stageIds = new HashSet<>();
        Path stages = root.child("stages");
        for (int i = 0; i < map.stages().size(); i++) {
            Stage s = map.stages().get(i);
            Path ptr = stages.child(i);
            id(ptr, s.id());
            stageIds.add(s.id());
            text(ptr, "name", s.name(), true);
            text(ptr, "goal", s.goal(), false);
            text(ptr, "description", s.description(), false);
        }

        Path lanes = root.child("lanes");
        for (int i = 0; i < map.lanes().size(); i++) {
            lane(lanes.child(i), map.lanes().get(i), stageIds);
        }

        if (map.touchpoints().size() > Limits.MAX_TOUCHPOINTS) {
            add(root, "touchpoints", "too-many-touchpoints", map.touchpoints().size(), Limits.MAX_TOUCHPOINTS);
        }
        Set<String> emotionKeys = map.personas().isEmpty() ? Set.of(Touchpoint.CUSTOMER) : personaIds;
        Set<String> touchpointIds = new HashSet<>();
        Path touchpoints = root.child("touchpoints");
        for (int i = 0; i < map.touchpoints().size(); i++) {
            Touchpoint t = map.touchpoints().get(i);
            touchpointIds.add(t.id());
            touchpoint(touchpoints.child(i), t, stageIds, emotionKeys);
        }

        Path flows = root.child("flows");
        for (int i = 0; i < map.flows().size(); i++) {
            Flow f = map.flows().get(i);
            Path ptr = flows.child(i);
            id(ptr, f.id());
            reference(ptr, "from", f.from(), touchpointIds, "dangling-touchpoint");
            reference(ptr, "to", f.to(), touchpointIds, "dangling-touchpoint");
            if (f.share() != null) {
                if (!Double.isFinite(f.share())) {
                    add(ptr, "share", "not-finite");
                } else if (f.share() < 0 || f.share() > 1) {
                    add(ptr, "share", "share-out-of-range", f.share());
                }
            }
            text(ptr, "label", f.label(), false);
        }
    }

    private void lane(Path ptr, Lane lane, Set<String> stageIds) {
        id(ptr, lane.id());
        if (lane.type() == null) {
            add(ptr, "type", "required");
        } else if (!lane.type().holdsCells() && !lane.cells().isEmpty()) {
            add(ptr, "cells", "cells-not-allowed", lane.type().id());
        }
        text(ptr, "label", lane.label(), false);
        if (lane.cells().isEmpty()) {
            return;
        }
        Path cells = ptr.child("cells");
        for (Map.Entry<String, List<LaneItem>> cell : lane.cells().entrySet()) {
            Path cellPtr = cells.child(cell.getKey());
            if (!stageIds.contains(cell.getKey())) {
                addAt(cellPtr, "dangling-stage", cell.getKey());
            }
            for (int i = 0; i < cell.getValue().size(); i++) {
                LaneItem item = cell.getValue().get(i);
                Path itemPtr = cellPtr.child(i);
                id(itemPtr, item.id());
                text(itemPtr, "text", item.text(), true);
            }
        }
    }

    private void touchpoint(Path ptr, Touchpoint t, Set<String> stageIds, Set<String> emotionKeys) {
        id(ptr, t.id());
        reference(ptr, "stageId", t.stageId(), stageIds, "dangling-stage");
        text(ptr, "name", t.name(), true);
        if (t.channel() != null && !Channel.isWellFormed(t.channel())) {
            add(ptr, "channel", "bad-channel", t.channel());
        }
        text(ptr, "description", t.description(), false);
        text(ptr, "action", t.action(), false);
        text(ptr, "thought", t.thought(), false);
        for (Map.Entry<String, Integer> emotion : t.emotions().entrySet()) {
            String key = emotion.getKey();
            if (!emotionKeys.contains(key)) {
                add(ptr.child("emotions"), key, "dangling-persona", key);
            }
            int score = emotion.getValue();
            if (score < Touchpoint.MIN_EMOTION || score > Touchpoint.MAX_EMOTION) {
                add(ptr.child("emotions"), key, "emotion-out-of-range", score);
            }
        }
        text(ptr, "owner", t.owner(), false);
        for (int i = 0; i < t.painPoints().size(); i++) {
            PainPoint p = t.painPoints().get(i);
            Path itemPtr = ptr.child("painPoints").child(i);
            id(itemPtr, p.id());
            text(itemPtr, "text", p.text(), true);
            if (p.severity() == null) {
                add(itemPtr, "severity", "required");
            }
        }
        for (int i = 0; i < t.opportunities().size(); i++) {
            Opportunity o = t.opportunities().get(i);
            Path itemPtr = ptr.child("opportunities").child(i);
            id(itemPtr, o.id());
            text(itemPtr, "text", o.text(), true);
            if (o.status() == null) {
                add(itemPtr, "status", "required");
            }
            text(itemPtr, "owner", o.owner(), false);
            url(itemPtr, "issueUrl", o.issueUrl(), false);
        }
        for (int i = 0; i < t.metrics().size(); i++) {
            Metric m = t.metrics().get(i);
            Path itemPtr = ptr.child("metrics").child(i);
            id(itemPtr, m.id());
            text(itemPtr, "name", m.name(), true);
            if (m.value() != null && !Double.isFinite(m.value())) {
                add(itemPtr, "value", "not-finite");
            }
            text(itemPtr, "unit", m.unit(), false);
            text(itemPtr, "source", m.source(), false);
        }
        for (int i = 0; i < t.evidence().size(); i++) {
            EvidenceLink e = t.evidence().get(i);
            Path itemPtr = ptr.child("evidence").child(i);
            id(itemPtr, e.id());
            text(itemPtr, "label", e.label(), false);
            url(itemPtr, "url", e.url(), true);
        }
    }

    /** The {@code id} of the element at {@code element}. */
    private void id(Path element, String id) {
        if (id == null || id.isBlank()) {
            add(element, "id", "required");
        } else if (!Ids.isWellFormed(id)) {
            add(element, "id", "bad-id", id);
        } else {
            Path first = idOwners.putIfAbsent(id, element);
            if (first != null) {
                add(element, "id", "duplicate-id", id, child(first.pointer(), "id"));
            }
        }
    }

    /** Property {@code field} of the element at {@code element}, which must name one of {@code targets}. */
    private void reference(Path element, String field, String id, Set<String> targets, String code) {
        if (id == null || id.isBlank()) {
            add(element, field, "required");
        } else if (!targets.contains(id)) {
            add(element, field, code, id);
        }
    }

    /** Property {@code field} of the element at {@code element}. */
    private void text(Path element, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(element, field, "required");
            }
            return;
        }
        if (value.length() > Limits.MAX_TEXT_BYTES / 3) {
            int bytes = value.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > Limits.MAX_TEXT_BYTES) {
                add(element, field, "text-too-long", bytes, Limits.MAX_TEXT_BYTES);
            }
        }
    }

    private void url(Path element, String field, String url, boolean required) {
        text(element, field, url, required);
        if (url != null && !url.isBlank() && !isAllowedLink(url)) {
            add(element, field, "bad-url", url);
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

    /** A problem of property {@code field} (or map key) of the value at {@code parent}. */
    private void add(Path parent, String field, String code, Object... args) {
        problems.add(Problem.at(child(parent.pointer(), field), code, args));
    }

    /** A problem of the value at {@code at} itself (a separate name: an overload would capture string arguments). */
    private void addAt(Path at, String code, Object... args) {
        problems.add(Problem.at(at.pointer(), code, args));
    }
}
