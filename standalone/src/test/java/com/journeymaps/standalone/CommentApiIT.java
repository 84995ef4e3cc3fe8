package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comments on map items through HTTP against a real server with the demo space (victor views, colin comments, emma
 * edits): who may do what, threads, resolve and reopen, counts, refusals naming the field, XSRF, and a restart.
 */
class CommentApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private StandaloneServer server;
    private String comments;
    private String touchpoint;
    private String stage;

    @BeforeEach
    void start() throws Exception {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        String mapUrl = "rest/journeymaps/1.0/pages/" + victor.pageIdTitled(MapApiIT.DEMO_MAP_PAGE) + "/maps/jm-demo-store";
        JsonNode map = json(victor.get(mapUrl)).get("map");
        touchpoint = map.at("/touchpoints/0/id").asText();
        stage = map.at("/stages/1/id").asText();
        comments = mapUrl + "/comments";
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WikiClient signedIn(String user, String password) throws Exception {
        return WikiClient.signedIn(server.baseUri(), user, password);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String comment(String itemId, String text, Long parentId) {
        ObjectNode body = JSON.createObjectNode().put("itemId", itemId).put("text", text);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body.toString();
    }

    private HttpResponse<String> post(WikiClient client, String body) throws Exception {
        return client.json("POST", comments, body, true);
    }

    @Test
    void commenterAdds_viewerReads_editorReplies_authorEdits_othersCannot() throws Exception {
        WikiClient colin = signedIn("colin", "Colin-Demo-1");
        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        WikiClient emma = signedIn("emma", "Emma-Demo-1");

        HttpResponse<String> added = post(colin, comment(touchpoint, "Where does the 40% drop-off figure come from?", null));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long root = json(added).get("id").asLong();
        assertThat(json(added).get("author").asText()).isEqualTo("colin");
        assertThat(json(added).get("canEdit").asBoolean()).isTrue();

        HttpResponse<String> refused = post(victor, comment(touchpoint, "Me too", null));
        assertThat(refused.statusCode()).as("victor only views").isEqualTo(403);
        assertThat(json(refused).get("code").asText()).isEqualTo("forbidden");

        HttpResponse<String> reply = post(emma, comment(touchpoint, "From the Q3 analytics export.", root));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        long replyId = json(reply).get("id").asLong();
        assertThat(json(reply).get("parentId").asLong()).isEqualTo(root);

        HttpResponse<String> edited = colin.json("PUT", comments + "/" + root,
                "{\"text\":\"Where does the 40 % drop-off figure come from? Link please.\"}", true);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).get("edited").asBoolean()).isTrue();

        assertThat(emma.json("PUT", comments + "/" + root, "{\"text\":\"rewritten by emma\"}", true).statusCode())
                .as("emma did not write it").isEqualTo(403);
        assertThat(emma.json("DELETE", comments + "/" + root, null, true).statusCode()).isEqualTo(403);
        HttpResponse<String> hasReplies = colin.json("DELETE", comments + "/" + root, null, true);
        assertThat(hasReplies.statusCode()).as("a comment with replies stays").isEqualTo(409);
        assertThat(json(hasReplies).get("code").asText()).isEqualTo("comment-has-replies");

        JsonNode asVictor = json(victor.get(comments));
        assertThat(asVictor.get("canComment").asBoolean()).isFalse();
        assertThat(asVictor.get("threads")).singleElement().satisfies(thread -> {
            assertThat(thread.get("text").asText()).endsWith("Link please.");
            assertThat(thread.get("canEdit").asBoolean()).isFalse();
            assertThat(thread.get("canResolve").asBoolean()).isFalse();
            assertThat(thread.get("replies")).singleElement().satisfies(r -> {
                assertThat(r.get("id").asLong()).isEqualTo(replyId);
                assertThat(r.get("author").asText()).isEqualTo("emma");
            });
        });
        JsonNode asColin = json(colin.get(comments + "?item=" + touchpoint));
        assertThat(asColin.get("canComment").asBoolean()).isTrue();
        assertThat(asColin.at("/threads/0/canEdit").asBoolean()).isTrue();
        assertThat(asColin.at("/threads/0/canDelete").asBoolean()).as("it has a reply").isFalse();
        assertThat(json(colin.get(comments + "?item=" + stage)).get("threads")).isEmpty();

        assertThat(emma.json("DELETE", comments + "/" + replyId, null, true).statusCode()).isEqualTo(204);
        assertThat(colin.json("DELETE", comments + "/" + root, null, true).statusCode()).isEqualTo(204);
        assertThat(json(victor.get(comments)).get("threads")).isEmpty();
    }

    @Test
    void resolveAndReopen_changeTheOpenCounts() throws Exception {
        WikiClient colin = signedIn("colin", "Colin-Demo-1");
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        long root = json(post(colin, comment(touchpoint, "Question", null))).get("id").asLong();
        long reply = json(post(emma, comment(touchpoint, "Answer", root))).get("id").asLong();
        post(colin, comment(stage, "About the stage", null));

        assertThat(json(colin.get(comments + "/counts")).get("openCounts"))
                .isEqualTo(JSON.createObjectNode().put(touchpoint, 2).put(stage, 1));

        HttpResponse<String> resolved = emma.json("POST", comments + "/" + root + "/resolve", null, true);
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(json(resolved).get("resolved").asBoolean()).isTrue();
        assertThat(json(resolved).get("resolvedBy").asText()).isEqualTo("emma");
        assertThat(json(colin.get(comments + "/counts")).get("openCounts"))
                .isEqualTo(JSON.createObjectNode().put(stage, 1));

        HttpResponse<String> onReply = emma.json("POST", comments + "/" + reply + "/resolve", null, true);
        assertThat(onReply.statusCode()).isEqualTo(422);
        assertThat(json(onReply).at("/details/0/pointer").asText()).isEqualTo("/commentId");

        HttpResponse<String> reopened = colin.json("POST", comments + "/" + root + "/reopen", null, true);
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(json(reopened).get("resolved").asBoolean()).isFalse();
        assertThat(json(reopened).get("resolvedBy").isNull()).isTrue();
        assertThat(json(colin.get(comments + "/counts")).at("/openCounts/" + touchpoint).asInt()).isEqualTo(2);
        HttpResponse<String> viewer = signedIn("victor", "Victor-Demo-1").json("POST", comments + "/" + root + "/resolve", null, true);
        assertThat(viewer.statusCode()).isEqualTo(403);
    }

    @Test
    void badInput_isRefusedNamingTheFieldAndChangesNothing() throws Exception {
        WikiClient colin = signedIn("colin", "Colin-Demo-1");

        assertRefused(post(colin, comment(touchpoint, "   ", null)), 422, "/text");
        assertRefused(post(colin, comment(touchpoint, "x".repeat(10_001), null)), 422, "/text");
        assertRefused(post(colin, comment(touchpoint, "nul\u0000byte", null)), 422, "/text");
        assertRefused(post(colin, comment("tp-not-in-map", "hello", null)), 422, "/itemId");
        assertRefused(post(colin, comment(touchpoint, "hello", 987_654L)), 422, "/parentId");
        assertRefused(post(colin, "{\"itemId\":\"" + touchpoint + "\"}"), 400, "/text");
        assertRefused(post(colin, "{\"itemId\":\"" + touchpoint + "\",\"text\":42}"), 400, "/text");
        assertRefused(post(colin, "{\"itemId\":\"" + touchpoint + "\",\"text\":\"ok\",\"parentId\":\"one\"}"), 400, "/parentId");
        assertRefused(post(colin, "{\"itemId\": "), 400, "");
        assertRefused(post(colin, "[]"), 400, "");

        assertThat(json(colin.get(comments)).get("threads")).isEmpty();
        HttpResponse<String> missing = colin.json("PUT", comments + "/424242", "{\"text\":\"x\"}", true);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("code").asText()).isEqualTo("comment-not-found");
    }

    @Test
    void changesNeedTheXsrfHeader_andHiddenPagesLookMissing() throws Exception {
        WikiClient colin = signedIn("colin", "Colin-Demo-1");

        HttpResponse<String> noHeader = colin.json("POST", comments, comment(touchpoint, "sneaky", null), false);
        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(json(noHeader).get("code").asText()).isEqualTo("xsrf");
        assertThat(json(colin.get(comments)).get("threads")).isEmpty();

        HttpResponse<String> anonymous = new WikiClient(server.baseUri()).get(comments);
        HttpResponse<String> unknown = colin.get("rest/journeymaps/1.0/pages/999/maps/jm-demo-store/comments");
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(anonymous).get("code").asText()).isEqualTo(json(unknown).get("code").asText());
        assertThat(anonymous.body()).doesNotContain("Online store");
    }

    @Test
    void commentsSurviveARestart() throws Exception {
        WikiClient colin = signedIn("colin", "Colin-Demo-1");
        long root = json(post(colin, comment(touchpoint, "Kept across restarts \u2713 \uD83D\uDE00", null))).get("id").asLong();
        colin.json("POST", comments + "/" + root + "/resolve", null, true);

        server.close();
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();

        JsonNode thread = json(signedIn("victor", "Victor-Demo-1").get(comments)).at("/threads/0");
        assertThat(thread.get("id").asLong()).isEqualTo(root);
        assertThat(thread.get("text").asText()).isEqualTo("Kept across restarts \u2713 \uD83D\uDE00");
        assertThat(thread.get("resolved").asBoolean()).isTrue();
        assertThat(thread.get("resolvedBy").asText()).isEqualTo("colin");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String pointer) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("details")).as(response.body()).anySatisfy(d -> assertThat(d.get("pointer").asText()).isEqualTo(pointer));
    }
}
