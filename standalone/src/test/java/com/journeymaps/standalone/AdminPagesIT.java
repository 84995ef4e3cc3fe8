package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone wiki's administration over HTTP: space admins grant and take away roles and add
 * people; editors restrict who may view and edit a page; and every unknown address gets an HTML
 * error page in the reader's language. Each test works on its own space or page where it changes
 * permissions, so the order of tests does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesIT {

    private StandaloneServer server;

    @BeforeAll
    void start(@TempDir Path data) {
        server = new StandaloneServer(StandaloneServerIT.config(data, true));
        server.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private WikiClient signedIn(String user, String password) throws Exception {
        return WikiClient.signedIn(server.baseUri(), user, password);
    }

    private static String csrf(Document page) {
        return page.selectFirst("input[name=csrf]").val();
    }

    private long newPage(WikiClient editor, String title) throws Exception {
        Document form = Jsoup.parse(editor.get("spaces/DEMO/create").body());
        HttpResponse<String> created = editor.postForm("spaces/DEMO/create",
                Map.of("csrf", csrf(form), "title", title, "blueprint", "blank", "template", "b2c"));
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void spaceAdmin_addsAPerson_whoCanThenSignInWithTheGrantedRole() throws Exception {
        WikiClient admin = signedIn("admin", "Admin-Demo-1");
        assertThat(Jsoup.parse(admin.get("").body()).select("a.jm-permissions-link[href=/spaces/DEMO/permissions]")).hasSize(1);
        Document page = Jsoup.parse(admin.get("spaces/DEMO/permissions").body());
        assertThat(page.select("tr[data-principal=emma] option[selected]").val()).isEqualTo("editor");

        HttpResponse<String> added = admin.postForm("spaces/DEMO/permissions/people", Map.of("csrf", csrf(page),
                "username", "nora", "displayName", "Nora Newcomer", "password", "Nora-Secret-1", "role", "commenter"));

        assertThat(added.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(admin.get("spaces/DEMO/permissions").body());
        assertThat(after.select("tr[data-principal=nora] option[selected]").val()).isEqualTo("commenter");
        WikiClient nora = signedIn("nora", "Nora-Secret-1");
        long mapPage = nora.pageIdTitled("Online store: customer journey");
        assertThat(nora.get("pages/" + mapPage).statusCode()).isEqualTo(200);
        assertThat(nora.get("spaces/DEMO/create").statusCode()).isEqualTo(404); // a commenter creates nothing
        assertThat(nora.get("spaces/DEMO/permissions").statusCode()).isEqualTo(404);
    }

    @Test
    void badNewPerson_isRefusedWithEveryProblemNamed_andNoAccountIsCreated() throws Exception {
        WikiClient admin = signedIn("admin", "Admin-Demo-1");
        Document page = Jsoup.parse(admin.get("spaces/DEMO/permissions").body());

        HttpResponse<String> refused = admin.postForm("spaces/DEMO/permissions/people", Map.of("csrf", csrf(page),
                "username", "Bad Name", "displayName", "", "password", "short", "role", "owner"));

        assertThat(refused.statusCode()).isEqualTo(400);
        List<String> problems = Jsoup.parse(refused.body()).select(".jm-error li").eachText();
        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("username"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("at least 10 characters"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("owner is not a role"));
        assertThat(new WikiClient(server.baseUri()).signIn("Bad Name", "short").statusCode()).isNotEqualTo(303);
    }

    @Test
    void takingAwayTheLastAdmin_isRefusedAndChangesNothing() throws Exception {
        WikiClient admin = signedIn("admin", "Admin-Demo-1");
        Document page = Jsoup.parse(admin.get("spaces/DEMO/permissions").body());

        HttpResponse<String> refused = admin.postForm("spaces/DEMO/permissions",
                Map.of("csrf", csrf(page), "principal", "admin", "role", "editor"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".jm-error").text()).contains("without an admin");
        assertThat(Jsoup.parse(admin.get("spaces/DEMO/permissions").body())
                .select("tr[data-principal=admin] option[selected]").val()).isEqualTo("admin");
    }

    @Test
    void changingAndRemovingARole_takesEffectAtOnce() throws Exception {
        WikiClient admin = signedIn("admin", "Admin-Demo-1");
        Document page = Jsoup.parse(admin.get("spaces/DEMO/permissions").body());
        admin.postForm("spaces/DEMO/permissions/people", Map.of("csrf", csrf(page), "username", "otto",
                "displayName", "Otto", "password", "Otto-Secret-1", "role", "editor"));
        WikiClient otto = signedIn("otto", "Otto-Secret-1");
        assertThat(otto.get("spaces/DEMO/create").statusCode()).isEqualTo(200);

        assertThat(admin.postForm("spaces/DEMO/permissions", Map.of("csrf", csrf(page), "principal", "otto", "role", "viewer"))
                .statusCode()).isEqualTo(303);
        assertThat(otto.get("spaces/DEMO/create").statusCode()).isEqualTo(404);

        assertThat(admin.postForm("spaces/DEMO/permissions", Map.of("csrf", csrf(page), "principal", "otto", "role", "none"))
                .statusCode()).isEqualTo(303);
        long mapPage = admin.pageIdTitled("Online store: customer journey");
        assertThat(otto.get("pages/" + mapPage).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(admin.get("spaces/DEMO/permissions").body()).select("tr[data-principal=otto]")).isEmpty();
    }

    @Test
    void permissionsPage_isInvisibleToNonAdmins_andItsFormsNeedTheSessionToken() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        assertThat(emma.get("spaces/DEMO/permissions").statusCode()).isEqualTo(404);
        Document home = Jsoup.parse(emma.get("").body());
        assertThat(emma.postForm("spaces/DEMO/permissions", Map.of("csrf", csrf(home), "principal", "emma", "role", "admin"))
                .statusCode()).isEqualTo(404);
        WikiClient admin = signedIn("admin", "Admin-Demo-1");
        HttpResponse<String> forged = admin.postForm("spaces/DEMO/permissions",
                Map.of("csrf", "forged", "principal", "emma", "role", "admin"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("XSRF");
        assertThat(Jsoup.parse(admin.get("spaces/DEMO/permissions").body())
                .select("tr[data-principal=emma] option[selected]").val()).isEqualTo("editor");
        assertThat(new WikiClient(server.baseUri()).get("spaces/DEMO/permissions").statusCode()).isEqualTo(303);
    }

    @Test
    void viewRestriction_hidesThePageFromEveryoneNotNamed_andKeepsTheRestrictor() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        long id = newPage(emma, "Secret launch plan");
        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        WikiClient colin = signedIn("colin", "Colin-Demo-1");
        assertThat(victor.get("pages/" + id).statusCode()).isEqualTo(200);
        Document form = Jsoup.parse(emma.get("pages/" + id + "/restrictions").body());
        assertThat(Jsoup.parse(emma.get("pages/" + id).body()).select("a[href=/pages/" + id + "/restrictions]")).hasSize(1);

        HttpResponse<String> saved = emma.postFields("pages/" + id + "/restrictions",
                List.of(Map.entry("csrf", csrf(form)), Map.entry("view", "colin")));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(victor.get("pages/" + id).statusCode()).isEqualTo(404);
        assertThat(victor.get("pages/" + id).body()).doesNotContain("Secret launch plan");
        assertThat(colin.get("pages/" + id).statusCode()).isEqualTo(200);
        assertThat(emma.get("pages/" + id).statusCode()).isEqualTo(200); // kept in the restriction she set
        Document after = Jsoup.parse(emma.get("pages/" + id + "/restrictions").body());
        assertThat(after.select("input[name=view][checked]").eachAttr("value")).containsExactly("colin", "emma");

        emma.postFields("pages/" + id + "/restrictions", List.of(Map.entry("csrf", csrf(form))));
        assertThat(victor.get("pages/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void editRestriction_letsOthersReadButNotEdit() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        long id = newPage(emma, "Pricing page draft");
        WikiClient admin = signedIn("admin", "Admin-Demo-1");
        Document form = Jsoup.parse(emma.get("pages/" + id + "/restrictions").body());

        emma.postFields("pages/" + id + "/restrictions", List.of(Map.entry("csrf", csrf(form)), Map.entry("edit", "emma")));

        assertThat(admin.get("pages/" + id).statusCode()).isEqualTo(200);
        assertThat(admin.get("pages/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(admin.get("pages/" + id + "/restrictions").statusCode()).isEqualTo(403);
        assertThat(emma.get("pages/" + id + "/edit").statusCode()).isEqualTo(200);
    }

    @Test
    void restrictions_refuseUnknownPeople_andViewersAndCommenters() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        long id = newPage(emma, "Roadmap notes");
        Document form = Jsoup.parse(emma.get("pages/" + id + "/restrictions").body());

        HttpResponse<String> refused = emma.postFields("pages/" + id + "/restrictions",
                List.of(Map.entry("csrf", csrf(form)), Map.entry("view", "nobody-here")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select(".jm-error").text()).contains("nobody-here");
        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        assertThat(victor.get("pages/" + id).statusCode()).isEqualTo(200); // nothing was restricted
        assertThat(victor.get("pages/" + id + "/restrictions").statusCode()).isEqualTo(403);
        Document victorsHome = Jsoup.parse(victor.get("").body());
        assertThat(victor.postFields("pages/" + id + "/restrictions",
                List.of(Map.entry("csrf", csrf(victorsHome)), Map.entry("view", "victor"))).statusCode()).isEqualTo(403);
        assertThat(signedIn("colin", "Colin-Demo-1").get("pages/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownAddresses_getAnHtmlErrorPageInTheReadersLanguage() throws Exception {
        WikiClient anonymous = new WikiClient(server.baseUri());
        HttpResponse<String> missing = anonymous.get("no/such/place");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(missing.body());
        assertThat(page.select(".jm-error-page[data-status=404] h1").text()).isEqualTo("Error 404");
        assertThat(page.select("a[href=/]")).isNotEmpty();

        HttpResponse<String> german = anonymous.get("pages/not-a-number", "Accept-Language", "de-DE");
        assertThat(german.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(german.body()).select(".jm-error-page h1").text()).isEqualTo("Fehler 404");

        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        HttpResponse<String> wrongMethod = emma.postForm("health", Map.of("x", "y"));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(Jsoup.parse(wrongMethod.body()).select(".jm-chrome__user").text()).contains("Emma");

        HttpResponse<String> api = anonymous.get("rest/journeymaps/1.0/no/such/resource");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void childPages_areCreatedUnderAParent_withBreadcrumbsAndAChildList() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        long parent = newPage(emma, "Research 2026");
        Document pageView = Jsoup.parse(emma.get("pages/" + parent).body());
        String createChild = pageView.selectFirst("a.jm-page__create-child").attr("href");
        assertThat(createChild).isEqualTo("/spaces/DEMO/create?parent=" + parent);
        Document form = Jsoup.parse(emma.get(createChild.substring(1)).body());
        assertThat(form.select("select[name=parent] option[selected]").val()).isEqualTo(String.valueOf(parent));

        HttpResponse<String> created = emma.postForm("spaces/DEMO/create", Map.of("csrf", csrf(form),
                "title", "Interview notes", "blueprint", "blank", "template", "b2c", "parent", String.valueOf(parent)));

        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        Document child = Jsoup.parse(emma.get(java.net.URI.create(location).getPath().substring(1)).body());
        assertThat(child.select(".jm-page__breadcrumbs a").eachText()).containsExactly("Research 2026");
        assertThat(Jsoup.parse(emma.get("pages/" + parent).body()).select(".jm-page__children a").eachText())
                .containsExactly("Interview notes");

        HttpResponse<String> badParent = emma.postForm("spaces/DEMO/create", Map.of("csrf", csrf(form),
                "title", "Orphan", "blueprint", "blank", "template", "b2c", "parent", "999999"));
        assertThat(badParent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badParent.body()).select(".jm-error").text()).contains("parent page");
    }

    @Test
    void childPagesHiddenByARestriction_areNotListedToThoseWhoMayNotSeeThem() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        long parent = newPage(emma, "Team space home");
        Document form = Jsoup.parse(emma.get("spaces/DEMO/create?parent=" + parent).body());
        String location = emma.postForm("spaces/DEMO/create", Map.of("csrf", csrf(form), "title", "Confidential child",
                "blueprint", "blank", "template", "b2c", "parent", String.valueOf(parent))).headers().firstValue("Location").orElseThrow();
        String child = java.net.URI.create(location).getPath().substring(1);
        Document restrictions = Jsoup.parse(emma.get(child + "/restrictions").body());
        emma.postFields(child + "/restrictions", List.of(Map.entry("csrf", csrf(restrictions)), Map.entry("view", "emma")));

        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        String seenByVictor = victor.get("pages/" + parent).body();
        assertThat(seenByVictor).doesNotContain("Confidential child");
        assertThat(Jsoup.parse(emma.get("pages/" + parent).body()).select(".jm-page__children a").eachText())
                .containsExactly("Confidential child");
    }

    @Test
    void insertPersona_turnsAPageIntoAPersonaPage_once() throws Exception {
        WikiClient emma = signedIn("emma", "Emma-Demo-1");
        long id = newPage(emma, "Priya the procurement lead");
        Document editor = Jsoup.parse(emma.get("pages/" + id + "/edit").body());
        String csrf = editor.selectFirst("form.jm-editor__insert-persona input[name=csrf]").val();

        HttpResponse<String> inserted = emma.postForm("pages/" + id + "/insert-persona", Map.of("csrf", csrf));

        assertThat(inserted.statusCode()).isEqualTo(303);
        String source = Jsoup.parse(emma.get("pages/" + id + "/edit").body()).selectFirst("textarea[name=body]").text();
        assertThat(source).contains("ac:name=\"journey-persona\"").contains("Priya the procurement lead");
        HttpResponse<String> again = emma.postForm("pages/" + id + "/insert-persona", Map.of("csrf", csrf));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).select(".jm-error").text()).contains("already holds a persona");
        WikiClient victor = signedIn("victor", "Victor-Demo-1");
        assertThat(victor.postForm("pages/" + id + "/insert-persona", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);
    }
}
