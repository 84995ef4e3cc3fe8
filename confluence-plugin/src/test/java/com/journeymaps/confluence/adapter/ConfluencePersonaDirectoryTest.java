package com.journeymaps.confluence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.Content;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.model.pagination.PageRequest;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.service.search.CQLSearchService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.links.LinkManager;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.PageReference;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

class ConfluencePersonaDirectoryTest {

    private static final long MAYA = 11;
    private static final long SECRET = 12;
    private static final long MAP = 20;
    private static final long SECRET_MAP = 21;
    private static final long OTHER_MAP = 22;

    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final LinkManager linkManager = mock(LinkManager.class);
    private final CQLSearchService search = mock(CQLSearchService.class);
    private final ConfluenceUser alice = mock(ConfluenceUser.class);
    private final StorageFormatCodec codec = new StorageFormatCodec();
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;
    /** The stub's constructor throws; Confluence's builds a request. Tests record the arguments instead. */
    private MockedConstruction<SimplePageRequest> pageRequests;
    private final List<List<?>> pageRequestArguments = new ArrayList<>();
    private ConfluencePersonaDirectory target;

    @BeforeAll
    static void distinctPermissions() {
        StubPermissions.giveDistinctValues();
    }

    @BeforeEach
    void setUp() {
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(alice);
        pageRequests = org.mockito.Mockito.mockConstruction(SimplePageRequest.class,
                (mock, context) -> pageRequestArguments.add(context.arguments()));
        target = new ConfluencePersonaDirectory(pageManager, permissionManager, linkManager, search);
    }

    @AfterEach
    void tearDown() {
        currentUser.close();
        pageRequests.close();
    }

