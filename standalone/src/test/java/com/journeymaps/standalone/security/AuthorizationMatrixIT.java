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
 * (what it needs, its success status, the request). The test fails for any operation of the spec
 * without a row, and for any row without an operation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPEC = Path.of("..", "docs", "api", "openapi.json");

    /** What an operation needs of the caller, in the standalone's model (see AccessPolicy). */
    enum Needs { NOTHING, VIEW, COMMENT, EDIT }

    /** Which page a cell is about. */
    enum PageKind { UNRESTRICTED, VIEW_RESTRICTED, EDIT_RESTRICTED }

    /** The concrete request of one cell: query string (without '?') and body, given the page's current state. */
    record Request(String query, String contentType, String body) {
    }

    interface RequestMaker {
        Request make(Cell cell) throws Exception;
    }

    /** One row: what the operation needs, what it answers when allowed, and how to call it. */
    record Operation(Needs needs, int success, RequestMaker request) {
    }

    /** What a cell's request may use: the page, its map, its current version, and a reader that may see it. */
    record Cell(long pageId, String mapId, int currentVersion, SecClient privileged) {
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
        Map<PageKind, Long> pages = Map.of(PageKind.UNRESTRICTED, fixture.openPage,
                PageKind.VIEW_RESTRICTED, fixture.viewRestrictedPage, PageKind.EDIT_RESTRICTED, fixture.editRestrictedPage);
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
                table.append(String.format("%-15s %-16s", entry.getKey(), kind));
                for (Caller caller : Caller.values()) {
                    long pageId = pages.get(kind);
                    String mapId = fixture.mapIds().get(pageId);
                    SecClient rita = clients.get(Caller.RESTRICTION_LISTED);
                    int current = currentVersion(rita, pageId, mapId);
                    Cell cell = new Cell(pageId, mapId, current, rita);
                    Request request = row.request().make(cell);
                    String path = SecClient.REST + pathTemplate.replace("{pageId}", String.valueOf(pageId))
                            .replace("{mapId}", mapId).replace("{version}", "1")
                            + (request.query().isEmpty() ? "" : "?" + request.query());
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

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
