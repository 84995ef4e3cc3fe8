package com.journeymaps.core.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Touchpoint;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Random invalid journey-map documents for property-based tests: a random valid map, written as
 * JSON, then broken in one of many ways that each make it certainly invalid (a dangling reference,
 * a duplicate id, a bad date, truncated text, a breached limit…). Reproducible from the seed.
 */
public final class InvalidDocuments {

    /** One broken document and how it was broken, for the assertion message. */
    public record Case(String breakage, String json) {
        @Override
        public String toString() {
            return breakage;
        }
    }

    private record Breakage(String name, BiFunction<ObjectNode, Random, String> apply) {
    }

    private static final List<Breakage> BREAKAGES = List.of(
            tree("dangling stage reference", (doc, r) -> firstTouchpoint(doc).put("stageId", "st-nowhere")),
            tree("duplicate id", (doc, r) -> ((ObjectNode) doc.get("stages").get(0)).put("id", doc.get("id").asText())),
            tree("emotion out of range", (doc, r) -> emotions(doc).put(emotionKey(doc), r.nextBoolean() ? 3 : -7)),
            tree("emotion not a whole number", (doc, r) -> emotions(doc).put(emotionKey(doc), 1.5)),
            tree("emotion for unknown persona", (doc, r) -> emotions(doc).put("pr-ghost", 1)),
            tree("unknown lane type", (doc, r) -> ((ArrayNode) doc.get("lanes")).addObject().put("id", "ln-new")
                    .put("type", "feelings").put("visible", true)),
            tree("impossible date", (doc, r) -> doc.put("lastVerified", r.nextBoolean() ? "2026-02-30" : "31.01.2026")),
            tree("javascript link", (doc, r) -> firstTouchpoint(doc).withArray("evidence").addObject()
                    .put("id", "ev-bad").put("url", r.nextBoolean() ? "javascript:alert(1)" : "ftp://files.example/x")),
            tree("title is a number", (doc, r) -> doc.put("title", 42)),
            tree("stages is an object", (doc, r) -> doc.putObject("stages")),
            tree("touchpoint without name", (doc, r) -> firstTouchpoint(doc).remove("name")),
            tree("stage without id", (doc, r) -> ((ObjectNode) doc.get("stages").get(0)).remove("id")),
            tree("malformed id", (doc, r) -> firstTouchpoint(doc).put("id", "has space")),
            tree("share above one", (doc, r) -> ((ArrayNode) doc.get("flows")).addObject().put("id", "fl-new")
                    .put("from", firstTouchpoint(doc).get("id").asText())
                    .put("to", firstTouchpoint(doc).get("id").asText()).put("share", 1.5)),
            tree("flow to missing touchpoint", (doc, r) -> ((ArrayNode) doc.get("flows")).addObject()
                    .put("id", "fl-new").put("from", "tp-gone").put("to", firstTouchpoint(doc).get("id").asText())),
            tree("unknown severity", (doc, r) -> firstTouchpoint(doc).withArray("painPoints")
                    .addObject().put("id", "pp-new").put("text", "slow").put("severity", "blocker")),
            tree("schema version is text", (doc, r) -> doc.put("schemaVersion", "one")),
            tree("too many stages", (doc, r) -> {
                ArrayNode stages = (ArrayNode) doc.get("stages");
                for (int i = 0; i < 201; i++) {
                    stages.addObject().put("id", "st-many" + i).put("name", "Stage " + i);
                }
            }),
            tree("text over 64 KiB", (doc, r) -> doc.put("objective", "ä".repeat(33_000))),
            tree("nesting too deep", (doc, r) -> {
                ObjectNode node = doc.putObject("x-deep");
                for (int i = 0; i < 40; i++) {
                    node = node.putObject("d");
                }
            }),
            tree("over 1 MiB", (doc, r) -> doc.put("x-padding", "a".repeat(1024 * 1024))),
            new Breakage("truncated text", (doc, r) -> {
                String json = doc.toString();
                return json.substring(0, r.nextInt(json.length() - 1));
            }),
            new Breakage("duplicate key", (doc, r) -> "{\"title\":\"again\"," + doc.toString().substring(1)),
            new Breakage("root is an array", (doc, r) -> "[" + doc + "]"),
            new Breakage("trailing garbage", (doc, r) -> doc + " }"),
            new Breakage("random noise", (doc, r) -> {
                StringBuilder noise = new StringBuilder("{");
                for (int i = 0; i < 50; i++) {
                    noise.append((char) (r.nextInt(95) + 32));
                }
                return noise.toString();
            }));

    private InvalidDocuments() {
    }

    public static Case generate(long seed) {
        Random random = new Random(seed);
        JourneyMap map = RandomJourneyMaps.generate(seed, RandomJourneyMaps.Size.SMALL);
        if (map.touchpoints().isEmpty()) {
            map = map.withTouchpoint(Touchpoint.builder().id("tp-guaranteed").stageId(map.stages().get(0).id())
                    .name("Guaranteed").build());
        }
        ObjectNode doc = JourneyMapJson.toTree(map);
        Breakage breakage = BREAKAGES.get(random.nextInt(BREAKAGES.size()));
        return new Case("seed " + seed + ": " + breakage.name(), breakage.apply().apply(doc, random));
    }

    /** How many kinds of breakage there are; seeds 1..n·k cover each kind many times. */
    public static int kinds() {
        return BREAKAGES.size();
    }

    private static Breakage tree(String name, java.util.function.BiConsumer<ObjectNode, Random> change) {
        return new Breakage(name, (doc, r) -> {
            change.accept(doc, r);
            return doc.toString();
        });
    }

    private static ObjectNode firstTouchpoint(ObjectNode doc) {
        return (ObjectNode) doc.get("touchpoints").get(0);
    }

    private static ObjectNode emotions(ObjectNode doc) {
        ObjectNode touchpoint = firstTouchpoint(doc);
        JsonNode emotions = touchpoint.get("emotions");
        return emotions == null ? touchpoint.putObject("emotions") : (ObjectNode) emotions;
    }

    private static String emotionKey(ObjectNode doc) {
        JsonNode personas = doc.get("personas");
        return personas.isEmpty() ? Touchpoint.CUSTOMER : personas.get(0).get("id").asText();
    }

}
