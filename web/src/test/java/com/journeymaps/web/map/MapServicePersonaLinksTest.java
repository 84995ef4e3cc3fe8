package com.journeymaps.web.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.PageReference;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Every save path writes the macro's persona links from the saved map, as the saver sees the persona pages. */
@ExtendWith(MockitoExtension.class)
class MapServicePersonaLinksTest {

    private static final long PAGE = 7;
    private static final String PERSONAS = StorageFormatCodec.PERSONA_LINKS_PARAMETER;
    private static final String PREFIX = "<h1>Intro &amp; more</h1><p><ac:link><ri:page ri:content-title=\"Keep me\"/></ac:link></p>";
    private static final String SUFFIX = "<p>after</p>";
    private static final long ALICE = 1001;
    private static final long HIDDEN = 1002;
    private static final long GONE = 1003;
    private static final long BOB = 1004;

    @Mock
    private PageBodies pages;

    @Mock
    private Viewer viewer;

    private final StorageFormatCodec codec = new StorageFormatCodec();
    private final FakeDirectory directory = new FakeDirectory();
    private JourneyMap map;
    private MapService target;

    @BeforeEach
    void setUp() {
        lenient().when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.ENGLISH));
        lenient().when(viewer.can(PagePermission.VIEW, PAGE)).thenReturn(true);
        lenient().when(viewer.can(PagePermission.EDIT, PAGE)).thenReturn(true);
        map = JourneyMapTestData.aSmallMap();
        directory.visible.put(ALICE, new PageReference("Persona: Alice \"the buyer\" <A&B>", "UX"));
        directory.visible.put(BOB, PageReference.inSameSpace("Persona: Bob"));
        // HIDDEN exists but the saver may not see it; GONE was deleted
        target = new MapService(pages, viewer, directory);
    }

    private static PersonaRef ref(String id, long pageId, String cachedTitle) {
        return new PersonaRef(id, pageId, cachedTitle, null);
    }

    private JourneyMap withPersonas(JourneyMap base, PersonaRef... refs) {
        return base.toBuilder().personas(List.of(refs)).build();
    }

    private PageSnapshot stored(int version, String body) {
        PageSnapshot snapshot = new PageSnapshot(PAGE, "Map page", "S", version, body, "someone", Instant.EPOCH);
        lenient().when(pages.current(PAGE)).thenReturn(Optional.of(snapshot));
        lenient().when(pages.version(PAGE, version)).thenReturn(Optional.of(snapshot));
        return snapshot;
    }

    private String body(JourneyMap content) {
        return codec.insert(PREFIX + SUFFIX, PREFIX.length(), MacroSpec.journeyMap(map.id(), JourneyMapJson.write(content)));
    }

    private String savedBody() {
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(pages).save(eq(PAGE), anyInt(), body.capture(), anyString());
        return body.getValue();
    }

    private void savesSucceed() {
        when(pages.save(eq(PAGE), anyInt(), anyString(), anyString())).thenAnswer(call ->
                new PageSnapshot(PAGE, "Map page", "S", (int) call.getArgument(1) + 1, call.getArgument(2), "me", Instant.EPOCH));
    }

    @Test
    void save_linksEveryPersonaPageTheSaverCanSeeAndNoOther() {
        stored(3, body(map));
        savesSucceed();
        JourneyMap linked = withPersonas(map, ref("pr-1", ALICE, "Alice (cached)"), ref("pr-2", HIDDEN, "Hidden (cached)"),
                ref("pr-3", GONE, "Gone (cached)"), ref("pr-4", BOB, "Bob (cached)"), ref("pr-5", ALICE, "Alice again"));

        target.save(PAGE, map.id(), 3, JourneyMapJson.write(linked));

        String saved = savedBody();
        assertThat(codec.pageLinks(saved, map.id(), PERSONAS)).containsExactly(
                new PageReference("Persona: Alice \"the buyer\" <A&B>", "UX"), PageReference.inSameSpace("Persona: Bob"));
        assertThat(saved).doesNotContain(FakeDirectory.HIDDEN_TITLE);
        assertThat(saved).startsWith(PREFIX).endsWith(SUFFIX);
        JourneyMap back = JourneyMapJson.parse(codec.get(saved, map.id()).body()).mapOrThrow();
        assertThat(back.personas()).extracting(PersonaRef::pageId).containsExactly(ALICE, HIDDEN, GONE, BOB, ALICE);
        assertThat(directory.lookups).containsExactlyInAnyOrder(ALICE, HIDDEN, GONE, BOB);
    }

    @Test
    void save_withoutPersonasRemovesTheLinksAndLeavesThePageAsItWasAroundTheMacro() {
        String linkedBody = codec.replaceBody(body(withPersonas(map, ref("pr-1", ALICE, "A"))), map.id(), null, null,
                Map.of(PERSONAS, List.of(PageReference.inSameSpace("Persona: Alice"))));
        stored(3, linkedBody);
        savesSucceed();

        target.save(PAGE, map.id(), 3, JourneyMapJson.write(map));

        String saved = savedBody();
        assertThat(codec.pageLinks(saved, map.id(), PERSONAS)).isEmpty();
        assertThat(saved).isEqualTo(body(map));
    }

    @Test
    void save_fixesLinksAPersonOrAnOlderVersionLeftStale() {
        String stale = codec.replaceBody(body(withPersonas(map, ref("pr-1", ALICE, "A"))), map.id(), null, null,
                Map.of(PERSONAS, List.of(PageReference.inSameSpace("Old title of Alice"), PageReference.inSameSpace("Someone else"))));
        stored(3, stale);
        savesSucceed();

        target.save(PAGE, map.id(), 3, JourneyMapJson.write(withPersonas(map, ref("pr-1", ALICE, "A")).withTitle("New")));

        assertThat(codec.pageLinks(savedBody(), map.id(), PERSONAS))
                .containsExactly(new PageReference("Persona: Alice \"the buyer\" <A&B>", "UX"));
    }

    @Test
    void save_mergedWithANewerVersionLinksThePersonasOfTheMergedMap() {
        JourneyMap base = withPersonas(map, ref("pr-1", ALICE, "A"));
        stored(3, body(base));
        JourneyMap theirs = withPersonas(map, ref("pr-1", ALICE, "A"), ref("pr-4", BOB, "B"));
        PageSnapshot current = new PageSnapshot(PAGE, "Map page", "S", 4, body(theirs), "other", Instant.EPOCH);
        when(pages.current(PAGE)).thenReturn(Optional.of(current));
        savesSucceed();

        SaveResult result = target.save(PAGE, map.id(), 3, JourneyMapJson.write(base.withTitle("Ours")));

        assertThat(result.merged()).isTrue();
        assertThat(codec.pageLinks(savedBody(), map.id(), PERSONAS))
                .containsExactly(new PageReference("Persona: Alice \"the buyer\" <A&B>", "UX"), PageReference.inSameSpace("Persona: Bob"));
    }

    @Test
    void restore_writesTheLinksOfTheRestoredMapAsTheRestorerSeesThem() {
        JourneyMap old = withPersonas(map, ref("pr-4", BOB, "B"), ref("pr-2", HIDDEN, "H"));
        stored(2, body(old));
        stored(5, body(map));
        savesSucceed();

        new HistoryService(pages, viewer, target).restore(PAGE, map.id(), 2, 5);

        assertThat(codec.pageLinks(savedBody(), map.id(), PERSONAS)).containsExactly(PageReference.inSameSpace("Persona: Bob"));
    }

    @Test
    void save_withoutADirectoryKeepsTheStoredLinksExactlyAsTheyAre() {
        String confluenceForm = body(map).replace("</ac:parameter>", "</ac:parameter><ac:parameter ac:name=\"personas\">"
                + "<ac:link><ri:page ri:content-title='Renamed by Confluence' ri:version-at-save=\"2\"/></ac:link></ac:parameter>");
        stored(3, confluenceForm);
        savesSucceed();

        new MapService(pages, viewer).save(PAGE, map.id(), 3, JourneyMapJson.write(map.withTitle("Renamed map")));

        String saved = savedBody();
        assertThat(saved).contains("<ac:parameter ac:name=\"personas\"><ac:link><ri:page ri:content-title='Renamed by Confluence'"
                + " ri:version-at-save=\"2\"/></ac:link></ac:parameter>");
        assertThat(directory.lookups).isEmpty();
    }

    /** Alice and Bob are visible; HIDDEN exists but not for this viewer; GONE does not exist. */
    private static final class FakeDirectory implements PersonaDirectory {
        static final String HIDDEN_TITLE = "Top secret acquisition target";
        final Map<Long, PageReference> visible = new HashMap<>();
        final List<Long> lookups = new ArrayList<>();

        @Override
        public Optional<PageReference> linkTarget(long pageId) {
            lookups.add(pageId);
            return Optional.ofNullable(visible.get(pageId));
        }

        @Override
        public Optional<PersonaPage> find(long pageId) {
            return Optional.ofNullable(visible.get(pageId))
                    .map(ref -> new PersonaPage(new PageLink(pageId, ref.title(), "/pages/" + pageId), Optional.empty()));
        }

        @Override
        public List<PageLink> mapsUsing(long personaPageId) {
            return List.of();
        }

        @Override
        public List<PersonaPage> search(String query, int limit) {
            return List.of();
        }
    }
}
