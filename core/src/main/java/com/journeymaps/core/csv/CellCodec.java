package com.journeymaps.core.csv;

import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Level;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The text of the CSV cells that hold several items (pain points, opportunities, metrics,
 * evidence): one item per line, fields separated by {@code " | "}, with the free text last so it
 * reads like a sentence. A backslash escapes what would otherwise end a field or line:
 * {@code \|} is a bar, {@code \n} a line break, {@code \r} a carriage return, {@code \\} a
 * backslash. See {@code docs/csv-format.md} for the user's view of it.
 * <pre>
 * pain points:    high | Card form resets on error
 * opportunities:  planned | impact: high | effort: low | owner: Sam | issue: https://… | Keep input
 * metrics:        CSAT | value: 4.2 | unit: points | source: Survey Q1 | as of: 2026-01-31
 * evidence:       Interview notes | https://wiki.example.com/x
 * </pre>
 * Lenient on input: a line without a severity is a {@code medium} pain point, one without a
 * status an {@code idea}, and an evidence line may be just the link.
 */
final class CellCodec {

    static final String SEPARATOR = " | ";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Cells a spreadsheet would run as a formula, and cells that would be mistaken for guarded ones. */
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

    /** A cell that cannot be read, with the i18n code and arguments of the reason. */
    static final class CellException extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final transient Object[] args;

