package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST implementation against its description, {@code docs/api/openapi.json}: the same
 * operations on both sides, and every answer a real server gives (successes and errors) valid against
 * the schema the description names for that status.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.nio.file.Path SPEC = java.nio.file.Path.of("..", "docs", "api", "openapi.json");
    private static final String BASE = "rest/journeymaps/1.0";

    private JsonNode spec;
    private StandaloneServer server;
    private WikiClient emma;
    private String mapPath;

    @BeforeAll
    void start(@TempDir java.nio.file.Path data) throws Exception {
        spec = JSON.readTree(Files.readString(SPEC));
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        emma = new WikiClient(server.baseUri());
        emma.signIn("emma", "Emma-Demo-1");
        mapPath = "/pages/" + emma.pageIdTitled(MapApiIT.DEMO_MAP_PAGE) + "/maps/jm-demo-store";
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyResourceMethod_isDescribedAndEveryDescribedOperationExists() {
        Set<String> implemented = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.journeymaps.web.rest")) {
            Class<?> resource = type.reflect();
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    implemented.add(verb + " " + join(classPath.value(), methodPath == null ? "" : methodPath.value()));
                }
            }
        }
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String verb : new String[] {"get", "put", "post", "delete"}) {
                if (path.getValue().has(verb)) {
                    described.add(verb.toUpperCase(Locale.ROOT) + " " + path.getKey().replaceAll("\\{[^}]+}", "{}"));
                }
            }
        }
        assertThat(implemented).isNotEmpty().isEqualTo(described);
    }

    @Test
    void answersOfARealServer_matchTheirSchemas() throws Exception {
        check("/templates", "get", emma.get(BASE + "/templates"));
        check("/personas", "get", emma.get(BASE + "/personas?q=maya&limit=5"));
        check("/personas", "get", emma.get(BASE + "/personas?limit=0"));
        long maya = emma.pageIdTitled("Persona: Maya, first-time buyer");
        check("/personas/" + maya, "get", emma.get(BASE + "/personas/" + maya));
        check("/personas/999", "get", emma.get(BASE + "/personas/999"));
        check("/personas/" + maya + "/maps", "get", emma.get(BASE + "/personas/" + maya + "/maps"));
        check("/personas/999/maps", "get", emma.get(BASE + "/personas/999/maps"));
        JsonNode read = check(mapPath, "get", emma.get(BASE + mapPath));
        int v1 = read.get("pageVersion").asInt();
        check(mapPath + "/versions/{version}", "get", emma.get(BASE + mapPath + "/versions/" + v1));
        check(mapPath, "get", emma.get(BASE + "/pages/999/maps/jm-demo-store"));

        ObjectNode map = (ObjectNode) read.get("map").deepCopy();
        map.put("objective", "Contract test objective");
        JsonNode saved = check(mapPath, "put", emma.put(BASE + mapPath + "?baseVersion=" + v1, map.toString()));
        int v2 = saved.get("pageVersion").asInt();
        map.put("objective", "A conflicting objective");
        check(mapPath, "put", emma.put(BASE + mapPath + "?baseVersion=" + v1, map.toString()));
        check(mapPath, "put", emma.put(BASE + mapPath + "?baseVersion=" + v2, "{\"oops\""));
        check(mapPath, "put", emma.put(BASE + mapPath, map.toString()));
        // refused by its Content-Encoding header alone (TransferIT sends a really gzipped body)
        check(mapPath, "put", emma.putBytes(BASE + mapPath + "?baseVersion=" + v2, map.toString().getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json", "Content-Encoding", "gzip"));

        check(mapPath + "/history", "get", emma.get(BASE + mapPath + "/history"));
        check(mapPath + "/diff", "get", emma.get(BASE + mapPath + "/diff?from=" + v1 + "&to=" + v2));
        check(mapPath + "/diff", "get", emma.get(BASE + mapPath + "/diff?from=0&to=1"));
        JsonNode restored = check(mapPath + "/restore", "post", emma.postJson(BASE + mapPath + "/restore?version=" + v1 + "&baseVersion=" + v2));

        String csv = emma.get(BASE + mapPath + "/export.csv").body();
        assertThat(csv).isNotBlank();
        check(mapPath + "/export.json", "get", emma.get(BASE + mapPath + "/export.json"));
        check(mapPath + "/import/preview", "post", emma.postText(BASE + mapPath + "/import/preview", csv));
        check(mapPath + "/import", "post", emma.postText(BASE + mapPath + "/import?baseVersion=" + restored.get("pageVersion").asInt(), csv));
        check(mapPath + "/import", "post", emma.postText(BASE + mapPath + "/import?baseVersion=1", "name\n\"unclosed"));
    }

    @Test
    void commentAnswers_matchTheirSchemas() throws Exception {
        String comments = mapPath + "/comments";
        String touchpoint = JSON.readTree(emma.get(BASE + mapPath).body()).at("/map/touchpoints/0/id").asText();
        JsonNode added = check(comments, "post", emma.json("POST", BASE + comments,
                JSON.createObjectNode().put("itemId", touchpoint).put("text", "Contract comment").toString(), true));
        long id = added.get("id").asLong();
        check(comments, "post", emma.json("POST", BASE + comments,
                JSON.createObjectNode().put("itemId", touchpoint).put("text", "Contract reply").put("parentId", id).toString(), true));
        check(comments, "post", emma.json("POST", BASE + comments, "{\"itemId\":\"nope\",\"text\":\"x\"}", true));
        check(comments, "post", emma.json("POST", BASE + comments, "{\"text\":7}", true));
        check(comments, "post", emma.json("POST", BASE + comments, "{\"text\":\"x\"}", false));
        check(comments, "get", emma.get(BASE + comments));
        check(comments, "get", emma.get(BASE + "/pages/999/maps/jm-demo-store/comments"));
        check(comments + "/counts", "get", emma.get(BASE + comments + "/counts"));
        String one = comments + "/{commentId}";
        check(one, "put", emma.json("PUT", BASE + comments + "/" + id, "{\"text\":\"Contract comment, edited\"}", true));
        check(one, "put", emma.json("PUT", BASE + comments + "/" + id, "{\"text\":\" \"}", true));
        check(one + "/resolve", "post", emma.json("POST", BASE + comments + "/" + id + "/resolve", null, true));
        check(one + "/reopen", "post", emma.json("POST", BASE + comments + "/" + id + "/reopen", null, true));
        check(one, "delete", emma.json("DELETE", BASE + comments + "/" + id, null, true));
        check(one, "delete", emma.json("DELETE", BASE + comments + "/424242", null, true));
    }

    /** Validates the body against the schema the description gives for this operation and status. */
    private JsonNode check(String path, String verb, HttpResponse<String> response) throws Exception {
        String template = path.replaceAll("/pages/\\d+/maps/jm-demo-store", "/pages/{pageId}/maps/{mapId}")
                .replaceAll("^/personas/\\d+", "/personas/{pageId}");
        JsonNode operation = spec.at("/paths/" + template.replace("~", "~0").replace("/", "~1") + "/" + verb);
        assertThat(operation.isMissingNode()).as("%s %s is described", verb, template).isFalse();
        JsonNode described = operation.at("/responses/" + response.statusCode());
        assertThat(described.isMissingNode()).as("%s %s answers %d, which the description lists (%s)", verb, template,
                response.statusCode(), response.body()).isFalse();
        JsonNode schemaRef = described.at("/content/application~1json/schema/$ref");
        JsonNode body = JSON.readTree(response.body());
        if (!schemaRef.isMissingNode()) {
            JsonNode schema = spec.at(schemaRef.asText().substring(1));
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            assertThat(validator.validate(body)).as("%s %s %d body %s", verb, template, response.statusCode(), response.body()).isEmpty();
        }
        return body;
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : java.util.List.of(GET.class, PUT.class, POST.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        joined = joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        return joined.replaceAll("\\{[^}]+}", "{}");
    }
}
