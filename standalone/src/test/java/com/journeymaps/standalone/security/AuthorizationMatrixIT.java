package com.journeymaps.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.journeymaps.standalone.security.SecurityFixture.Caller;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every REST operation of {@code docs/api/openapi.json} × {anonymous, signed in without a role,
 * viewer, commenter, editor, admin} × {unrestricted, view-restricted, edit-restricted page}, over
 * HTTP, each against the status its row expects; plus the person the restrictions name, to show the
 * restricted pages do answer someone. No denied call may carry the page's title or content, and no
 * response at all (REST or the wiki's own pages: persona cards, "used in" lists, history, compare)
 * may contain a marker of a page the caller cannot see.
 *
 * <p><b>Adding an endpoint</b>: add one row to {@link #OPERATIONS} keyed by its {@code operationId}
 * (what it needs, its success status, which page of each kind it targets, the request). The test fails
 * for any operation of the spec without a row, and for any row without an operation.
 *
 * <p>Rows about one comment get a fresh comment per cell, written by rita through the API (so edit and
 * delete always have a target, and only their author may succeed); rows about a persona target the
 * fixture's persona page of each kind; starting a map from a template targets the empty map macro kept
 * for that caller on the empty-map page of each kind (a filled map answers 409 {@code map-not-empty}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPEC = Path.of("..", "docs", "api", "openapi.json");

    /** What an operation needs of the caller, in the standalone's model (see AccessPolicy). */
    enum Needs {
        NOTHING, VIEW, COMMENT, EDIT,
        /** Comment permission and being the comment's author: rita wrote every comment the matrix changes. */
        AUTHOR
    }

    /** Which page of a kind a row's cells use: the map pages, the empty-map pages or the persona pages. */
    enum Target { MAP, EMPTY_MAP, PERSONA }

    /** Which page a cell is about. */
    enum PageKind { UNRESTRICTED, VIEW_RESTRICTED, EDIT_RESTRICTED }

    /**
     * The concrete request of one cell: query string (without '?'), body, and path parameters beyond the
     * page and map (e.g. {@code commentId}), given the page's current state.
     */
    record Request(String query, String contentType, String body, Map<String, String> pathParameters) {
        Request(String query, String contentType, String body) {
            this(query, contentType, body, Map.of());
        }
    }

    interface RequestMaker {
        Request make(Cell cell) throws Exception;
    }

    /** What an allowed answer must also satisfy (null when it does); the status is checked apart. */
    interface AnswerCheck {
        String problem(Cell cell, JsonNode answer);
    }

    /** One row: what the operation needs, what it answers when allowed, which pages it targets, how to call it. */
    record Operation(Needs needs, int success, Target target, RequestMaker request, AnswerCheck check) {
        Operation(Needs needs, int success, RequestMaker request) {
            this(needs, success, Target.MAP, request, null);
        }

        Operation(Needs needs, int success, Target target, RequestMaker request) {
            this(needs, success, target, request, null);
        }
    }

    /**
     * What a cell's request may use: the kind of page, the caller, the page, its map (null on a persona
     * page), its current version, and a reader that may see it (rita).
     */
    record Cell(PageKind kind, Caller caller, long pageId, String mapId, int currentVersion, SecClient privileged) {
    }

    /**
     * The rows. Keyed by the spec's operationId. Reads need VIEW, writes EDIT; the import preview writes
     * nothing and so needs VIEW; the template list holds no page data.
     */
    static final Map<String, Operation> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("listTemplates", new Operation(Needs.NOTHING, 200, c -> new Request("", null, null)));
        OPERATIONS.put("readMap", new Operation(Needs.VIEW, 200, c -> new Request("", null, null)));
        OPERATIONS.put("readMapVersion", new Operation(Needs.VIEW, 200, c -> new Request("", null, null)));
        OPERATIONS.put("renderMap", new Operation(Needs.VIEW, 200, c -> new Request("mode=interactive", null, null)));
        OPERATIONS.put("mapHistory", new Operation(Needs.VIEW, 200, c -> new Request("", null, null)));
        OPERATIONS.put("diffMap", new Operation(Needs.VIEW, 200,
                c -> new Request("from=1&to=" + c.currentVersion(), null, null)));
        OPERATIONS.put("exportCsv", new Operation(Needs.VIEW, 200, c -> new Request("", null, null)));
        OPERATIONS.put("exportJson", new Operation(Needs.VIEW, 200, c -> new Request("", null, null)));
        OPERATIONS.put("previewImport", new Operation(Needs.VIEW, 200,
                c -> new Request("", "text/csv", exportCsv(c))));
        OPERATIONS.put("saveMap", new Operation(Needs.EDIT, 200, c -> new Request("baseVersion=" + c.currentVersion(),
                "application/json", mapJson(c).replace("\"objective\":\"", "\"objective\":\"x"))));
        OPERATIONS.put("restoreMap", new Operation(Needs.EDIT, 200,
                c -> new Request("version=1&baseVersion=" + c.currentVersion(), null, null)));
        OPERATIONS.put("applyImport", new Operation(Needs.EDIT, 200,
                c -> new Request("baseVersion=" + c.currentVersion(), "text/csv", exportCsv(c))));
        OPERATIONS.put("repairMap", new Operation(Needs.EDIT, 200,
                c -> new Request("baseVersion=" + c.currentVersion(), null, null)));
        OPERATIONS.put("startMapFromTemplate", new Operation(Needs.EDIT, 200, Target.EMPTY_MAP,
                c -> new Request("template=b2c&baseVersion=" + c.currentVersion(), null, null)));
        // Comments: reading needs VIEW, adding/resolving/reopening COMMENT, editing/deleting being the author.
        OPERATIONS.put("listComments", new Operation(Needs.VIEW, 200, c -> {
            ritaComment(c, false);
            return new Request("", null, null);
        }));
        OPERATIONS.put("countOpenComments", new Operation(Needs.VIEW, 200, c -> {
            ritaComment(c, false);
            return new Request("", null, null);
        }));
        OPERATIONS.put("addComment", new Operation(Needs.COMMENT, 201, c -> new Request("", "application/json",
                JSON.createObjectNode().put("itemId", touchpointId(c)).put("text", "Added by " + c.caller()).toString())));
        OPERATIONS.put("editComment", new Operation(Needs.AUTHOR, 200, c -> new Request("", "application/json",
                JSON.createObjectNode().put("text", "Edited by " + c.caller()).toString(), commentId(ritaComment(c, false)))));
        OPERATIONS.put("deleteComment", new Operation(Needs.AUTHOR, 204,
                c -> new Request("", null, null, commentId(ritaComment(c, false)))));
        OPERATIONS.put("resolveComment", new Operation(Needs.COMMENT, 200,
                c -> new Request("", null, null, commentId(ritaComment(c, false)))));
        OPERATIONS.put("reopenComment", new Operation(Needs.COMMENT, 200,
                c -> new Request("", null, null, commentId(ritaComment(c, true)))));
        // Personas: the persona page of each kind. The search has no page; everyone may search and gets 200,
        // but only the persona pages they may see: each kind's query names that kind's persona page.
        OPERATIONS.put("readPersona", new Operation(Needs.VIEW, 200, Target.PERSONA, c -> new Request("", null, null)));
        OPERATIONS.put("listMapsUsingPersona", new Operation(Needs.VIEW, 200, Target.PERSONA, c -> new Request("", null, null)));
        OPERATIONS.put("searchPersonas", new Operation(Needs.NOTHING, 200, Target.PERSONA,
                c -> new Request("q=" + java.net.URLEncoder.encode(personaQuery(c.kind()), java.nio.charset.StandardCharsets.UTF_8),
                        null, null),
                AuthorizationMatrixIT::searchFindsExactlyWhatTheCallerMaySee));
    }

    private SecurityFixture fixture;
    private final Map<Caller, SecClient> clients = new EnumMap<>(Caller.class);
    private JsonNode spec;
    private final List<String> failures = new ArrayList<>();
    private int cells;
    private int successes;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        spec = JSON.readTree(Files.readString(SPEC));
        fixture = SecurityFixture.start(data);
        for (Caller caller : Caller.values()) {
            clients.put(caller, SecClient.as(fixture.server.baseUri(), caller));
        }
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyOperationOfTheSpec_hasARow() {
        Set<String> inSpec = specOperations().keySet();
        assertThat(new TreeSet<>(OPERATIONS.keySet()))
                .as("every operation in docs/api/openapi.json needs a row in AuthorizationMatrixIT.OPERATIONS, and no row may "
                        + "name an operation the spec lacks")
                .isEqualTo(new TreeSet<>(inSpec));
    }

    @Test
    void everyCallerOnEveryPage_getsExactlyTheExpectedStatus_andNothingLeaks() throws Exception {
        Map<String, String[]> operations = specOperations();
        Map<Target, Map<PageKind, Long>> pages = Map.of(
                Target.MAP, Map.of(PageKind.UNRESTRICTED, fixture.openPage, PageKind.VIEW_RESTRICTED, fixture.viewRestrictedPage,
                        PageKind.EDIT_RESTRICTED, fixture.editRestrictedPage),
                Target.EMPTY_MAP, Map.of(PageKind.UNRESTRICTED, fixture.emptyMapPages[0],
                        PageKind.VIEW_RESTRICTED, fixture.emptyMapPages[1], PageKind.EDIT_RESTRICTED, fixture.emptyMapPages[2]),
                Target.PERSONA, Map.of(PageKind.UNRESTRICTED, fixture.openPersonaPage,
                        PageKind.VIEW_RESTRICTED, fixture.secretPersonaPage, PageKind.EDIT_RESTRICTED, fixture.editRestrictedPersonaPage));
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, String[]> entry : operations.entrySet()) {
            Operation row = OPERATIONS.get(entry.getKey());
            if (row == null) {
                failures.add("no row for " + entry.getKey());
                continue;
            }
            String method = entry.getValue()[0];
            String pathTemplate = entry.getValue()[1];
            for (PageKind kind : PageKind.values()) {
                table.append(String.format("%-21s %-16s", entry.getKey(), kind));
                for (Caller caller : Caller.values()) {
                    long pageId = pages.get(row.target()).get(kind);
                    String mapId = switch (row.target()) {
                        case MAP -> fixture.mapIds().get(pageId);
                        case EMPTY_MAP -> SecurityFixture.emptyMapId(caller);
                        case PERSONA -> null;
                    };
                    SecClient rita = clients.get(Caller.RESTRICTION_LISTED);
                    int current = mapId == null ? 0 : currentVersion(rita, pageId, mapId);
                    Cell cell = new Cell(kind, caller, pageId, mapId, current, rita);
                    Request request = row.request().make(cell);
                    String filled = pathTemplate.replace("{pageId}", String.valueOf(pageId))
                            .replace("{mapId}", mapId == null ? "{mapId}" : mapId).replace("{version}", "1");
                    for (Map.Entry<String, String> parameter : request.pathParameters().entrySet()) {
                        filled = filled.replace("{" + parameter.getKey() + "}", parameter.getValue());
                    }
                    String path = SecClient.REST + filled + (request.query().isEmpty() ? "" : "?" + request.query());
                    assertThat(path).as("a path parameter this test does not know: add it here").doesNotContain("{");
                    List<String> headers = new ArrayList<>(List.of("X-Atlassian-Token", "no-check"));
                    if (request.contentType() != null) {
                        headers.addAll(List.of("Content-Type", request.contentType()));
                    }
                    HttpResponse<String> response = clients.get(caller).send(method, path, request.body(),
                            headers.toArray(String[]::new));
                    int expected = expected(row, caller, kind);
                    cells++;
                    table.append(String.format(" %s=%d", caller.name().substring(0, 3), response.statusCode()));
                    if (response.statusCode() != expected) {
                        failures.add(method + " " + path + " as " + caller + " on " + kind + ": expected " + expected
                                + ", got " + response.statusCode() + " " + abbreviate(response.body()));
                    }
                    boolean allowed = response.statusCode() < 300;
                    if (allowed) {
                        successes++;
                    }
                    if (allowed && expected >= 400) {
                        failures.add("UNAUTHORISED SUCCESS: " + method + " " + path + " as " + caller + " on " + kind);
                    }
                    if (allowed && row.check() != null) {
                        String problem = row.check().problem(cell, JSON.readTree(response.body()));
                        if (problem != null) {
                            failures.add(method + " " + path + " as " + caller + " on " + kind + ": " + problem);
                        }
                    }
                    checkLeaks(caller, method + " " + path, response, !allowed, kind);
                }
                table.append('\n');
            }
        }
        System.out.println("AuthorizationMatrixIT: " + operations.size() + " operations x " + Caller.values().length
                + " callers x 3 pages = " + cells + " cells, " + successes + " allowed, " + failures.size() + " failures\n" + table);
        assertThat(failures).isEmpty();
        assertThat(cells).isEqualTo(operations.size() * 3 * Caller.values().length);
    }

    /**
     * The wiki's own pages of every caller: landing page, the open map page with its persona cards, the
     * open persona's page with its "used in" list, history, old version, compare, editor, and the
     * restricted pages themselves. None may contain a marker of a page the caller cannot see; the
     * person the restrictions name does see them (so the markers are really there to be found).
     */
    @Test
    void wikiPages_showNoRestrictedTitleOrContent_inCardsListsOrHistory() throws Exception {
        long open = fixture.openPage;
        long viewR = fixture.viewRestrictedPage;
        long persona = fixture.secretPersonaPage;
        List<String> paths = List.of("", "pages/" + open, "pages/" + fixture.openPersonaPage, "pages/" + open + "/history",
                "pages/" + open + "/versions/1", "pages/" + open + "/compare?from=1&to=1", "pages/" + open + "/edit",
                "pages/" + viewR, "pages/" + viewR + "/history", "pages/" + viewR + "/versions/1",
                "pages/" + viewR + "/compare?from=1&to=1", "pages/" + viewR + "/edit", "pages/" + persona,
                "pages/" + persona + "/history", "spaces/DEMO/create",
                SecClient.REST + "/pages/" + open + "/maps/" + SecurityFixture.OPEN_MAP + "/html?mode=interactive",
                SecClient.REST + "/pages/" + open + "/maps/" + SecurityFixture.OPEN_MAP + "/html?mode=static");
        int requests = 0;
        for (Caller caller : Caller.values()) {
            for (String path : paths) {
                HttpResponse<String> response = clients.get(caller).get(path);
                requests++;
                boolean restricted = path.startsWith("pages/" + viewR) || path.startsWith("pages/" + persona);
                if (caller == Caller.RESTRICTION_LISTED) {
                    continue;
                }
                if (restricted) {
                    int expected = caller == Caller.ANONYMOUS ? 303 : 404;
                    if (response.statusCode() != expected) {
                        failures.add("GET " + path + " as " + caller + ": expected " + expected + ", got " + response.statusCode());
                    }
                }
                checkLeaks(caller, "GET " + path, response, restricted, PageKind.VIEW_RESTRICTED);
            }
        }
        // Positive controls: the restriction-listed person sees the markers where the others must not.
        SecClient rita = clients.get(Caller.RESTRICTION_LISTED);
        assertThat(rita.get("pages/" + fixture.openPersonaPage).body()).as("'used in' lists the restricted map for rita")
                .contains(SecurityFixture.VIEW_TITLE_MARKER);
        assertThat(rita.get("pages/" + open).body()).as("the persona card shows the restricted persona to rita")
                .contains(SecurityFixture.PERSONA_CONTENT_MARKER);
        assertThat(rita.get("pages/" + viewR).body()).contains(SecurityFixture.VIEW_CONTENT_MARKER);
        System.out.println("AuthorizationMatrixIT wiki pages: " + requests + " requests, " + failures.size() + " failures");
        assertThat(failures).isEmpty();
    }

    private int expected(Operation row, Caller caller, PageKind kind) {
        if (row.needs() == Needs.NOTHING) {
            return row.success();
        }
        boolean view = canView(caller, kind);
        if (!view) {
            return 404; // a page the caller may not see is answered like one that does not exist
        }
        boolean allowed = switch (row.needs()) {
            case NOTHING, VIEW -> true;
            case COMMENT -> caller == Caller.COMMENTER || caller == Caller.EDITOR || caller == Caller.ADMIN
                    || caller == Caller.RESTRICTION_LISTED;
            case EDIT -> kind == PageKind.EDIT_RESTRICTED ? caller == Caller.RESTRICTION_LISTED
                    : caller == Caller.EDITOR || caller == Caller.ADMIN || caller == Caller.RESTRICTION_LISTED;
            case AUTHOR -> caller == Caller.RESTRICTION_LISTED; // everyone else who sees the page: 403, not theirs
        };
        return allowed ? row.success() : 403;
    }

    private static boolean canView(Caller caller, PageKind kind) {
        if (caller == Caller.ANONYMOUS || caller == Caller.NO_ROLE) {
            return false;
        }
        return kind != PageKind.VIEW_RESTRICTED || caller == Caller.RESTRICTION_LISTED;
    }

    private void checkLeaks(Caller caller, String call, HttpResponse<String> response, boolean denied, PageKind kind) {
        if (caller == Caller.RESTRICTION_LISTED) {
            return;
        }
        String body = response.body() == null ? "" : response.body();
        for (String marker : List.of(SecurityFixture.VIEW_TITLE_MARKER, SecurityFixture.VIEW_CONTENT_MARKER,
                SecurityFixture.PERSONA_TITLE_MARKER, SecurityFixture.PERSONA_CONTENT_MARKER)) {
            if (body.contains(marker)) {
                failures.add("LEAK: " + call + " as " + caller + " (" + response.statusCode() + ") contains " + marker);
            }
        }
        if (denied && kind == PageKind.EDIT_RESTRICTED && body.contains(SecurityFixture.EDIT_CONTENT_MARKER)) {
            failures.add("LEAK: denied " + call + " as " + caller + " echoes the page's content");
        }
        if (denied && (body.contains("Security edit-restricted page") || body.contains("Security open page"))
                && response.statusCode() >= 400) {
            failures.add("LEAK: denied " + call + " as " + caller + " names the page");
        }
    }

    /** operationId → {method, path} for every operation in the spec. */
    private Map<String, String[]> specOperations() {
        Map<String, String[]> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    String id = method.getValue().path("operationId").asText(method.getKey() + " " + path.getKey());
                    operations.put(id, new String[] {method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey()});
                }
            }
        }
        return operations;
    }

    private static int currentVersion(SecClient privileged, long pageId, String mapId) throws Exception {
        HttpResponse<String> read = privileged.get(SecClient.REST + "/pages/" + pageId + "/maps/" + mapId);
        assertThat(read.statusCode()).as("the restriction-listed reader reads " + pageId).isEqualTo(200);
        return JSON.readTree(read.body()).get("pageVersion").asInt();
    }

    private static String mapJson(Cell cell) throws Exception {
        HttpResponse<String> read = cell.privileged().get(SecClient.REST + "/pages/" + cell.pageId() + "/maps/" + cell.mapId());
        return JSON.writeValueAsString(JSON.readTree(read.body()).get("map"));
    }

    private static String exportCsv(Cell cell) throws Exception {
        return cell.privileged().get(SecClient.REST + "/pages/" + cell.pageId() + "/maps/" + cell.mapId() + "/export.csv").body();
    }

    /**
     * A fresh comment by rita on the cell's map (on its first touchpoint; text carrying the page's content
     * marker, so a response showing it to someone who may not see the page is caught), resolved if asked.
     */
    private static long ritaComment(Cell cell, boolean resolved) throws Exception {
        String marker = switch (cell.kind()) {
            case UNRESTRICTED -> "open";
            case VIEW_RESTRICTED -> SecurityFixture.VIEW_CONTENT_MARKER;
            case EDIT_RESTRICTED -> SecurityFixture.EDIT_CONTENT_MARKER;
        };
        String comments = SecClient.REST + "/pages/" + cell.pageId() + "/maps/" + cell.mapId() + "/comments";
        HttpResponse<String> added = cell.privileged().send("POST", comments, JSON.createObjectNode()
                        .put("itemId", touchpointId(cell)).put("text", "Matrix comment " + marker + " for " + cell.caller()).toString(),
                "Content-Type", "application/json", "X-Atlassian-Token", "no-check");
        assertThat(added.statusCode()).as("rita comments on " + cell.pageId() + ": " + added.body()).isEqualTo(201);
        long id = JSON.readTree(added.body()).get("id").asLong();
        if (resolved) {
            HttpResponse<String> resolve = cell.privileged().send("POST", comments + "/" + id + "/resolve", null,
                    "X-Atlassian-Token", "no-check");
            assertThat(resolve.statusCode()).as("rita resolves " + id + ": " + resolve.body()).isEqualTo(200);
        }
        return id;
    }

    private static Map<String, String> commentId(long id) {
        return Map.of("commentId", String.valueOf(id));
    }

    private static String touchpointId(Cell cell) throws Exception {
        HttpResponse<String> read = cell.privileged().get(SecClient.REST + "/pages/" + cell.pageId() + "/maps/" + cell.mapId());
        return JSON.readTree(read.body()).get("map").get("touchpoints").get(0).get("id").asText();
    }

    /** A search text that finds the persona page of {@code kind} (by its title). */
    private static String personaQuery(PageKind kind) {
        return switch (kind) {
            case UNRESTRICTED -> "Maya";
            case VIEW_RESTRICTED -> SecurityFixture.PERSONA_TITLE_MARKER;
            case EDIT_RESTRICTED -> "edit-restricted";
        };
    }

    /** The search lists the kind's persona page exactly when the caller may see it, and no page they may not. */
    private static String searchFindsExactlyWhatTheCallerMaySee(Cell cell, JsonNode answer) {
        List<Long> found = new ArrayList<>();
        answer.path("personas").forEach(persona -> found.add(persona.path("pageId").asLong()));
        boolean listed = found.contains(cell.pageId());
        boolean mayView = canView(cell.caller(), cell.kind());
        if (listed != mayView) {
            return (mayView ? "does not list " : "LEAK: lists ") + "persona page " + cell.pageId() + " (found " + found + ")";
        }
        if (!mayView && !found.isEmpty() && (cell.caller() == Caller.ANONYMOUS || cell.caller() == Caller.NO_ROLE)) {
            return "LEAK: lists pages to someone who may see none: " + found;
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
