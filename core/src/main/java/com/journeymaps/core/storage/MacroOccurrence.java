package com.journeymaps.core.storage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One journey-map or persona macro as it stands in a storage-format string: what it says (id,
 * parameters, body) and where each part is, so an edit can touch exactly those characters.
 * Offsets are only meaningful for the string the occurrence was read from.
 */
public final class MacroOccurrence {

    /** Where a parameter's text content starts and ends; both -1 for a self-closing parameter element. */
    record ParameterSlot(MacroParameter parameter, int contentStart, int contentEnd) {
    }

    private final MacroKind kind;
    private final SourceRange range;
    private final int contentStart;
    private final int endTagStart;
    private final boolean selfClosing;
    private final String macroId;
    private final String schemaVersion;
    private final List<ParameterSlot> parameterSlots;
    private final SourceRange bodyRange;
    private final int bodyContentStart;
    private final int bodyContentEnd;
    private final String body;

    MacroOccurrence(MacroKind kind, SourceRange range, int contentStart, int endTagStart, boolean selfClosing,
            String macroId, String schemaVersion, List<ParameterSlot> parameterSlots,
            SourceRange bodyRange, int bodyContentStart, int bodyContentEnd, String body) {
        this.kind = kind;
        this.range = range;
        this.contentStart = contentStart;
        this.endTagStart = endTagStart;
        this.selfClosing = selfClosing;
        this.macroId = macroId;
        this.schemaVersion = schemaVersion;
        this.parameterSlots = List.copyOf(parameterSlots);
        this.bodyRange = bodyRange;
        this.bodyContentStart = bodyContentStart;
        this.bodyContentEnd = bodyContentEnd;
        this.body = body;
    }

    public MacroKind kind() {
        return kind;
    }

    /** The value of the kind's key parameter ({@code map-id} or {@code persona-id}), if the macro has a non-empty one. */
    public Optional<String> id() {
        return parameter(kind.keyParameter()).filter(id -> !id.isEmpty());
    }

    /** Confluence's own {@code ac:macro-id} attribute, if present. */
    public Optional<String> macroId() {
        return Optional.ofNullable(macroId);
    }

    /** The {@code ac:schema-version} attribute, if present. */
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    /** The macro's own parameters in document order (not those of macros nested in it). */
    public List<MacroParameter> parameters() {
        return parameterSlots.stream().map(ParameterSlot::parameter).toList();
    }

    /** The parameters by name, in document order. */
    public Map<String, String> parameterValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParameterSlot slot : parameterSlots) {
            values.put(slot.parameter().name(), slot.parameter().value());
        }
        return Collections.unmodifiableMap(values);
    }

    public Optional<String> parameter(String name) {
        for (ParameterSlot slot : parameterSlots) {
            if (slot.parameter().name().equals(name)) {
                return Optional.of(slot.parameter().value());
            }
        }
        return Optional.empty();
    }

    /**
     * The plain-text body: all CDATA sections and text of {@code ac:plain-text-body} joined, read as an
     * XML parser reads them (character references resolved, line ends normalised to {@code \n}).
     * Empty when the macro has no body.
     */
    public String body() {
        return body;
    }

    public boolean hasBody() {
        return bodyRange != null;
    }

    /** The whole {@code ac:structured-macro} element, start tag to end tag. */
    public SourceRange range() {
        return range;
    }

    /** The whole {@code ac:plain-text-body} element, if there is one. */
    public Optional<SourceRange> bodyRange() {
        return Optional.ofNullable(bodyRange);
    }

    List<ParameterSlot> parameterSlots() {
        return parameterSlots;
    }

    /** The slot of the parameter called {@code name}, if the macro has one. */
    Optional<ParameterSlot> slot(String name) {
        for (ParameterSlot slot : parameterSlots) {
            if (slot.parameter().name().equals(name)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    int contentStart() {
        return contentStart;
    }

    int endTagStart() {
        return endTagStart;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    int bodyContentStart() {
        return bodyContentStart;
    }

    int bodyContentEnd() {
        return bodyContentEnd;
    }

    @Override
    public String toString() {
        return kind.macroName() + id().map(id -> " '" + id + "'").orElse(" without id") + " at " + range;
    }
}
