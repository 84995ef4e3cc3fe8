package com.journeymaps.core.persona;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored form of a persona: a JSON object in the body of the {@code journey-persona} macro.
 * Every property is optional; texts are strings, lists are arrays of strings:
 * <pre>{@code
 * {"name": "Priya", "role": "IT admin", "segment": "mid-size B2B", "photoUrl": "https://…",
 *  "quote": "…", "demographics": "…", "goals": ["…"], "needs": ["…"], "motivations": ["…"],
 *  "behaviours": ["…"], "painPoints": ["…"], "channels": ["web", "phone"]}
 * }</pre>
 * Reading is lenient, because a persona page must always show something: values of the wrong type
 * are skipped, unknown properties ignored. Only text that is not a JSON object at all is refused.
 */
public final class PersonaJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonaJson() {
    }

    /** The persona in {@code json}, or empty when it is blank or not a JSON object. */
    public static Optional<Persona> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new Persona(text(root, "name"), text(root, "role"), text(root, "segment"),
                text(root, "photoUrl"), text(root, "quote"), text(root, "demographics"), texts(root, "goals"),
                texts(root, "needs"), texts(root, "motivations"), texts(root, "behaviours"),
                texts(root, "painPoints"), texts(root, "channels")));
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = root.get(name);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static List<String> texts(JsonNode root, String name) {
        JsonNode value = root.get(name);
        List<String> texts = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isTextual() && !item.asText().isBlank()) {
                    texts.add(item.asText());
                }
            });
        } else if (value != null && value.isTextual() && !value.asText().isBlank()) {
            texts.add(value.asText());
        }
        return texts;
    }
}
