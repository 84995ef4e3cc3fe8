package com.journeymaps.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.core.csv.CsvImportResult;
import com.journeymaps.core.csv.CsvProblem;
import com.journeymaps.core.csv.TouchpointCsv;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import com.journeymaps.core.validation.Problem;
import com.journeymaps.standalone.page.PageSourceCheck;
import com.journeymaps.standalone.security.SecurityFixture.Caller;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded corpus of hostile and broken input ({@link HostileCorpus}): map documents, storage-format
 * pages, CSV files and REST request bodies. Most go through the core in-process (JSON reader and
 * validator, storage codec and the page editor's check, CSV import), a few thousand through the real
 * HTTP server. Never an exception or a 5xx; every refusal a 4xx that says what and where; a refused
 * request leaves the page's version and body as they were; a page whose stored map is broken renders
 * with the error panel. {@code -Djourneymaps.hostile.seed=N} repeats a run; the seed is printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    /** The standalone server's request size limit (StandaloneServer.MAX_REQUEST_BYTES). */
    private static final long REQUEST_LIMIT = 8L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("journeymaps.hostile.seed", System.nanoTime());
    private static final Texts TEXTS = BundleTexts.forLocale(Locale.ENGLISH);

    private SecurityFixture fixture;
    private SecClient emma;
    private String mapPath;
    private final List<Long> brokenPages = new ArrayList<>();
    private HostileCorpus corpus;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        System.out.println("HostileInputIT seed=" + SEED + " (repeat with -Djourneymaps.hostile.seed=" + SEED + ")");
        corpus = new HostileCorpus(SEED, SecurityFixture.sampleMap());
        fixture = SecurityFixture.start(data, (pages, space) -> {
            // Pages whose stored map is broken in one of the corpus's ways, written around the editor's check.
            Random random = new Random(SEED);
            for (int i = 0; i < 200 && brokenPages.size() < 12; i++) {
                String broken = corpus.mapDocument(random);
                if (JourneyMapJson.parse(broken).ok() || broken.isBlank()) {
                    continue;
                }
                String body;
                try {
                    body = "<p>Broken " + i + "</p>" + new StorageFormatCodec().insert("", 0,
                            MacroSpec.journeyMap("jm-broken", broken.replace("]]>", "]] >")));
                } catch (RuntimeException e) {
                    continue; // characters a page cannot hold at all (the codec refuses them): not a storable broken map
                }
                brokenPages.add(pages.createPage(space, "Broken map " + i, body, "system", "hostile corpus"));
            }
        });
        emma = SecClient.as(fixture.server.baseUri(), Caller.EDITOR);
        mapPath = SecClient.REST + "/pages/" + fixture.openPage + "/maps/" + SecurityFixture.OPEN_MAP;
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void inProcess_mapsPagesAndCsv_neverThrow_andEveryProblemSaysWhatAndWhere() {
        Random random = new Random(SEED);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        JourneyMap valid = JourneyMapJson.parse(corpus.validJson()).mapOrThrow();
        PageSourceCheck check = new PageSourceCheck();
        StorageFormatCodec codec = new StorageFormatCodec();
        for (int i = 0; i < 6_000; i++) {
            String document = corpus.mapDocument(random);
            try {
                ParseResult result = JourneyMapJson.parse(document);
                count(counts, result.ok() ? "map accepted" : "map refused");
                if (result.map().isEmpty() && result.problems().isEmpty()) {
                    failures.add("map " + i + ": no map and no problem");
                }
                for (Problem problem : result.problems()) {
                    String message = problem.message(TEXTS);
                    if (problem.code().isBlank() || problem.pointer() == null || message.isBlank() || message.contains(Problem.KEY_PREFIX)) {
                        failures.add("map " + i + ": problem without what or where: " + problem);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("map " + i + " threw " + e);
            }
        }
        for (int i = 0; i < 2_500; i++) {
            String page = corpus.storagePage(random);
            try {
                List<String> problems = check.problems(page, TEXTS);
                count(counts, problems.isEmpty() ? "page accepted" : "page refused");
                try {
                    codec.find(page);
                } catch (StorageFormatException e) {
                    if (e.line() < 1 || e.column() < 1 || e.reason() == null) {
                        failures.add("page " + i + ": codec error without a place: " + e);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("page " + i + " threw " + e);
            }
        }
        for (int i = 0; i < 2_500; i++) {
            String csv = corpus.csv(random);
            try {
                CsvImportResult result = TouchpointCsv.preview(valid, csv);
                count(counts, result.ok() ? "csv accepted" : "csv refused");
                for (CsvProblem problem : result.problems()) {
                    String message = problem.message(TEXTS);
                    if (problem.row() < 0 || message.isBlank()) {
                        failures.add("csv " + i + ": problem without what or where: " + problem);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("csv " + i + " threw " + e);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("HostileInputIT in-process seed=" + SEED + ": " + total + " inputs " + counts + ", " + failures.size() + " failures");
        assertThat(total).isGreaterThanOrEqualTo(10_000);
        assertThat(failures).isEmpty();
    }

    @Test
    void overHttp_neverA5xx_refusalsSayWhatAndWhere_andThePageIsUnchanged() throws Exception {
        Random random = new Random(SEED ^ 0x5DEECE66DL);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        String csrf = emma.sessionCsrf();
        Snapshot current = snapshot();
        for (int i = 0; i < 2_000; i++) {
            Snapshot before = current;
            HttpResponse<String> response;
            String kind;
            int pick = i % 8;
            if (pick < 4) {
                kind = "PUT map";
                byte[] body = corpus.mapBytes(random);
                response = emma.sendBytes("PUT", mapPath + "?baseVersion=" + before.version, body,
                        "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
            } else if (pick == 4) {
                kind = "page edit";
                response = emma.send("POST", "pages/" + fixture.openPage + "/edit", SecClient.form(Map.of(
                        "body", corpus.storagePage(random), "baseVersion", String.valueOf(before.pageVersion), "csrf", csrf)),
                        "Content-Type", "application/x-www-form-urlencoded");
            } else if (pick == 5) {
                kind = "CSV preview";
                response = emma.sendBytes("POST", mapPath + "/import/preview", corpus.csv(random).getBytes(StandardCharsets.UTF_8),
                        "Content-Type", "text/csv", "X-Atlassian-Token", "no-check");
            } else if (pick == 6) {
                kind = "CSV import";
                response = emma.sendBytes("POST", mapPath + "/import?baseVersion=" + before.version,
                        corpus.csv(random).getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv", "X-Atlassian-Token", "no-check");
            } else {
                kind = "REST oddity";
                String[] request = corpus.restOddity(random, mapPath, before.version);
                response = emma.sendBytes(request[0], request[1], request[2] == null ? null : request[2].getBytes(StandardCharsets.UTF_8),
                        "Content-Type", request[3], "X-Atlassian-Token", "no-check");
            }
            int status = response.statusCode();
            count(counts, kind + " " + status);
            String where = kind + " #" + i + " answered " + status;
            if (status >= 500) {
                failures.add(where + ": " + abbreviate(response.body()));
                continue;
            }
            boolean accepted = status < 300 || (kind.equals("page edit") && status == 303);
            if (status == 400 && response.body().contains("/badMessage")) {
                // Jetty refuses a malformed URI (e.g. an encoded NUL) before any of our code runs: a 4xx, but its
                // own HTML page. Counted apart; the page is checked unchanged below like any refusal.
                count(counts, "malformed URI refused by Jetty");
            } else if (!accepted) {
                String problem = clarity(kind, response);
                if (problem != null) {
                    failures.add(where + ": " + problem);
                }
            }
            if (!accepted) {
                Snapshot after = snapshot();
                if (after.pageVersion != before.pageVersion || !after.body.equals(before.body)) {
                    failures.add(where + ": the stored page changed although the request was refused");
                }
                current = after;
            } else {
                current = snapshot();
            }
        }
        // Pages whose stored map is broken still render, with the error panel.
        for (long page : brokenPages) {
            HttpResponse<String> view = emma.get("pages/" + page);
            count(counts, "broken page view " + view.statusCode());
            if (view.statusCode() != 200 || !view.body().contains("jm-error")) {
                failures.add("broken page " + page + " answered " + view.statusCode() + " without the error panel");
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("HostileInputIT HTTP seed=" + SEED + ": " + total + " requests " + counts + ", " + failures.size() + " failures");
        assertThat(failures).isEmpty();
    }

    /**
     * Hostile comments over HTTP on the edit-restricted page's map (a map nobody changes here, on which emma may
     * comment): texts with the corpus's nasty strings, blank and over-long texts, nasty item and parent ids, wrong
     * JSON types, damaged JSON, wrong content types; adding and editing emma's own comment. Never a 5xx; every
     * refusal a {code, message} error, a 422 naming its field; a refusal stores nothing (the comment count and the
     * edited comment's text are unchanged); an accepted text holds no character the comment rules forbid.
     */
    @Test
    void overHttp_comments_neverA5xx_refusalsNameTheField_andNothingIsStoredOnRefusal() throws Exception {
        Random random = new Random(SEED ^ 0xC0FFEEL);
        String map = SecClient.REST + "/pages/" + fixture.editRestrictedPage + "/maps/" + SecurityFixture.EDIT_MAP;
        String comments = map + "/comments";
        String item = JSON.readTree(emma.get(map).body()).get("map").get("touchpoints").get(0).get("id").asText();
        HttpResponse<String> own = emma.send("POST", comments, JSON.createObjectNode().put("itemId", item)
                .put("text", "Emma's comment to edit").toString(), "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        long ownId = JSON.readTree(own.body()).get("id").asLong();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String[] request = corpus.commentRequest(random, item);
            boolean edit = request[0].equals("edit");
            String kind = edit ? "comment edit" : "comment add";
            int before = commentCount(comments);
            String textBefore = commentText(comments, ownId);
            HttpResponse<String> response = emma.sendBytes(edit ? "PUT" : "POST", edit ? comments + "/" + ownId : comments,
                    request[1].getBytes(StandardCharsets.UTF_8), "Content-Type", request[2], "X-Atlassian-Token", "no-check");
            int status = response.statusCode();
            count(counts, kind + " " + status);
            String where = kind + " #" + i + " answered " + status;
            if (status >= 500) {
                failures.add(where + ": " + abbreviate(response.body()));
                continue;
            }
            if (status < 300) {
                String stored = JSON.readTree(response.body()).path("text").asText();
                if (!stored.codePoints().allMatch(HostileInputIT::allowedInComment)) {
                    failures.add(where + ": stored a text with a forbidden character: " + abbreviate(stored));
                }
                continue;
            }
            String problem = clarity(kind, response);
            if (problem == null && status == 422) {
                JsonNode details = JSON.readTree(response.body()).path("details");
                if (details.isEmpty() || details.get(0).path("pointer").asText().isEmpty()) {
                    problem = "a 422 without a field: " + abbreviate(response.body());
                }
            }
            if (problem != null) {
                failures.add(where + ": " + problem);
            }
            if (commentCount(comments) != before || !commentText(comments, ownId).equals(textBefore)) {
                failures.add(where + ": the stored comments changed although the request was refused");
            }
        }
        System.out.println("HostileInputIT comments seed=" + SEED + ": " + counts + ", " + failures.size() + " failures");
        assertThat(counts.keySet()).as("both accepted and refused requests were made").anyMatch(k -> k.endsWith(" 201"))
                .anyMatch(k -> k.endsWith(" 422"));
        assertThat(failures).isEmpty();
    }

    /** What a stored comment text may hold (docs/comments.md): line breaks and tabs, but no other control character. */
    private static boolean allowedInComment(int c) {
        boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
        boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
        return !control && !surrogate && c != 0xFFFE && c != 0xFFFF;
    }

    private int commentCount(String comments) throws Exception {
        int total = 0;
        for (JsonNode thread : JSON.readTree(emma.get(comments).body()).path("threads")) {
            total += 1 + thread.path("replies").size();
        }
        return total;
    }

    private String commentText(String comments, long id) throws Exception {
        for (JsonNode thread : JSON.readTree(emma.get(comments).body()).path("threads")) {
            if (thread.path("id").asLong() == id) {
                return thread.path("text").asText();
            }
        }
        return "";
    }

    /** Null when the refusal says what and where; otherwise what is missing. */
    private static String clarity(String kind, HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() == 413) {
            // Over the server's request limit (a generated 10 MB string can take a page edit past it): refused before
            // any resource reads the body, for forms and JSON alike, naming the limit (LimitsIT checks it too).
            return body.contains(String.valueOf(REQUEST_LIMIT)) ? null : "a 413 that does not name the limit: " + abbreviate(body);
        }
        if (kind.equals("page edit")) {
            // The editor form comes back with its problems listed.
            return response.statusCode() == 403 || body.contains("jm-editor__problems") || body.contains("jm-error")
                    || body.contains("problem") ? null : "no problem listed in " + abbreviate(body);
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.path("code").asText().isBlank() || json.path("message").asText().isBlank()) {
                return "no {code, message}: " + abbreviate(body);
            }
            String code = json.get("code").asText();
            if (response.statusCode() == 422 && List.of("invalid-map", "invalid-csv", "unreadable-json").stream().anyMatch(code::equals)) {
                for (JsonNode detail : json.path("details")) {
                    if (detail.path("pointer").isMissingNode() && detail.path("line").asInt() == 0) {
                        return "a detail without where: " + detail;
                    }
                }
                if (json.path("details").isEmpty() && !code.equals("invalid-csv") && !json.get("message").asText().contains("no map")) {
                    return "422 without details: " + abbreviate(body);
                }
            }
            return null;
        } catch (Exception e) {
            return "not a JSON error: " + abbreviate(body);
        }
    }

    private record Snapshot(int version, int pageVersion, String body) {
    }

    /** The page's version and stored source, as the page editor shows them (one request). */
    private Snapshot snapshot() throws Exception {
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(emma.get("pages/" + fixture.openPage + "/edit").body());
        int version = Integer.parseInt(form.selectFirst("input[name=baseVersion]").val());
        return new Snapshot(version, version, form.selectFirst("textarea[name=body]").wholeText());
    }

    private static void count(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
