package com.journeymaps.standalone.security;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.template.Templates;
import com.journeymaps.standalone.StandaloneConfig;
import com.journeymaps.standalone.StandaloneServer;
import com.journeymaps.standalone.auth.Passwords;
import com.journeymaps.standalone.store.DataDirectory;
import com.journeymaps.standalone.store.Database;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.UserStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A standalone server with the demo space plus what the security tests need: a person without any
 * role in the space ({@code nora}), a person named by the page restrictions ({@code rita}, an
 * editor), and four pages carrying unique marker strings in their titles and content:
 * <ul>
 *   <li>{@link #openPage}: an unrestricted map page whose map links the open demo persona and the
 *       view-restricted persona page;</li>
 *   <li>{@link #viewRestrictedPage}: a map page only rita may see, whose map links the open demo
 *       persona (so that persona's "used in" list would name it);</li>
 *   <li>{@link #editRestrictedPage}: a map page everyone in the space sees, only rita may edit;</li>
 *   <li>{@link #secretPersonaPage}: a persona page only rita may see;</li>
 *   <li>{@link #editRestrictedPersonaPage}: a persona page everyone in the space sees, only rita may edit;</li>
 *   <li>{@link #emptyMapPages}: one page per kind (open, view-restricted, edit-restricted) holding one empty
 *       map macro per {@link Caller} ({@link #emptyMapId}), so every caller has a map to start from a template.</li>
 * </ul>
 * The data is written before the server starts (the data directory admits one process at a time).
 */
final class SecurityFixture implements AutoCloseable {

    static final String OPEN_MAP = "jm-open";
    static final String VIEW_MAP = "jm-viewr";
    static final String EDIT_MAP = "jm-editr";

    /** Markers of pages only rita may see: no response to anyone else may contain them. */
    static final String VIEW_TITLE_MARKER = "ZqViewTitle7731";
    static final String VIEW_CONTENT_MARKER = "ZqViewContent7731";
    static final String PERSONA_TITLE_MARKER = "ZqPersonaTitle7731";
    static final String PERSONA_CONTENT_MARKER = "ZqPersonaContent7731";
    /** Content of the edit-restricted page: readable by the space, but never echoed by a refused call. */
    static final String EDIT_CONTENT_MARKER = "ZqEditContent7731";

    /** A person in the matrix: how they sign in (null for anonymous). */
    enum Caller {
        ANONYMOUS(null, null),
        NO_ROLE("nora", "Nora-Sec-1"),
        VIEWER("victor", "Victor-Demo-1"),
        COMMENTER("colin", "Colin-Demo-1"),
        EDITOR("emma", "Emma-Demo-1"),
        ADMIN("admin", "Admin-Demo-1"),
        /** Not one of the six: the one person the restrictions name, to show they admit someone. */
        RESTRICTION_LISTED("rita", "Rita-Sec-1");

        final String username;
        final String password;

        Caller(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    final StandaloneServer server;
    final long openPage;
    final long viewRestrictedPage;
    final long editRestrictedPage;
    final long secretPersonaPage;
    final long openPersonaPage;
    final long editRestrictedPersonaPage;
    /** Pages of empty map macros: open, view-restricted (only rita), edit-restricted (only rita edits). */
    final long[] emptyMapPages;

    private SecurityFixture(StandaloneServer server, long[] ids) {
        this.server = server;
        this.openPage = ids[0];
        this.viewRestrictedPage = ids[1];
        this.editRestrictedPage = ids[2];
        this.secretPersonaPage = ids[3];
        this.openPersonaPage = ids[4];
        this.editRestrictedPersonaPage = ids[5];
        this.emptyMapPages = new long[] {ids[6], ids[7], ids[8]};
    }

    /** The id of the empty map macro kept for {@code caller} on each of the {@link #emptyMapPages}. */
    static String emptyMapId(Caller caller) {
        return "jm-empty-" + caller.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static StandaloneConfig config(Path data) {
        return new StandaloneConfig("127.0.0.1", 0, data, true, 4);
    }

    /** More pages to write before the server starts. */
    interface Seeder {
        void seed(PageStore pages, PageStore.Space space);
    }

    /** A valid map of the kind the fixture stores, as JSON. */
    static String sampleMap() {
        JourneyMap map = map(4, "jm-sample", "Sample", "Sample objective", List.of());
        List<com.journeymaps.core.model.Touchpoint> touchpoints = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            touchpoints.add(com.journeymaps.core.model.Touchpoint.builder().id("tp-s" + i)
                    .stageId(map.stages().get(i % map.stages().size()).id()).name("Touchpoint " + i).channel("web")
                    .action("Does " + i).thought("Thinks " + i).owner("Team " + i).build());
        }
        return JourneyMapJson.write(map.toBuilder().touchpoints(touchpoints).build());
    }

    static SecurityFixture start(Path data) {
        return start(data, (pages, space) -> { });
    }

    static SecurityFixture start(Path data, Seeder more) {
        StandaloneServer seeding = new StandaloneServer(config(data));
        seeding.start(); // creates the demo space and people
        seeding.close();
        long[] ids;
        try (DataDirectory directory = DataDirectory.open(data); Database database = Database.open(directory)) {
            ids = seed(database);
            PageStore pages = new PageStore(database, Clock.systemUTC());
            more.seed(pages, pages.space("DEMO").orElseThrow());
        }
        StandaloneServer server = new StandaloneServer(config(data));
        server.start();
        return new SecurityFixture(server, ids);
    }

    private static long[] seed(Database database) {
        Clock clock = Clock.systemUTC();
        PageStore pages = new PageStore(database, clock);
        UserStore users = new UserStore(database, clock);
        PermissionStore permissions = new PermissionStore(database);
        Passwords passwords = new Passwords(4);
        users.create("nora", "Nora NoRole", passwords.hash("Nora-Sec-1"));
        users.create("rita", "Rita Restricted", passwords.hash("Rita-Sec-1"));
        PageStore.Space space = pages.space("DEMO").orElseThrow();
        permissions.grant(space.id(), "rita", "editor");
        long maya = pages.pageIdByTitle("DEMO", "Persona: Maya, first-time buyer").orElseThrow();

        long secretPersona = pages.createPage(space, "Persona " + PERSONA_TITLE_MARKER,
                "<p>" + PERSONA_CONTENT_MARKER + "</p>\n" + persona("persona-secret",
                        "{\"name\":\"" + PERSONA_CONTENT_MARKER + " name\",\"role\":\"" + PERSONA_CONTENT_MARKER
                                + " role\",\"quote\":\"" + PERSONA_CONTENT_MARKER + " quote\"}"),
                "system", "security fixture");
        permissions.restrict(secretPersona, "view", "rita");

        // The open map links the secret persona under a neutral label: the label is the map's own data,
        // the persona page's title and content must never be shown through it.
        JourneyMap open = map(1, OPEN_MAP, "Open map", "Open objective", List.of(
                new PersonaRef("pr-maya", maya, "Persona: Maya, first-time buyer", "buyer"),
                new PersonaRef("pr-secret", secretPersona, "Linked persona", "user")));
        long openPage = pages.createPage(space, "Security open page", page("<p>Open page.</p>\n", open), "system", "security fixture");

        JourneyMap secret = map(2, VIEW_MAP, VIEW_CONTENT_MARKER + " map", VIEW_CONTENT_MARKER + " objective", List.of(
                new PersonaRef("pr-maya", maya, "Persona: Maya, first-time buyer", "buyer")));
        long viewPage = pages.createPage(space, "Secret " + VIEW_TITLE_MARKER,
                page("<p>" + VIEW_CONTENT_MARKER + " intro</p>\n", secret), "system", "security fixture");
        permissions.restrict(viewPage, "view", "rita");

        JourneyMap locked = map(3, EDIT_MAP, EDIT_CONTENT_MARKER + " map", EDIT_CONTENT_MARKER + " objective", List.of());
        long editPage = pages.createPage(space, "Security edit-restricted page",
                page("<p>" + EDIT_CONTENT_MARKER + " intro</p>\n", locked), "system", "security fixture");
        permissions.restrict(editPage, "edit", "rita");

        long lockedPersona = pages.createPage(space, "Persona edit-restricted",
                "<p>Locked persona.</p>\n" + persona("persona-locked",
                        "{\"name\":\"Locked persona " + EDIT_CONTENT_MARKER + "\",\"role\":\"auditor\"}"),
                "system", "security fixture");
        permissions.restrict(lockedPersona, "edit", "rita");

        String empties = "<p>Empty maps, one per caller.</p>\n";
        for (Caller caller : Caller.values()) {
            empties = new StorageFormatCodec().insert(empties, empties.length(), MacroSpec.journeyMap(emptyMapId(caller), ""));
        }
        long emptyOpen = pages.createPage(space, "Security empty maps", empties, "system", "security fixture");
        long emptyView = pages.createPage(space, "Secret empty maps " + VIEW_TITLE_MARKER, empties, "system", "security fixture");
        permissions.restrict(emptyView, "view", "rita");
        long emptyEdit = pages.createPage(space, "Security edit-restricted empty maps", empties, "system", "security fixture");
        permissions.restrict(emptyEdit, "edit", "rita");
        return new long[] {openPage, viewPage, editPage, secretPersona, maya, lockedPersona, emptyOpen, emptyView, emptyEdit};
    }

    private static JourneyMap map(int seed, String id, String title, String objective, List<PersonaRef> personas) {
        JourneyMap template = Templates.create("b2c", BundleTexts.forLocale(Locale.ENGLISH), Ids.seeded(seed));
        return template.toBuilder().id(id).title(title).objective(objective).personas(personas).build();
    }

    private static String page(String intro, JourneyMap map) {
        return new StorageFormatCodec().insert(intro, intro.length(), MacroSpec.journeyMap(map.id(), JourneyMapJson.write(map)));
    }

    private static String persona(String id, String json) {
        return new StorageFormatCodec().insert("", 0, MacroSpec.persona(id, json));
    }

    /** The map id of each page in the matrix. */
    Map<Long, String> mapIds() {
        return Map.of(openPage, OPEN_MAP, viewRestrictedPage, VIEW_MAP, editRestrictedPage, EDIT_MAP);
    }

    @Override
    public void close() {
        server.close();
    }
}
