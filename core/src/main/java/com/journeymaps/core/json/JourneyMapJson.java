package com.journeymaps.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.validation.Limits;
import com.journeymaps.core.validation.MapValidator;
import com.journeymaps.core.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored form of a journey map: JSON in the macro body, described by
 * {@code docs/schema/journey-map-v1.schema.json}.
 *
 * <p>{@link #parse} never throws for bad input: malformed JSON, a duplicate property, a document
 * over the {@link Limits}, values of the wrong type and semantic errors all come back as
 * {@link Problem}s in the {@link ParseResult}, located by JSON Pointer and, where the text shows
 * it, line and column. Older documents are migrated to the current schema version on the way in.
 * {@link #write} always writes the current {@code schemaVersion} (or the newer one a document came
 * with) and every extension property it read, so a newer server's fields survive a round trip
 * through this one.
 */
public final class JourneyMapJson {

    private static final JsonFactory FACTORY = factory(false);

    /**
     * Reads a document into a tree, failing on a duplicate property when the tree would replace its value. That check
     * is free (the tree's own put says so), where the parser's duplicate detection keeps a set of names per object.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /**
     * Reads a document that {@link #MAPPER} rejected once more, to describe the first problem: the parser's duplicate
     * detection reports a duplicate at its name, where the tree can only report it after the value.
     */
    private static final ObjectMapper DIAGNOSING_MAPPER = JsonMapper.builder(factory(true))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JourneyMapJson() {
    }

    /** The compact JSON of {@code map} in the current schema version. */
    public static String write(JourneyMap map) {
        try {
            return MAPPER.writeValueAsString(MapWriter.map(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** The JSON tree of {@code map}, for callers that embed it in a larger document. */
    public static ObjectNode toTree(JourneyMap map) {
        return MapWriter.map(map);
    }

    /**
     * The JSON trees of several versions of one map (for diff and merge), each equal to
     * {@link #toTree} of its version. Elements equal in several versions share one node, so
     * unchanged elements compare equal by reference; the trees must therefore not be modified.
     */
    public static List<ObjectNode> toTrees(List<JourneyMap> versions) {
        return MapWriter.maps(versions);
    }

    /**
     * As {@link #toTrees}, except that, when every version has the same touchpoint ids in the same
     * order, a touchpoint equal in every version is written as an outline holding only its
     * {@code id}, {@code stageId} and {@code name}, one node shared by all the trees. Only for callers that never look inside a node shared by every tree (the diff; the
     * merge, which falls back to {@link #toTrees} for anything but a clean result); writing every
     * unchanged touchpoint in full was most of their time (docs/performance.md, session 3). Empty
     * when no touchpoint can be outlined (ids added, removed, moved or not unique, or every
     * touchpoint changed): callers then use {@link #toTrees}.
     */
    public static Optional<List<ObjectNode>> toOutlineTrees(List<JourneyMap> versions) {
        return Optional.ofNullable(MapWriter.outlines(versions));
    }

    /** Reads, migrates and validates a stored map; see {@link ParseResult}. Never throws for bad input. */
    public static ParseResult parse(String json) {
        if (json == null) {
            return failure(Problem.at("", "empty"));
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a byte-order mark some editors add; line and column still match
        }
        if (overLimit(json)) {
            return failure(Problem.at("", "too-large", Limits.MAX_JSON_BYTES));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            return failure(diagnose(json, e));
        }
        if (root == null || root.isMissingNode()) {
            return failure(Problem.at("", "empty"));
        }
        if (!root.isObject()) {
            return failure(Problem.at("", "expected-object"));
        }
        try {
            return read(json, (ObjectNode) root);
        } catch (RuntimeException e) {
            // A bug, not bad input; still the caller gets a result. Tests assert this never happens.
            return failure(Problem.at("", "unreadable", e.getClass().getSimpleName()));
        }
    }

    private static ParseResult read(String json, ObjectNode document) {
        int version = schemaVersion(document);
        if (version < 0) {
            Problem problem = Problem.at("/schemaVersion", "bad-schema-version", document.get("schemaVersion"));
            return new ParseResult(Optional.empty(), locate(json, List.of(problem)), -1);
        }
        ObjectNode current = Migrations.upgrade(document, version);
        MapReader reader = new MapReader();
        JourneyMap map = reader.map(current, version);
        List<Problem> problems = new ArrayList<>(reader.problems());
        Set<String> unreadable = new HashSet<>();
        reader.problems().forEach(p -> unreadable.add(p.pointer()));
        for (Problem problem : MapValidator.validate(map)) {
            // a value that could not be read is absent in the model: "required" again would be noise
            if (!unreadable.contains(problem.pointer())) {
                problems.add(problem);
            }
        }
        if (version >= JourneyMap.CURRENT_SCHEMA_VERSION && !problems.isEmpty()) {
            problems = locate(json, problems); // pointers of migrated documents do not match the text
        }
        return new ParseResult(reader.problems().isEmpty() ? Optional.of(map) : Optional.empty(), problems,
                version);
    }

    /** -1 when the document states no usable version; 0 when it states none (the prototype shape). */
    private static int schemaVersion(ObjectNode document) {
        JsonNode version = document.get("schemaVersion");
        if (version == null) {
            return 0;
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 0) {
            return -1;
        }
        return version.intValue();
    }

    private static JsonFactory factory(boolean detectDuplicates) {
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Limits.MAX_DEPTH).build())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
        if (detectDuplicates) {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
        return builder.build();
    }

    /** The problem of a document the tree reader rejected with {@code first}, as the parser states it at its place. */
    private static Problem diagnose(String json, Exception first) {
        Exception e = first;
        try {
            DIAGNOSING_MAPPER.readTree(json);
        } catch (JsonProcessingException | RuntimeException again) {
            e = again;
        }
        if (e instanceof JsonProcessingException processing) {
            return syntaxProblem(processing);
        }
        return Problem.at("", "malformed", firstLine(e.getMessage()));
    }

    private static ParseResult failure(Problem problem) {
        return new ParseResult(Optional.empty(), List.of(problem), -1);
    }

    private static Problem syntaxProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String pointer = "";
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            pointer = parser.getParsingContext().pathAsPointer().toString();
        }
        Problem problem;
        if (e instanceof StreamConstraintsException && message.contains("depth")) {
            problem = Problem.at(pointer, "too-deep", Limits.MAX_DEPTH);
        } else if (e instanceof StreamConstraintsException) {
            problem = Problem.at(pointer, "limit", firstLine(message));
        } else if (message.startsWith("Duplicate field '")) {
            String name = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
            problem = Problem.at(pointer, "duplicate-key", name);
        } else {
            problem = Problem.at(pointer, "malformed", firstLine(message));
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem = problem.withLocation(location.getLineNr(), location.getColumnNr());
        }
        return problem;
    }

    /**
     * Adds line and column to problems whose pointer (or nearest existing parent) is found in the
     * text. Runs only when there are problems, so valid maps are parsed once.
     */
    private static List<Problem> locate(String json, List<Problem> problems) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                String pointer = token.isStructStart()
                        ? parser.getParsingContext().getParent().pathAsPointer().toString()
                        : parser.getParsingContext().pathAsPointer().toString();
                locations.putIfAbsent(pointer, parser.currentTokenLocation());
            }
        } catch (IOException | RuntimeException e) {
            return problems; // the text parsed once already; locations are a nicety
        }
        List<Problem> located = new ArrayList<>();
        for (Problem problem : problems) {
            String pointer = problem.pointer();
            JsonLocation location = locations.get(pointer);
            while (location == null && !pointer.isEmpty()) {
                pointer = pointer.substring(0, pointer.lastIndexOf('/'));
                location = locations.get(pointer);
            }
            located.add(location == null ? problem : problem.withLocation(location.getLineNr(),
                    location.getColumnNr()));
        }
        return located;
    }

    /**
     * Whether the text is over {@link Limits#MAX_JSON_BYTES} in UTF-8. It is encoded only when its length cannot
     * tell: a UTF-16 char takes one to three bytes (a surrogate pair four for two chars).
     */
    private static boolean overLimit(String s) {
        if (s.length() > Limits.MAX_JSON_BYTES) {
            return true;
        }
        if (3L * s.length() <= Limits.MAX_JSON_BYTES) {
            return false;
        }
        return s.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_JSON_BYTES;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
