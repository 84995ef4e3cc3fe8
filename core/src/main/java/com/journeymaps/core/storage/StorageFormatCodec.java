package com.journeymaps.core.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds, edits, inserts and removes the app's macros ({@code journey-map}, {@code journey-persona})
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
public final class StorageFormatCodec {

    /** Written as {@code ac:schema-version} on inserted macros: the version of Confluence's macro markup. */
    static final String MACRO_SCHEMA_VERSION = "1";

    /**
     * The {@code journey-map} parameter whose value is storage markup: one {@code <ac:link><ri:page …/></ac:link>} per
     * persona page the map references, so that Confluence records the map page as linking to them. The map's JSON
     * (persona page ids) stays the source of truth; this parameter is rewritten from it on every save.
     */
    public static final String PERSONA_LINKS_PARAMETER = "personas";

    private record Splice(int start, int end, String text, int order) {
    }

    /** Every journey-map and persona macro in document order, nested ones included. */
    public List<MacroOccurrence> find(String storage) {
        Objects.requireNonNull(storage, "storage");
        return StorageScanner.scan(storage).macros();
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
        return StorageScanner.scan(storage).topLevelElements();
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
        return replaceBody(storage, id, newBody, newParameters, Map.of());
    }

    /**
     * Like {@link #replaceBody(String, String, String, Map)}, and also sets parameters that hold page links
     * ({@code <ac:link><ri:page ri:content-title="…" ri:space-key="…"/></ac:link>}, one per reference, in order).
     * A link parameter whose current links already say the same (read leniently, see {@link #pageLinks}) keeps its
     * exact characters, even if a person or Confluence wrote them differently; one with other links gets new content;
     * an empty list removes the parameter; a new one follows the other parameters. Link parameters not named in
     * {@code linkParameters} are treated like plain ones: kept with {@code newParameters == null}, otherwise kept only
     * if {@code newParameters} names them with their current text.
     *
     * @param linkParameters page links by parameter name; names must not also appear in {@code newParameters}
     * @throws IllegalArgumentException if a name is given both as text and as links
     */
    public String replaceBody(String storage, String id, String newBody, Map<String, String> newParameters,
            Map<String, List<PageReference>> linkParameters) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(linkParameters, "linkParameters");
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
        for (String name : linkParameters.keySet()) {
            if (parameters.containsKey(name) && newParameters != null) {
                throw new IllegalArgumentException("parameter '" + name + "' is given both as text and as page links");
            }
        }
        if (!linkParameters.isEmpty()) {
            parameters = new LinkedHashMap<>(parameters);
            parameters.keySet().removeAll(linkParameters.keySet());
        }
        return edit(storage, macro, newBody, parameters, linkParameters);
    }

    /**
     * The page references held by parameter {@code parameter} of the macro carrying {@code id}, in order; empty when
     * the macro has no such parameter. Read leniently: every {@code ri:page} directly inside an {@code ac:link}
     * counts, whatever else a person or Confluence put around it (a link body, {@code ri:version-at-save}, text).
     */
    public List<PageReference> pageLinks(String storage, String id, String parameter) {
        return pageLinks(storage, get(storage, id), parameter);
    }

    /** {@link #pageLinks(String, String, String)} for a macro already found in {@code storage}. */
    public List<PageReference> pageLinks(String storage, MacroOccurrence macro, String parameter) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(parameter, "parameter");
        return macro.slot(parameter)
                .filter(slot -> slot.contentStart() >= 0)
                .map(slot -> PageLinks.read(storage.substring(slot.contentStart(), slot.contentEnd())))
                .orElse(List.of());
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
        StorageScanner.Result scan = StorageScanner.scan(storage, offset);
        scan.probeProblem().ifPresent(problem -> {
            throw new InvalidInsertionPointException(SourcePosition.of(storage, offset), problem);
        });
        requireFreshId(scan.macros(), macro.id());
        String markup = render(macro);
        String result = storage.substring(0, offset) + markup + storage.substring(offset);
        MacroOccurrence written = single(find(result), macro.id());
        Map<String, String> expected = new LinkedHashMap<>(macro.parameters());
        macro.linkParameters().forEach((name, links) -> {
            if (!links.isEmpty()) {
                expected.put(name, "");
            }
        });
        check(written.range().equals(new SourceRange(offset, offset + markup.length()))
                && written.body().equals(macro.body())
                && written.parameterValues().equals(expected)
                && linksReadBack(result, written, macro.linkParameters()), "inserted macro " + macro.id());
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
        List<DuplicateId> duplicates = new ArrayList<>();
        byId(find(storage)).forEach((id, macros) -> {
            if (macros.size() > 1) {
                duplicates.add(new DuplicateId(id, macros));
            }
        });
        return duplicates;
    }

    /**
     * The ids that {@link #get} finds a macro of this kind for: carried by exactly one macro on the page (ids are
     * unique across both kinds), which is of {@code kind}. In order of appearance; one reading of the page.
     */
    public List<String> singleIds(String storage, MacroKind kind) {
        List<String> single = new ArrayList<>();
        byId(find(storage)).forEach((id, macros) -> {
            if (macros.size() == 1 && macros.get(0).kind() == kind) {
                single.add(id);
            }
        });
        return single;
    }

    /** The macros that carry an id, grouped by it, in order of first appearance. */
    private static Map<String, List<MacroOccurrence>> byId(List<MacroOccurrence> found) {
        Map<String, List<MacroOccurrence>> byId = new LinkedHashMap<>();
        for (MacroOccurrence macro : found) {
            macro.id().ifPresent(id -> byId.computeIfAbsent(id, key -> new ArrayList<>()).add(macro));
        }
        return byId;
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
        return edit(storage, macro, null, parameters, Map.of());
    }

    // ---- editing ----

    private String edit(String storage, MacroOccurrence macro, String newBody, Map<String, String> parameters,
            Map<String, List<PageReference>> links) {
        String body = newBody == null ? macro.body() : newBody;
        XmlText.requireStorable("body", body);
        parameters.forEach((name, value) -> {
            Objects.requireNonNull(value, () -> "value of parameter '" + name + "'");
            XmlText.requireStorable("name of parameter '" + name + "'", name);
            XmlText.requireStorable("parameter '" + name + "'", value);
        });
        String newId = parameters.get(macro.kind().keyParameter());
        if (newId == null || newId.isEmpty()) {
            throw new IllegalArgumentException("a " + macro.kind().macroName() + " macro needs a non-empty "
                    + macro.kind().keyParameter());
        }

        List<Splice> splices = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        // what the macro's parameters read as afterwards: a link parameter's text value is the text around its links
        Map<String, String> expected = new LinkedHashMap<>(parameters);
        int lastParameterEnd = macro.contentStart();
        for (MacroOccurrence.ParameterSlot slot : macro.parameterSlots()) {
            MacroParameter old = slot.parameter();
            lastParameterEnd = old.range().end();
            if (links.containsKey(old.name())) {
                List<PageReference> wanted = links.get(old.name());
                List<PageReference> current = slot.contentStart() < 0 ? List.of()
                        : PageLinks.read(storage.substring(slot.contentStart(), slot.contentEnd()));
                if (wanted.isEmpty()) {
                    splices.add(new Splice(old.range().start(), old.range().end(), "", splices.size()));
                } else if (current.equals(wanted)) {
                    expected.put(old.name(), old.value());
                } else if (slot.contentStart() >= 0) {
                    splices.add(new Splice(slot.contentStart(), slot.contentEnd(), PageLinks.render(wanted), splices.size()));
                    expected.put(old.name(), "");
                } else {
                    splices.add(new Splice(old.range().start(), old.range().end(), linkParameter(old.name(), wanted),
                            splices.size()));
                    expected.put(old.name(), "");
                }
                continue;
            }
            String value = parameters.get(old.name());
            if (value == null) {
                splices.add(new Splice(old.range().start(), old.range().end(), "", splices.size()));
            } else if (!value.equals(old.value())) {
                if (slot.contentStart() >= 0) {
                    splices.add(new Splice(slot.contentStart(), slot.contentEnd(), XmlText.escape(value), splices.size()));
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
        links.forEach((name, wanted) -> {
            XmlText.requireStorable("name of parameter '" + name + "'", name);
            if (!existing.containsKey(name) && !wanted.isEmpty()) {
                added.append(linkParameter(name, wanted));
                expected.put(name, "");
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
                    splices.add(new Splice(macro.bodyContentStart(), macro.bodyContentEnd(), XmlText.cdata(body),
                            splices.size()));
                }
            }
        }
        int start = macro.range().start();
        int end = macro.range().end();
        String element = apply(storage, start, end, splices);
        // the page's own text before and after the macro, around the new element: three copies at
        // most, and nothing outside the element can differ from the page by construction
        String result = storage.substring(0, start) + element + storage.substring(end);
        verify(element, newId, body, expected, links);
        return result;
    }

    /** The macro's element {@code storage[start, end)} with the splices applied; every splice must lie inside it. */
    private static String apply(String storage, int start, int end, List<Splice> splices) {
        splices.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::order));
        int length = end - start;
        for (Splice splice : splices) {
            if (splice.start() < start || splice.end() > end || splice.start() > splice.end()) {
                throw new IllegalStateException("an edit of the macro at [" + start + ", " + end + ") would change ["
                        + splice.start() + ", " + splice.end() + "); nothing was changed");
            }
            length += splice.text().length() - (splice.end() - splice.start());
        }
        StringBuilder out = new StringBuilder(length);
        int cursor = start;
        for (Splice splice : splices) {
            out.append(storage, cursor, splice.start()).append(splice.text());
            cursor = splice.end();
        }
        return out.append(storage, cursor, end).toString();
    }

    /** Re-reads an edit's new element: the macro must say exactly what was asked, its page links included. */
    private void verify(String element, String newId, String body, Map<String, String> parameters,
            Map<String, List<PageReference>> links) {
        // Only the macro's own element is read again. That is as strong as re-reading the whole page:
        // the text before and after it is the page's own (the result is made by concatenating the
        // page's text before the macro, the new element and the page's text after it, and apply
        // refuses a splice outside the element), the page before the edit was read without error,
        // and the new element is a single balanced element (it is the only top-level element of its
        // own text), so a scanner reaches the text after it in the same state as before the edit.
        // Its id is unique on the page because it is unchanged or was checked fresh (requireFreshId)
        // by every caller that changes it. Re-reading the whole page was half the time of an edit,
        // and comparing the text around the element again most of the rest (JFR, docs/performance.md).
        StorageScanner.Result scan;
        try {
            scan = StorageScanner.scan(element);
        } catch (StorageFormatException e) {
            throw new IllegalStateException("the edited macro " + newId + " does not read back as written; "
                    + "nothing was changed", e);
        }
        MacroOccurrence written = single(scan.macros(), newId);
        check(scan.topLevelElements().equals(List.of(new SourceRange(0, element.length())))
                && written.range().equals(new SourceRange(0, element.length()))
                && written.body().equals(body)
                && written.parameterValues().equals(parameters)
                && linksReadBack(element, written, links), "edited macro " + newId);
    }

    private boolean linksReadBack(String storage, MacroOccurrence written, Map<String, List<PageReference>> links) {
        for (Map.Entry<String, List<PageReference>> entry : links.entrySet()) {
            if (!pageLinks(storage, written, entry.getKey()).equals(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("the " + what + " does not read back as written; nothing was changed");
        }
    }

    // ---- writing ----

    private static String render(MacroSpec macro) {
        XmlText.requireStorable("body", macro.body());
        StringBuilder out = new StringBuilder("<ac:structured-macro ac:name=\"").append(macro.kind().macroName())
                .append("\" ac:schema-version=\"").append(MACRO_SCHEMA_VERSION).append('"');
        macro.macroId().ifPresent(id -> {
            XmlText.requireStorable("macro id", id);
            out.append(" ac:macro-id=\"").append(XmlText.escape(id)).append('"');
        });
        out.append('>');
        macro.parameters().forEach((name, value) -> {
            XmlText.requireStorable("name of parameter '" + name + "'", name);
            XmlText.requireStorable("parameter '" + name + "'", value);
            out.append(parameter(name, value));
        });
        macro.linkParameters().forEach((name, links) -> {
            XmlText.requireStorable("name of parameter '" + name + "'", name);
            if (!links.isEmpty()) {
                out.append(linkParameter(name, links));
            }
        });
        return out.append(plainTextBody(macro.body())).append("</ac:structured-macro>").toString();
    }

    private static String linkParameter(String name, List<PageReference> links) {
        return "<ac:parameter ac:name=\"" + XmlText.escape(name) + "\">" + PageLinks.render(links) + "</ac:parameter>";
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + XmlText.escape(name) + "\">" + XmlText.escape(value) + "</ac:parameter>";
    }

    private static String plainTextBody(String body) {
        return "<ac:plain-text-body>" + XmlText.cdata(body) + "</ac:plain-text-body>";
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