    private Page page(long id, String title, String body, boolean visible) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(id);
        when(page.getTitle()).thenReturn(title);
        when(page.getBodyAsString()).thenReturn(body);
        when(pageManager.getPage(id)).thenReturn(page);
        when(permissionManager.hasPermission(same(alice), same(Permission.VIEW), same(page))).thenReturn(visible);
        return page;
    }

    private String personaBody(String json) {
        return codec.insert("<p>Guidance</p>", 0, MacroSpec.persona("persona-1", json));
    }

    private String mapBody(long... personaPages) {
        JourneyMap base = JourneyMapJson.parse("{\"schemaVersion\":1,\"id\":\"jm-1\",\"title\":\"Checkout\","
                + "\"stages\":[{\"id\":\"st-1\",\"name\":\"Pay\"}],\"lanes\":[]}").mapOrThrow();
        List<PersonaRef> refs = new ArrayList<>();
        for (long id : personaPages) {
            refs.add(new PersonaRef("pr-" + id, id, "Persona " + id, "buyer", Map.of()));
        }
        JourneyMap map = base.toBuilder().personas(refs).build();
        return codec.insert("<p>Map</p>", 0, MacroSpec.journeyMap(map.id(), JourneyMapJson.write(map)));
    }

    @Test
    void find_readsThePersonaOfAVisiblePage() {
        page(MAYA, "Persona: Maya", personaBody("{\"name\":\"Maya\",\"role\":\"Buyer\"}"), true);

        PersonaPage found = target.find(MAYA).orElseThrow();

        assertThat(found.page()).isEqualTo(new PageLink(MAYA, "Persona: Maya", "/pages/viewpage.action?pageId=" + MAYA));
        assertThat(found.persona()).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo("Buyer"));
    }

    @Test
    void find_isEmptyForAPageTheUserMayNotSeeAMissingPageAndAPageWithoutPersona() {
        page(SECRET, "Persona: Secret", personaBody("{\"name\":\"Q\"}"), false);
        page(MAP, "A map", mapBody(MAYA), true);

        assertThat(target.find(SECRET)).isEmpty();
        assertThat(target.find(999)).isEmpty();
        assertThat(target.find(MAP)).isEmpty();
    }

    @Test
    void find_asksForViewPermissionOfTheCurrentUserAndForAnAnonymousVisitorWithNull() {
        Page maya = page(MAYA, "Persona: Maya", personaBody("{}"), true);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(null);
        when(permissionManager.hasPermission(eq(null), same(Permission.VIEW), same(maya))).thenReturn(false);

        assertThat(target.find(MAYA)).isEmpty();
        verify(permissionManager).hasPermission(null, Permission.VIEW, maya);
    }

    @Test
    void linkTarget_isTheVisiblePersonaPagesTitleAndNothingForOthers() {
        page(MAYA, "Persona: Maya \"M\" <&>", personaBody("{\"name\":\"Maya\"}"), true);
        page(SECRET, "Persona: Secret", personaBody("{\"name\":\"Q\"}"), false);
        page(MAP, "A map", mapBody(MAYA), true);

        assertThat(target.linkTarget(MAYA)).contains(PageReference.inSameSpace("Persona: Maya \"M\" <&>"));
        assertThat(target.linkTarget(SECRET)).as("a page the saver may not see gives no title").isEmpty();
        assertThat(target.linkTarget(MAP)).as("not a persona page").isEmpty();
        assertThat(target.linkTarget(999)).as("deleted or unknown").isEmpty();
        verify(permissionManager).hasPermission(alice, Permission.VIEW, pageManager.getPage(SECRET));
    }

    @Test
    void mapsUsing_findsAMapPageThroughTheLinkItsSaveWroteAndStillChecksTheId() {
        Page maya = page(MAYA, "Persona: Maya", personaBody("{}"), true);
        String linked = codec.replaceBody(mapBody(MAYA), "jm-1", null, null,
                Map.of(StorageFormatCodec.PERSONA_LINKS_PARAMETER, List.of(PageReference.inSameSpace("Persona: Maya"))));
        Page map = page(MAP, "Store journey", linked, true);
        // a page whose personas parameter names Maya but whose map no longer references her by id
        String stale = codec.replaceBody(mapBody(), "jm-1", null, null,
                Map.of(StorageFormatCodec.PERSONA_LINKS_PARAMETER, List.of(PageReference.inSameSpace("Persona: Maya"))));
        Page other = page(OTHER_MAP, "Stale link", stale, true);
        when(linkManager.getReferringContent(maya)).thenReturn(List.of(other, map));

        assertThat(target.mapsUsing(MAYA)).containsExactly(new PageLink(MAP, "Store journey", "/pages/viewpage.action?pageId=" + MAP));
    }

    @Test
    void mapsUsing_keepsVisibleReferringPagesWhoseMapsLinkThePersona() {
        Page maya = page(MAYA, "Persona: Maya", personaBody("{}"), true);
        Page map = page(MAP, "Store journey", mapBody(MAYA), true);
        Page secret = page(SECRET_MAP, "Secret journey", mapBody(MAYA), false);
        Page other = page(OTHER_MAP, "Links Maya in text only", mapBody(), true);
        Comment comment = mock(Comment.class);
        List<ContentEntityObject> referring = List.of(secret, comment, other, map, map);
        when(linkManager.getReferringContent(maya)).thenReturn(referring);

        assertThat(target.mapsUsing(MAYA)).containsExactly(new PageLink(MAP, "Store journey", "/pages/viewpage.action?pageId=" + MAP));
    }

    @Test
    void mapsUsing_alsoFindsMapPagesThroughTheIndexWhenNoLinkIsRecorded() {
        Page maya = page(MAYA, "Persona: Maya", personaBody("{}"), true);
        page(MAP, "Store journey", mapBody(MAYA), true);
        page(SECRET_MAP, "Secret journey", mapBody(MAYA), false);
        page(OTHER_MAP, "Mentions 11 elsewhere", mapBody(13), true);
        page(30, "Another map with Maya", mapBody(13, MAYA), true);
        when(linkManager.getReferringContent(maya)).thenReturn(List.of());
        hits(OTHER_MAP, SECRET_MAP, 30, MAP, 999);

        List<PageLink> found = target.mapsUsing(MAYA);

        ArgumentCaptor<String> cql = ArgumentCaptor.forClass(String.class);
        verify(search).searchContent(cql.capture(), any(PageRequest.class), any(Expansion[].class));
        assertThat(cql.getValue()).isEqualTo("type = page and macro = \"journey-map\" and text ~ \"" + MAYA + "\"");
        assertThat(found).extracting(PageLink::title).containsExactly("Another map with Maya", "Store journey");
    }

    @Test
    void mapsUsing_ofAnInvisibleOrMissingPersonaIsEmptyWithoutAskingForLinks() {
        page(SECRET, "Persona: Secret", personaBody("{}"), false);

        assertThat(target.mapsUsing(SECRET)).isEmpty();
        assertThat(target.mapsUsing(999)).isEmpty();
        verify(linkManager, never()).getReferringContent(any());
        verify(search, never()).searchContent(anyString(), any(PageRequest.class), any(Expansion[].class));
    }

    @SuppressWarnings("unchecked")
    private void hits(long... ids) {
        List<Content> results = new ArrayList<>();
        for (long id : ids) {
            Content content = mock(Content.class);
            ContentId contentId = mock(ContentId.class);
            when(contentId.asLong()).thenReturn(id);
            when(content.getId()).thenReturn(contentId);
            results.add(content);
        }
        PageResponse<Content> response = mock(PageResponse.class);
        when(response.getResults()).thenReturn(results);
        when(search.searchContent(anyString(), any(PageRequest.class), any(Expansion[].class))).thenReturn(response);
    }

    @Test
    void search_asksCqlForPersonaPagesWithTheQuotedTitleAndKeepsVisibleMatches() {
        page(MAYA, "Persona: Maya", personaBody("{\"name\":\"Maya\"}"), true);
        page(SECRET, "Persona: Maya's secret twin", personaBody("{\"name\":\"Maya 2\"}"), false);
        hits(SECRET, MAYA);

        List<PersonaPage> found = target.search("  Ma\"ya ", 10);

        ArgumentCaptor<String> cql = ArgumentCaptor.forClass(String.class);
        verify(search).searchContent(cql.capture(), any(PageRequest.class), any(Expansion[].class));
        assertThat(cql.getValue()).isEqualTo("type = page and macro = \"journey-persona\" and title ~ \"Ma\\\"ya\" order by title");
        assertThat(found).as("the quote is not in any title, so nothing matches").isEmpty();
        assertThat(pageRequestArguments).containsExactly(List.of(0, ConfluencePersonaDirectory.MAX_SEARCH_HITS));
    }

    @Test
    void search_withoutQueryListsEveryVisiblePersonaHitUpToTheLimit() {
        page(MAYA, "Persona: Maya", personaBody("{\"name\":\"Maya\"}"), true);
        page(13, "Persona: Ann", personaBody("{\"name\":\"Ann\"}"), true);
        page(14, "Persona: Zed", personaBody("{\"name\":\"Zed\"}"), true);
        page(MAP, "Not a persona", mapBody(MAYA), true);
        hits(MAP, 14, MAYA, 13);

        List<PersonaPage> found = target.search("", 2);

        ArgumentCaptor<String> cql = ArgumentCaptor.forClass(String.class);
        verify(search).searchContent(cql.capture(), any(PageRequest.class), any(Expansion[].class));
        assertThat(cql.getValue()).isEqualTo("type = page and macro = \"journey-persona\" order by title");
        assertThat(found).extracting(p -> p.page().title()).containsExactly("Persona: Maya", "Persona: Zed");
    }

    @Test
    void search_matchesThePersonaNameAsWellAsTheTitle() {
        page(MAYA, "Persona: first-time buyer", personaBody("{\"name\":\"Maya Lindqvist\"}"), true);
        hits(MAYA);

        assertThat(target.search("lindqvist", 5)).extracting(p -> p.page().pageId()).containsExactly(MAYA);
    }

    @Test
    void search_withANonPositiveLimitAsksNothing() {
        assertThat(target.search("x", 0)).isEmpty();
        verify(search, never()).searchContent(anyString(), any(PageRequest.class), any(Expansion[].class));
    }

    @Test
    void cqlString_escapesBackslashAndQuote() {
        assertThat(ConfluencePersonaDirectory.cqlString("a\\b\"c")).isEqualTo("a\\\\b\\\"c");
    }
}