        /** {@code lineNo} is the line within the cell, 1-based. */
        CellException(String code, int lineNo, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = new Object[args.length + 1];
            this.args[0] = String.valueOf(lineNo); // as text: no digit grouping
            System.arraycopy(args, 0, this.args, 1, args.length);
        }
    }

    private CellCodec() {
    }

    // ---- spreadsheet formula guard -------------------------------------------------------------

    /**
     * Prefixes an apostrophe to text a spreadsheet would evaluate as a formula ({@code =}, {@code +},
     * {@code -}, {@code @}, tab, CR), as OWASP advises against CSV injection. Text already starting
     * with apostrophes before such a character gets one more, so {@link #unguard} is exact.
     */
    static String guard(String cell) {
        return FORMULA.matcher(cell).matches() ? "'" + cell : cell;
    }

    static String unguard(String cell) {
        return cell.startsWith("'") && FORMULA.matcher(cell).matches() ? cell.substring(1) : cell;
    }

    // ---- writing --------------------------------------------------------------------------------

    static String painPoints(List<PainPoint> items) {
        // a pain point without severity (only in an invalid map) is written as text alone
        return lines(items, p -> (p.severity() == null ? "" : p.severity().id() + SEPARATOR) + escape(p.text()));
    }

    static String opportunities(List<Opportunity> items) {
        return lines(items, o -> {
            StringBuilder line = new StringBuilder(o.status() == null ? OpportunityStatus.IDEA.id() : o.status().id());
            labeled(line, "impact", o.impact() == null ? null : o.impact().id());
            labeled(line, "effort", o.effort() == null ? null : o.effort().id());
            labeled(line, "owner", o.owner());
            labeled(line, "issue", o.issueUrl());
            return line.append(SEPARATOR).append(escape(o.text())).toString();
        });
    }

    static String metrics(List<Metric> items) {
        return lines(items, m -> {
            StringBuilder line = new StringBuilder(escape(m.name()));
            labeled(line, "value", m.value() == null ? null : number(m.value()));
            labeled(line, "unit", m.unit());
            labeled(line, "source", m.source());
            labeled(line, "as of", m.asOf() == null ? null : DATE.format(m.asOf()));
            return line.toString();
        });
    }

    static String evidence(List<EvidenceLink> items) {
        return lines(items, e -> (e.label() == null ? "" : escape(e.label()) + SEPARATOR) + escape(e.url()));
    }

    /** A number as a person writes it, and exactly the same double when read back. */
    static String number(double value) {
        if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
            return "-0.0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }

    private static void labeled(StringBuilder line, String label, String value) {
        if (value != null) {
            line.append(SEPARATOR).append(label).append(": ").append(escape(value));
        }
    }

    private static <T> String lines(List<T> items, Function<T, String> line) {
        List<String> lines = new ArrayList<>();
        items.forEach(item -> lines.add(line.apply(item)));
        return String.join("\n", lines);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '|' -> out.append("\\|");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The item lines of a cell, each split into unescaped fields. Blank lines are skipped. */
    static List<List<String>> parse(String cell) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : cell.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isBlank()) {
                lines.add(fields(line));
            }
        }
        return lines;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                switch (next) {
                    case '\\' -> field.append('\\');
                    case '|' -> field.append('|');
                    case 'n' -> field.append('\n');
                    case 'r' -> field.append('\r');
                    default -> field.append('\\').append(next);
                }
            } else if (c == '|') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        // " | " is the separator as written; a bare "|" typed by hand works too
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0 && f.startsWith(" ")) {
                f = f.substring(1);
            }
            if (i < fields.size() - 1 && f.endsWith(" ")) {
                f = f.substring(0, f.length() - 1);
            }
            fields.set(i, f);
        }
        return fields;
    }

    /** Reads pain points; {@code existing} ids are reused for items with the same text. */
    static List<PainPoint> readPainPoints(String cell, ItemIds<PainPoint> ids) throws CellException {
        List<PainPoint> result = new ArrayList<>();
        int lineNo = 0;
        for (List<String> f : parse(cell)) {
            lineNo++;
            Severity severity = Severity.MEDIUM;
            String text = f.get(0);
            if (f.size() > 1) {
                severity = choice(f.get(0), Severity::fromId, lineNo, "bad-severity");
                text = String.join("|", f.subList(1, f.size()));
            }
            PainPoint existing = ids.match(text);
            result.add(new PainPoint(existing == null ? ids.fresh() : existing.id(), text, severity,
                    existing == null ? null : existing.extensions()));
        }
        return result;
    }

    static List<Opportunity> readOpportunities(String cell, ItemIds<Opportunity> ids) throws CellException {
        List<Opportunity> result = new ArrayList<>();
        int lineNo = 0;
        for (List<String> f : parse(cell)) {
            lineNo++;
            OpportunityStatus status = OpportunityStatus.IDEA;
            Level impact = null;
            Level effort = null;
            String owner = null;
            String issue = null;
            String text = f.get(f.size() - 1);
            if (f.size() > 1) {
                status = choice(f.get(0), OpportunityStatus::fromId, lineNo, "bad-status");
                for (String field : f.subList(1, f.size() - 1)) {
                    String[] lv = label(field, lineNo, "impact, effort, owner, issue");
                    switch (lv[0]) {
                        case "impact" -> impact = lv[1] == null ? null : choice(lv[1], Level::fromId, lineNo, "bad-level");
                        case "effort" -> effort = lv[1] == null ? null : choice(lv[1], Level::fromId, lineNo, "bad-level");
                        case "owner" -> owner = lv[1];
                        case "issue" -> issue = lv[1];
                        default -> throw new CellException("unknown-field", lineNo, lv[0],
                                "impact, effort, owner, issue");
                    }
                }
            }
            Opportunity existing = ids.match(text);
            result.add(new Opportunity(existing == null ? ids.fresh() : existing.id(), text, status, impact, effort,
                    owner, issue, existing == null ? null : existing.extensions()));
        }
        return result;
    }

    static List<Metric> readMetrics(String cell, ItemIds<Metric> ids) throws CellException {
        List<Metric> result = new ArrayList<>();
        int lineNo = 0;
        for (List<String> f : parse(cell)) {
            lineNo++;
            String name = f.get(0);
            Double value = null;
            String unit = null;
            String source = null;
            LocalDate asOf = null;
            for (String field : f.subList(1, f.size())) {
                String[] lv = label(field, lineNo, "value, unit, source, as of");
                switch (lv[0]) {
                    case "value" -> value = lv[1] == null ? null : decimal(lv[1], lineNo);
                    case "unit" -> unit = lv[1];
                    case "source" -> source = lv[1];
                    case "as of" -> asOf = lv[1] == null ? null : date(lv[1], lineNo);
                    default -> throw new CellException("unknown-field", lineNo, lv[0], "value, unit, source, as of");
                }
            }
            Metric existing = ids.match(name);
            result.add(new Metric(existing == null ? ids.fresh() : existing.id(), name, value, unit, source, asOf,
                    existing == null ? null : existing.extensions()));
        }
        return result;
    }

    static List<EvidenceLink> readEvidence(String cell, ItemIds<EvidenceLink> ids) throws CellException {
        List<EvidenceLink> result = new ArrayList<>();
        int lineNo = 0;
        for (List<String> f : parse(cell)) {
            lineNo++;
            if (f.size() > 2) {
                throw new CellException("bad-evidence", lineNo);
            }
            String label = f.size() == 2 ? f.get(0) : null;
            String url = f.get(f.size() - 1);
            EvidenceLink existing = ids.match(url);
            result.add(new EvidenceLink(existing == null ? ids.fresh() : existing.id(), label, url,
                    existing == null ? null : existing.extensions()));
        }
        return result;
    }

    static LocalDate date(String text, int lineNo) throws CellException {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new CellException("bad-date", lineNo, text);
        }
    }

    /** A decimal number; a single decimal comma (as spreadsheets in German write it) is accepted. */
    static Double decimal(String text, int lineNo) throws CellException {
        String s = text.strip();
        if (s.matches("-?[0-9]+,[0-9]+")) {
            s = s.replace(',', '.');
        }
        try {
            double value = Double.parseDouble(s);
            if (Double.isFinite(value) && s.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CellException("bad-number", lineNo, text);
    }

    private static String[] label(String field, int lineNo, String known) throws CellException {
        int colon = field.indexOf(':');
        if (colon < 0) {
            throw new CellException("unknown-field", lineNo, field, known);
        }
        String label = field.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = field.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        return new String[] {label, value.isEmpty() ? null : value};
    }

    private static <E> E choice(String text, Function<String, Optional<E>> parse, int lineNo, String code)
            throws CellException {
        if (text == null) {
            throw new CellException(code, lineNo, "");
        }
        Optional<E> value = parse.apply(text.strip().toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            throw new CellException(code, lineNo, text);
        }
        return value.get();
    }

    /** Hands out ids for imported items: the id of an unused existing item with the same key, or a new one. */
    interface ItemIds<T> {
        T match(String key);

        String fresh();
    }
}
