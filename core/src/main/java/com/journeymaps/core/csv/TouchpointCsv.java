package com.journeymaps.core.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.journeymaps.core.csv.CellCodec.CellException;
import com.journeymaps.core.csv.CellCodec.ItemIds;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.validation.MapValidator;
import com.journeymaps.core.validation.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Touchpoints as a CSV table (RFC 4180), for analysis and bulk editing in a spreadsheet: one row
 * per touchpoint, one column per field, one {@code emotion: <persona> [<id>]} column per persona
 * (or {@code emotion: customer [customer]} when the map has no personas). Cells holding several
 * items (pain points, opportunities, metrics, evidence) use the line format of {@link CellCodec};
 * {@code docs/csv-format.md} describes it all for users.
 *
 * <p>Export writes UTF-8 with a byte-order mark (so spreadsheets detect the encoding), commas and
 * CRLF line ends. Import accepts commas or semicolons (as spreadsheets in many European locales
 * save), with or without the byte-order mark; columns may come in any order, and columns left out
 * leave those fields unchanged. A row whose {@code id} names a touchpoint of the map updates it;
 * any other row adds a touchpoint. Nothing is deleted. Import is all or nothing: {@link #preview}
 * returns either every problem with its row and column, or the resulting map and a summary, and
 * never changes the map it was given (maps are immutable).
 *
 * <p>Cells a spreadsheet would evaluate as a formula are written with a leading apostrophe,
 * which import removes again.
 */
public final class TouchpointCsv {

    /** The fixed columns, by their header text. */
    enum Column {
        ID("id"), STAGE_ID("stage id"), STAGE("stage"), NAME("name"), CHANNEL("channel"),
        DESCRIPTION("description"), ACTION("action"), THOUGHT("thought"), MOMENT_OF_TRUTH("moment of truth"),
        OWNER("owner"), PAIN_POINTS("pain points"), OPPORTUNITIES("opportunities"), METRICS("metrics"),
        EVIDENCE("evidence"), LAST_VERIFIED("last verified");

        final String header;

        Column(String header) {
            this.header = header;
        }

        static Optional<Column> fromHeader(String header) {
            for (Column column : values()) {
                if (column.header.equals(header)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    static final String EMOTION_PREFIX = "emotion:";
    private static final Pattern EMOTION_HEADER = Pattern.compile(
            "emotion:\\s*(.*?)\\s*(?:\\[([^\\[\\]]*)\\])?\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String BOM = "\uFEFF";
    private static final CsvMapper MAPPER = new CsvMapper();

    private TouchpointCsv() {
    }

    // ---- export ---------------------------------------------------------------------------------

    /** Every touchpoint of {@code map} as CSV text, in map order. */
    public static String export(JourneyMap map) {
        List<String> emotionKeys = map.emotionKeys().stream().filter(Objects::nonNull).toList();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column == Column.MOMENT_OF_TRUTH) {
                emotionKeys.forEach(key -> header.add(emotionHeader(map, key)));
            }
            header.add(column.header);
        }
        rows.add(header.toArray(String[]::new));
        for (Touchpoint t : map.touchpoints()) {
            List<String> row = new ArrayList<>();
            row.add(t.id());
            row.add(t.stageId());
            row.add(map.stage(t.stageId()).map(Stage::name).orElse(null));
            row.add(t.name());
            row.add(t.channel());
            row.add(t.description());
            row.add(t.action());
            row.add(t.thought());
            List<String> guarded = new ArrayList<>();
            for (String cell : row) {
                guarded.add(cell == null ? "" : CellCodec.guard(cell));
            }
            for (String key : emotionKeys) {
                Integer emotion = t.emotions().get(key);
                guarded.add(emotion == null ? "" : emotion.toString());
            }
            for (String cell : new String[] {t.momentOfTruth() ? "yes" : "no", t.owner(),
                    CellCodec.painPoints(t.painPoints()), CellCodec.opportunities(t.opportunities()),
                    CellCodec.metrics(t.metrics()), CellCodec.evidence(t.evidence()),
                    t.lastVerified() == null ? null : CellCodec.DATE.format(t.lastVerified())}) {
                guarded.add(cell == null ? "" : CellCodec.guard(cell));
            }
            rows.add(guarded.toArray(String[]::new));
        }
        StringWriter out = new StringWriter();
        out.write(BOM);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',').withLineSeparator("\r\n");
        try (SequenceWriter writer = MAPPER.writer(schema).writeValues(out)) {
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    private static String emotionHeader(JourneyMap map, String key) {
        String label = map.personas().stream().filter(p -> Objects.equals(p.id(), key)).findFirst()
                .map(PersonaRef::title).orElse(key);
        return EMOTION_PREFIX + " " + (label == null ? "" : label.replace('[', '(').replace(']', ')') + " ")
                + "[" + key + "]";
    }

    // ---- import ---------------------------------------------------------------------------------

    /** What importing {@code csv} into {@code map} would give; new ids come from a secure random source. */
    public static CsvImportResult preview(JourneyMap map, String csv) {
        return preview(map, csv, Ids.random());
    }

    /** As {@link #preview(JourneyMap, String)}, with new ids from {@code ids}. */
    public static CsvImportResult preview(JourneyMap map, String csv, Ids ids) {
        return new Import(map, ids).run(csv == null ? "" : csv);
    }

    /** Which separator the file uses: the one found more often in its header line, outside quotes. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** One import run: reads the file, collects every problem, then builds the new map. */
    private static final class Import {
        private final JourneyMap map;
        private final Ids ids;
        private final Set<String> usedIds;
        /**
         * Where each touchpoint id stands in the map (its first occurrence, the one
         * {@code JourneyMap.touchpoint} finds); searching the list for every row was quadratic.
         */
        private final Map<String, Integer> indexById = new HashMap<>();
        private final List<CsvProblem> problems = new ArrayList<>();
        private final Map<Column, Integer> columns = new HashMap<>();
        private final Map<String, Integer> emotionColumns = new LinkedHashMap<>();
        private final Map<String, String> emotionHeaders = new HashMap<>();
        private final Map<String, Integer> rowOfId = new HashMap<>();

        Import(JourneyMap map, Ids ids) {
            this.map = map;
            this.ids = ids;
            this.usedIds = new HashSet<>(map.allIds());
            for (int i = 0; i < map.touchpoints().size(); i++) {
                String id = map.touchpoints().get(i).id();
                if (id != null) {
                    indexById.putIfAbsent(id, i);
                }
            }
        }

        CsvImportResult run(String csv) {
            String text = csv.startsWith(BOM) ? csv.substring(1) : csv;
            if (text.isBlank()) {
                return CsvImportResult.failed(List.of(CsvProblem.at(0, "", "empty")));
            }
            List<String[]> records = read(text);
            if (!problems.isEmpty()) {
                return CsvImportResult.failed(problems);
            }
            header(records.get(0));
            if (!problems.isEmpty()) {
                return CsvImportResult.failed(problems);
            }
            List<Touchpoint> touchpoints = new ArrayList<>(map.touchpoints());
            Map<Integer, Integer> rowOfIndex = new HashMap<>();
            List<String> added = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (int r = 1; r < records.size(); r++) {
                String[] record = records.get(r);
                if (isBlank(record)) {
                    continue;
                }
                int row = r + 1;
                int before = problems.size();
                Optional<Touchpoint> existing = existing(record, row);
                Touchpoint touchpoint = problems.size() == before ? touchpoint(record, row, existing) : null;
                if (touchpoint == null) {
                    continue;
                }
                if (existing.isPresent()) {
                    int index = indexById.get(existing.get().id());
                    touchpoints.set(index, touchpoint);
                    rowOfIndex.put(index, row);
                    (touchpoint.equals(existing.get()) ? unchanged : updated).add(touchpoint.id());
                } else {
                    touchpoints.add(touchpoint);
                    rowOfIndex.put(touchpoints.size() - 1, row);
                    added.add(touchpoint.id());
                }
            }
            // rows with unreadable cells were left out; the validator still checks all the others
            JourneyMap result = map.withTouchpoints(touchpoints);
            for (Problem problem : MapValidator.validate(result)) {
                locate(problem, rowOfIndex);
            }
            if (!problems.isEmpty()) {
                return CsvImportResult.failed(problems);
            }
            return new CsvImportResult(Optional.of(result), List.of(), added, updated, unchanged);
        }

        private List<String[]> read(String text) {
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
            List<String[]> records = new ArrayList<>();
            try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(text)) {
                while (it.hasNextValue()) {
                    records.add(it.nextValue());
                }
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                int newline = reason.indexOf('\n');
                problems.add(CsvProblem.at(records.size() + 1, "", "malformed",
                        newline < 0 ? reason : reason.substring(0, newline)));
            }
            if (problems.isEmpty() && records.isEmpty()) {
                problems.add(CsvProblem.at(0, "", "empty"));
            }
            return records;
        }

        private void header(String[] header) {
            for (int i = 0; i < header.length; i++) {
                String raw = header[i] == null ? "" : header[i].strip();
                if (raw.isEmpty()) {
                    continue;
                }
                String name = raw.toLowerCase(Locale.ROOT);
                if (name.startsWith(EMOTION_PREFIX)) {
                    String key = emotionKey(raw);
                    if (key == null) {
                        problems.add(CsvProblem.at(1, raw, "unknown-persona"));
                    } else if (emotionColumns.putIfAbsent(key, i) != null) {
                        problems.add(CsvProblem.at(1, raw, "duplicate-column"));
                    } else {
                        emotionHeaders.put(key, raw);
                    }
                    continue;
                }
                Optional<Column> column = Column.fromHeader(name);
                if (column.isEmpty()) {
                    problems.add(CsvProblem.at(1, raw, "unknown-column", knownColumns()));
                } else if (columns.putIfAbsent(column.get(), i) != null) {
                    problems.add(CsvProblem.at(1, raw, "duplicate-column"));
                }
            }
            if (!columns.containsKey(Column.NAME)) {
                problems.add(CsvProblem.at(1, "", "missing-column", Column.NAME.header));
            }
            if (!columns.containsKey(Column.STAGE) && !columns.containsKey(Column.STAGE_ID)) {
                problems.add(CsvProblem.at(1, "", "missing-column", Column.STAGE.header));
            }
        }

        /** The emotion key a header names: by the id in brackets, else by persona title. */
        private String emotionKey(String header) {
            Matcher m = EMOTION_HEADER.matcher(header);
            if (!m.matches()) {
                return null;
            }
            List<String> keys = map.emotionKeys();
            if (m.group(2) != null) {
                return keys.contains(m.group(2).strip()) ? m.group(2).strip() : null;
            }
            String label = m.group(1);
            if (map.personas().isEmpty()) {
                return label.equalsIgnoreCase(Touchpoint.CUSTOMER) ? Touchpoint.CUSTOMER : null;
            }
            List<String> matches = map.personas().stream().filter(p -> label.equalsIgnoreCase(p.title()))
                    .map(PersonaRef::id).toList();
            return matches.size() == 1 ? matches.get(0) : null;
        }

        private String knownColumns() {
            List<String> names = new ArrayList<>();
            for (Column column : Column.values()) {
                names.add(column.header);
            }
            return String.join(", ", names) + ", " + EMOTION_PREFIX + " …";
        }

        private Optional<Touchpoint> existing(String[] record, int row) {
            String id = cell(record, Column.ID);
            if (id == null) {
                return Optional.empty();
            }
            Integer index = indexById.get(id);
            Optional<Touchpoint> existing = index == null ? Optional.empty() : Optional.of(map.touchpoints().get(index));
            Integer earlier = rowOfId.putIfAbsent(id, row);
            if (earlier != null) {
                problems.add(CsvProblem.at(row, Column.ID.header, "duplicate-row", id, String.valueOf(earlier)));
            } else if (!Ids.isWellFormed(id)) {
                problems.add(CsvProblem.at(row, Column.ID.header, "bad-id", id));
            } else if (existing.isEmpty() && usedIds.contains(id)) {
                problems.add(CsvProblem.at(row, Column.ID.header, "id-taken", id));
            }
            return existing;
        }

        private Touchpoint touchpoint(String[] record, int row, Optional<Touchpoint> existing) {
            int before = problems.size();
            Touchpoint.Builder b;
            if (existing.isPresent()) {
                b = existing.get().toBuilder();
            } else {
                String id = cell(record, Column.ID);
                if (id == null) {
                    id = fresh(ElementKind.TOUCHPOINT);
                }
                usedIds.add(id);
                b = Touchpoint.builder().id(id);
            }
            Touchpoint old = existing.orElse(null);
            String stageId = stageId(record, row);
            if (stageId != null) {
                b.stageId(stageId);
            } else if (old == null && problems.size() == before) {
                problems.add(CsvProblem.at(row, Column.STAGE.header, "missing-stage"));
            }
            if (columns.containsKey(Column.NAME)) {
                b.name(cell(record, Column.NAME));
            }
            if (columns.containsKey(Column.CHANNEL)) {
                String channel = cell(record, Column.CHANNEL);
                b.channel(channel == null ? null : channel.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
            }
            if (columns.containsKey(Column.DESCRIPTION)) {
                b.description(cell(record, Column.DESCRIPTION));
            }
            if (columns.containsKey(Column.ACTION)) {
                b.action(cell(record, Column.ACTION));
            }
            if (columns.containsKey(Column.THOUGHT)) {
                b.thought(cell(record, Column.THOUGHT));
            }
            if (columns.containsKey(Column.OWNER)) {
                b.owner(cell(record, Column.OWNER));
            }
            if (columns.containsKey(Column.MOMENT_OF_TRUTH)) {
                String value = cell(record, Column.MOMENT_OF_TRUTH);
                Boolean yes = yesNo(value);
                if (yes == null) {
                    problems.add(CsvProblem.at(row, Column.MOMENT_OF_TRUTH.header, "bad-yes-no", value));
                } else {
                    b.momentOfTruth(yes);
                }
            }
            if (!emotionColumns.isEmpty()) {
                Map<String, Integer> emotions = new LinkedHashMap<>(old == null ? Map.of() : old.emotions());
                emotionColumns.forEach((key, index) -> {
                    String value = index < record.length ? record[index].strip() : "";
                    if (value.isEmpty()) {
                        emotions.remove(key);
                    } else if (!value.matches("[-+]?[0-2]")) {
                        problems.add(CsvProblem.at(row, emotionHeaders.get(key), "bad-emotion", value));
                    } else {
                        emotions.put(key, Integer.parseInt(value));
                    }
                });
                b.emotions(emotions);
            }
            // each item column is read on its own, so that every bad cell of the row is reported
            if (columns.containsKey(Column.PAIN_POINTS)) {
                items(row, Column.PAIN_POINTS, record, cell -> CellCodec.readPainPoints(cell,
                        itemIds(old == null ? List.of() : old.painPoints(), p -> p.text(), ElementKind.PAIN_POINT)))
                        .ifPresent(b::painPoints);
            }
            if (columns.containsKey(Column.OPPORTUNITIES)) {
                items(row, Column.OPPORTUNITIES, record, cell -> CellCodec.readOpportunities(cell,
                        itemIds(old == null ? List.of() : old.opportunities(), o -> o.text(), ElementKind.OPPORTUNITY)))
                        .ifPresent(b::opportunities);
            }
            if (columns.containsKey(Column.METRICS)) {
                items(row, Column.METRICS, record, cell -> CellCodec.readMetrics(cell,
                        itemIds(old == null ? List.of() : old.metrics(), m -> m.name(), ElementKind.METRIC)))
                        .ifPresent(b::metrics);
            }
            if (columns.containsKey(Column.EVIDENCE)) {
                items(row, Column.EVIDENCE, record, cell -> CellCodec.readEvidence(cell,
                        itemIds(old == null ? List.of() : old.evidence(), e -> e.url(), ElementKind.EVIDENCE)))
                        .ifPresent(b::evidence);
            }
            if (columns.containsKey(Column.LAST_VERIFIED)) {
                String value = cell(record, Column.LAST_VERIFIED);
                try {
                    b.lastVerified(value == null ? null : CellCodec.date(value, 0));
                } catch (CellException e) {
                    problems.add(CsvProblem.at(row, Column.LAST_VERIFIED.header, "bad-last-verified", value));
                }
            }
            return problems.size() == before ? b.build() : null;
        }

        private String stageId(String[] record, int row) {
            String id = cell(record, Column.STAGE_ID);
            if (id != null) {
                if (map.stage(id).isEmpty()) {
                    problems.add(CsvProblem.at(row, Column.STAGE_ID.header, "unknown-stage-id", id));
                    return null;
                }
                return id;
            }
            String name = cell(record, Column.STAGE);
            if (name == null) {
                return null;
            }
            List<Stage> matches = map.stages().stream().filter(s -> name.equals(s.name())).toList();
            if (matches.isEmpty()) {
                matches = map.stages().stream().filter(s -> s.name() != null
                        && name.strip().equalsIgnoreCase(s.name().strip())).toList();
            }
            if (matches.size() == 1) {
                return matches.get(0).id();
            }
            problems.add(CsvProblem.at(row, Column.STAGE.header,
                    matches.isEmpty() ? "unknown-stage" : "ambiguous-stage", name));
            return null;
        }

        /** The items of one cell; empty (and a problem recorded) when the cell cannot be read. */
        private <T> Optional<List<T>> items(int row, Column column, String[] record, CellReader<T> reader) {
            String cell = cell(record, column);
            try {
                return Optional.of(cell == null ? List.of() : reader.read(cell));
            } catch (CellException e) {
                problems.add(CsvProblem.at(row, column.header, e.code, e.args));
                return Optional.empty();
            }
        }

        private <T> ItemIds<T> itemIds(List<T> existing, Function<T, String> key, ElementKind kind) {
            List<T> unused = new ArrayList<>(existing);
            return new ItemIds<>() {
                @Override
                public T match(String k) {
                    for (T item : unused) {
                        if (k.equals(key.apply(item))) {
                            unused.remove(item);
                            return item;
                        }
                    }
                    return null;
                }

                @Override
                public String fresh() {
                    return TouchpointCsv.Import.this.fresh(kind);
                }
            };
        }

        private String fresh(ElementKind kind) {
            String id;
            do {
                id = ids.next(kind);
            } while (!usedIds.add(id));
            return id;
        }

        /** Where a problem the validator found in the imported map lies in the file. */
        private void locate(Problem problem, Map<Integer, Integer> rowOfIndex) {
            String pointer = problem.pointer();
            if (pointer.equals("/touchpoints")) {
                problems.add(new CsvProblem(0, "", problem.key(), problem.args()));
                return;
            }
            if (!pointer.startsWith("/touchpoints/")) {
                return; // not about imported rows: the map had it before
            }
            String[] segments = pointer.split("/", -1);
            Integer row = rowOfIndex.get(Integer.parseInt(segments[2]));
            if (row == null) {
                return;
            }
            String field = segments.length > 3 ? segments[3] : "";
            String column = switch (field) {
                case "stageId" -> columns.containsKey(Column.STAGE_ID) ? Column.STAGE_ID.header : Column.STAGE.header;
                case "id" -> Column.ID.header;
                case "name" -> Column.NAME.header;
                case "channel" -> Column.CHANNEL.header;
                case "description" -> Column.DESCRIPTION.header;
                case "action" -> Column.ACTION.header;
                case "thought" -> Column.THOUGHT.header;
                case "owner" -> Column.OWNER.header;
                case "painPoints" -> Column.PAIN_POINTS.header;
                case "opportunities" -> Column.OPPORTUNITIES.header;
                case "metrics" -> Column.METRICS.header;
                case "evidence" -> Column.EVIDENCE.header;
                case "emotions" -> segments.length > 4 ? emotionHeaders.getOrDefault(
                        segments[4].replace("~1", "/").replace("~0", "~"), "") : "";
                default -> "";
            };
            problems.add(new CsvProblem(row, column, problem.key(), problem.args()));
        }

        /** The unguarded text of a cell, or null when the column is absent or the cell empty. */
        private String cell(String[] record, Column column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.length || record[index] == null || record[index].isEmpty()) {
                return null;
            }
            return CellCodec.unguard(record[index]);
        }

        private static boolean isBlank(String[] record) {
            for (String cell : record) {
                if (cell != null && !cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private static Boolean yesNo(String value) {
            if (value == null) {
                return false;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "x", "1", "ja", "j" -> true;
                case "no", "n", "false", "0", "nein", "" -> false;
                default -> null;
            };
        }
    }

    @FunctionalInterface
    private interface CellReader<T> {
        List<T> read(String cell) throws CellException;
    }
}
