package com.journeymaps.core.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The codec as it was before the session-3 changes (commit 3ff0833), on the old scanner: the oracle of
 * StorageScannerEquivalenceTest. Finds, edits, inserts and removes the app's macros ({@code journey-map}, {@code journey-persona})
 * in a Confluence storage-format string, changing nothing else.
 *
 * <p>Macros are addressed by the value of their kind's key parameter: {@code map-id} for maps,
 * {@code persona-id} for personas. Ids are expected to be unique on a page across both kinds; a
 * copied macro breaks that, which {@link #duplicates(String)} reports and
 * {@link #reassignDuplicate(String, String, int, String)} repairs.
 *
 * <p>Every method reads the whole string first. If it cannot be read safely the method throws
 * {@link StorageFormatException} with the position of the problem; edits return a new string and
 * never a partially edited one. An edit replaces only the characters of the edited macro's changed
 * parameters and body (or the whole macro for {@link #remove}, or nothing but the new macro for
 * {@link #insert}); every character before and after stays identical. Each edit re-reads its own
 * result and fails with {@link IllegalStateException} rather than return a page that does not read
 * back as intended.
 *
 * <p>The codec holds no state and is safe to share between threads.
 */
final class StorageFormatCodecOracle {

    /** Written as {@code ac:schema-version} on inserted macros: the version of Confluence's macro markup. */
    static final String MACRO_SCHEMA_VERSION = "1";

    private record Splice(int start, int end, String text, int order) {
    }

    /** Every journey-map and persona macro in document order, nested ones included. */
    public List<MacroOccurrence> find(String storage) {
        Objects.requireNonNull(storage, "storage");
        return StorageScannerOracle.scan(storage).macros();
    }

    /**
     * The one macro carrying {@code id}.
     *
     * @throws MacroNotFoundException     if none does
     * @throws DuplicateMacroIdException if several do
     */
    public MacroOccurrence get(String storage, String id) {
        return single(find(storage), id);
    }

    /**
     * The elements directly at the top of the document, in order: the places "after a given
     * top-level element" where {@link #insert} may put a macro ({@code range().end()}).
     */
    public List<SourceRange> topLevelElements(String storage) {
        Objects.requireNonNull(storage, "storage");
        return StorageScannerOracle.scan(storage).topLevelElements();
    }

    /**
     * The page with the macro carrying {@code id} given a new body and parameters.
     *
     * @param newBody       the new plain-text body, or {@code null} to keep the current one
     * @param newParameters the complete new parameter set, or {@code null} to keep the current one. The
     *                      key parameter may be left out (it then keeps its value); giving it a
     *                      different value re-ids the macro. Parameters whose value is unchanged keep
     *                      their exact characters and place, removed ones disappear, new ones follow
     *                      the existing ones in the map's iteration order.
     * @throws MacroNotFoundException        if no macro carries {@code id}
     * @throws DuplicateMacroIdException     if several do, or the new id is taken
     * @throws UnstorableCharacterException if a body or parameter holds a character XML cannot carry
     */
    public String replaceBody(String storage, String id, String newBody, Map<String, String> newParameters) {
        Objects.requireNonNull(id, "id");
        List<MacroOccurrence> found = find(storage);
        MacroOccurrence macro = single(found, id);
        Map<String, String> parameters = macro.parameterValues();
        if (newParameters != null) {
            parameters = new LinkedHashMap<>(newParameters);
            parameters.putIfAbsent(macro.kind().keyParameter(), id);
            String newId = parameters.get(macro.kind().keyParameter());
            if (!newId.equals(id)) {
                requireFreshId(found, newId);
            }
        }
        return edit(storage, macro, newBody, parameters);
    }

    /**
     * The page with {@code macro} written at {@code offset}. The offset must lie between elements or in
     * text where a macro may stand: at the top level, or inside plain XHTML ({@code p}, {@code td},
     * {@code li}, {@code div}..., but not table or list structure such as {@code tr} or {@code ul}),
     * {@code ac:rich-text-body}, {@code ac:layout-cell} or {@code ac:task-body}; never inside a tag,
     * comment, CDATA section, reference or surrogate pair.
     * {@code storage.length()} appends; {@code topLevelElements(storage).get(i).end()} inserts after an
     * element.
     *
     * @throws InvalidInsertionPointException if the offset is not such a place
     * @throws DuplicateMacroIdException      if a macro on the page already carries the new macro's id
     */
    public String insert(String storage, int offset, MacroSpec macro) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(macro, "macro");
        if (offset < 0 || offset > storage.length()) {
            throw new InvalidInsertionPointException(SourcePosition.of(storage, offset),
                    "offset is outside the text (length " + storage.length() + ")");
        }
        StorageScannerOracle.Result scan = StorageScannerOracle.scan(storage, offset);
        scan.probeProblem().ifPresent(problem -> {
            throw new InvalidInsertionPointException(SourcePosition.of(storage, offset), problem);
        });
        requireFreshId(scan.macros(), macro.id());
        String markup = render(macro);
        String result = storage.substring(0, offset) + markup + storage.substring(offset);
        MacroOccurrence written = single(find(result), macro.id());
        check(written.range().equals(new SourceRange(offset, offset + markup.length()))
                && written.body().equals(macro.body())
                && written.parameterValues().equals(macro.parameters()), "inserted macro " + macro.id());
        return result;
    }

    /**
     * The page without the macro carrying {@code id} (its whole {@code ac:structured-macro} element;
     * a paragraph that only held it stays, empty).
     */
    public String remove(String storage, String id) {
        Objects.requireNonNull(id, "id");
        MacroOccurrence macro = single(find(storage), id);
        return storage.substring(0, macro.range().start()) + storage.substring(macro.range().end());
    }

    /** Every id that more than one macro on the page carries, in order of first appearance. */
    public List<DuplicateId> duplicates(String storage) {
        Map<String, List<MacroOccurrence>> byId = new LinkedHashMap<>();
        for (MacroOccurrence macro : find(storage)) {
            macro.id().ifPresent(id -> byId.computeIfAbsent(id, key -> new ArrayList<>()).add(macro));
        }
        List<DuplicateId> duplicates = new ArrayList<>();
        byId.forEach((id, macros) -> {
            if (macros.size() > 1) {
                duplicates.add(new DuplicateId(id, macros));
            }
        });
        return duplicates;
    }

    /**
     * The page with one of the macros sharing {@code duplicatedId} given {@code newId}; only the
     * value of its key parameter changes (not its body, not {@code ac:macro-id}).
     *
     * @param occurrence which of the macros, counted from 0 in document order, as in
     *                   {@link DuplicateId#occurrences()}; the copy is usually 1
     * @throws IllegalArgumentException  if the id is not duplicated or {@code occurrence} is out of range
     * @throws DuplicateMacroIdException if {@code newId} is already taken
     */
    public String reassignDuplicate(String storage, String duplicatedId, int occurrence, String newId) {
        Objects.requireNonNull(duplicatedId, "duplicatedId");
        Objects.requireNonNull(newId, "newId");
        List<MacroOccurrence> found = find(storage);
        List<MacroOccurrence> sharing = withId(found, duplicatedId);
        if (sharing.size() < 2) {
            throw new IllegalArgumentException("id '" + duplicatedId + "' is carried by " + sharing.size()
                    + " macro(s), not duplicated");
        }
        if (occurrence < 0 || occurrence >= sharing.size()) {
            throw new IllegalArgumentException("occurrence " + occurrence + " of '" + duplicatedId
                    + "' does not exist; there are " + sharing.size());
        }
        requireFreshId(found, newId);
        MacroOccurrence macro = sharing.get(occurrence);
        Map<String, String> parameters = new LinkedHashMap<>(macro.parameterValues());
        parameters.put(macro.kind().keyParameter(), newId);
        return edit(storage, macro, null, parameters);
    }

    // ---- editing ----

    private String edit(String storage, MacroOccurrence macro, String newBody, Map<String, String> parameters) {
        String body = newBody == null ? macro.body() : newBody;
        XmlTextOracle.requireStorable("body", body);
        parameters.forEach((name, value) -> {
            Objects.requireNonNull(value, () -> "value of parameter '" + name + "'");
            XmlTextOracle.requireStorable("name of parameter '" + name + "'", name);
            XmlTextOracle.requireStorable("parameter '" + name + "'", value);
        });
        String newId = parameters.get(macro.kind().keyParameter());
        if (newId == null || newId.isEmpty()) {
            throw new IllegalArgumentException("a " + macro.kind().macroName() + " macro needs a non-empty "
                    + macro.kind().keyParameter());
        }

        List<Splice> splices = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        int lastParameterEnd = macro.contentStart();
        for (MacroOccurrence.ParameterSlot slot : macro.parameterSlots()) {
            MacroParameter old = slot.parameter();
            lastParameterEnd = old.range().end();
            String value = parameters.get(old.name());
            if (value == null) {
                splices.add(new Splice(old.range().start(), old.range().end(), "", splices.size()));
            } else if (!value.equals(old.value())) {
                if (slot.contentStart() >= 0) {
                    splices.add(new Splice(slot.contentStart(), slot.contentEnd(), XmlTextOracle.escape(value), splices.size()));
                } else {
                    splices.add(new Splice(old.range().start(), old.range().end(), parameter(old.name(), value),
                            splices.size()));
                }
            }
        }
        Map<String, String> existing = macro.parameterValues();
        parameters.forEach((name, value) -> {
            if (!existing.containsKey(name)) {
                added.append(parameter(name, value));
            }
        });
        boolean bodyChanged = newBody != null && (!newBody.equals(macro.body()) || !macro.hasBody());

        if (macro.selfClosing()) {
            int end = macro.range().end();
            String content = added + (bodyChanged ? plainTextBody(body) : "");
            if (!content.isEmpty()) {
                splices.add(new Splice(end - 2, end, ">" + content + "</ac:structured-macro>", splices.size()));
            }
        } else {
            if (!added.isEmpty()) {
                splices.add(new Splice(lastParameterEnd, lastParameterEnd, added.toString(), splices.size()));
            }
            if (bodyChanged) {
                if (!macro.hasBody()) {
                    splices.add(new Splice(macro.endTagStart(), macro.endTagStart(), plainTextBody(body), splices.size()));
                } else if (macro.bodyContentStart() < 0) {
                    SourceRange element = macro.bodyRange().orElseThrow();
                    splices.add(new Splice(element.start(), element.end(), plainTextBody(body), splices.size()));
                } else {
                    splices.add(new Splice(macro.bodyContentStart(), macro.bodyContentEnd(), XmlTextOracle.cdata(body),
                            splices.size()));
                }
            }
        }
        String result = apply(storage, splices);
        verify(storage, result, macro, newId, body, parameters);
        return result;
    }

    private static String apply(String storage, List<Splice> splices) {
        splices.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::order));
        StringBuilder out = new StringBuilder(storage.length() + 256);
        int cursor = 0;
        for (Splice splice : splices) {
            out.append(storage, cursor, splice.start()).append(splice.text());
            cursor = splice.end();
        }
        return out.append(storage, cursor, storage.length()).toString();
    }

    /** Re-reads an edit's result: the macro must say exactly what was asked, and nothing around it may have moved. */
    private void verify(String before, String after, MacroOccurrence old, String newId, String body,
            Map<String, String> parameters) {
        // Only the macro's own element is read again. That is as strong as re-reading the whole page:
        // the text before and after it is checked to be unchanged, the page before the edit was read
        // without error, and the new element is a single balanced element (it is the only top-level
        // element of its own text), so a scanner reaches the text after it in the same state as
        // before the edit. Its id is unique on the page because it is unchanged or was checked fresh
        // (requireFreshId) by every caller that changes it. Re-reading the whole page was half the
        // time of an edit (JFR, docs/performance.md).
        int start = old.range().start();
        int suffix = before.length() - old.range().end();
        int end = after.length() - suffix;
        // String.equals compares whole arrays at once; regionMatches goes character by character and
        // was a quarter of an edit on a large page (JFR)
        check(end >= start
                && after.substring(0, start).equals(before.substring(0, start))
                && after.substring(end).equals(before.substring(old.range().end())), "edited macro " + newId);
        String element = after.substring(start, end);
        StorageScannerOracle.Result scan;
        try {
            scan = StorageScannerOracle.scan(element);
        } catch (StorageFormatException e) {
            throw new IllegalStateException("the edited macro " + newId + " does not read back as written; "
                    + "nothing was changed", e);
        }
        MacroOccurrence written = single(scan.macros(), newId);
        check(scan.topLevelElements().equals(List.of(new SourceRange(0, element.length())))
                && written.range().equals(new SourceRange(0, element.length()))
                && written.body().equals(body)
                && written.parameterValues().equals(parameters), "edited macro " + newId);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("the " + what + " does not read back as written; nothing was changed");
        }
    }

    // ---- writing ----

    private static String render(MacroSpec macro) {
        XmlTextOracle.requireStorable("body", macro.body());
        StringBuilder out = new StringBuilder("<ac:structured-macro ac:name=\"").append(macro.kind().macroName())
                .append("\" ac:schema-version=\"").append(MACRO_SCHEMA_VERSION).append('"');
        macro.macroId().ifPresent(id -> {
            XmlTextOracle.requireStorable("macro id", id);
            out.append(" ac:macro-id=\"").append(XmlTextOracle.escape(id)).append('"');
        });
        out.append('>');
        macro.parameters().forEach((name, value) -> {
            XmlTextOracle.requireStorable("name of parameter '" + name + "'", name);
            XmlTextOracle.requireStorable("parameter '" + name + "'", value);
            out.append(parameter(name, value));
        });
        return out.append(plainTextBody(macro.body())).append("</ac:structured-macro>").toString();
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + XmlTextOracle.escape(name) + "\">" + XmlTextOracle.escape(value) + "</ac:parameter>";
    }

    private static String plainTextBody(String body) {
        return "<ac:plain-text-body>" + XmlTextOracle.cdata(body) + "</ac:plain-text-body>";
    }

    // ---- lookup ----

    private static List<MacroOccurrence> withId(List<MacroOccurrence> macros, String id) {
        return macros.stream().filter(macro -> macro.id().filter(id::equals).isPresent()).toList();
    }

    private static MacroOccurrence single(List<MacroOccurrence> macros, String id) {
        List<MacroOccurrence> matching = withId(macros, id);
        if (matching.isEmpty()) {
            throw new MacroNotFoundException(id);
        }
        if (matching.size() > 1) {
            throw new DuplicateMacroIdException(new DuplicateId(id, matching));
        }
        return matching.get(0);
    }

    private static void requireFreshId(List<MacroOccurrence> macros, String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a macro id must not be empty");
        }
        if (!withId(macros, id).isEmpty()) {
            throw new DuplicateMacroIdException(id, "a macro on this page already carries the id '" + id + "'");
        }
    }
}
