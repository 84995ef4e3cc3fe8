package com.journeymaps.core.storage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A macro to be written into a page: its kind, parameters (the key parameter among them), JSON body
 * and, optionally, Confluence's {@code ac:macro-id}.
 */
public final class MacroSpec {

    private final MacroKind kind;
    private final Map<String, String> parameters;
    private final String body;
    private final String macroId;
    private final Map<String, List<PageReference>> linkParameters;

    private MacroSpec(MacroKind kind, Map<String, String> parameters, String body, String macroId,
            Map<String, List<PageReference>> linkParameters) {
        this.kind = kind;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.body = body;
        this.macroId = macroId;
        this.linkParameters = Collections.unmodifiableMap(new LinkedHashMap<>(linkParameters));
    }

    /** A journey-map macro with the given {@code map-id} and JSON body. */
    public static MacroSpec journeyMap(String mapId, String body) {
        return of(MacroKind.JOURNEY_MAP, mapId, body);
    }

    /** A persona macro with the given {@code persona-id} and JSON body. */
    public static MacroSpec persona(String personaId, String body) {
        return of(MacroKind.JOURNEY_PERSONA, personaId, body);
    }

    public static MacroSpec of(MacroKind kind, String id, String body) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a macro id must not be empty");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(kind.keyParameter(), id);
        return new MacroSpec(kind, parameters, body, null, Map.of());
    }

    /** This spec with one more parameter, written after the ones already there. */
    public MacroSpec withParameter(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.equals(kind.keyParameter())) {
            throw new IllegalArgumentException("the key parameter '" + name + "' is set by the factory method");
        }
        if (linkParameters.containsKey(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' already holds page links");
        }
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return new MacroSpec(kind, more, body, macroId, linkParameters);
    }

    /**
     * This spec with a parameter holding one {@code <ac:link><ri:page …/></ac:link>} per reference, written after the
     * plain parameters (see {@link StorageFormatCodec#PERSONA_LINKS_PARAMETER}); an empty list writes no parameter.
     */
    public MacroSpec withPageLinks(String name, List<PageReference> links) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(links, "links");
        if (parameters.containsKey(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' already holds text");
        }
        Map<String, List<PageReference>> more = new LinkedHashMap<>(linkParameters);
        more.put(name, List.copyOf(links));
        return new MacroSpec(kind, parameters, body, macroId, more);
    }

    /** This spec with Confluence's {@code ac:macro-id} attribute set (Confluence adds one itself if absent). */
    public MacroSpec withMacroId(String macroId) {
        return new MacroSpec(kind, parameters, body, Objects.requireNonNull(macroId, "macroId"), linkParameters);
    }

    public MacroKind kind() {
        return kind;
    }

    public String id() {
        return parameters.get(kind.keyParameter());
    }

    /** All parameters in writing order, the key parameter first. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The parameters holding page links, by name, in writing order (after the plain ones). */
    public Map<String, List<PageReference>> linkParameters() {
        return linkParameters;
    }

    public String body() {
        return body;
    }

    public Optional<String> macroId() {
        return Optional.ofNullable(macroId);
    }
}
