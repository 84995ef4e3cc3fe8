package com.journeymaps.web.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.StalePageVersionException;
import com.journeymaps.web.port.Viewer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class MapServiceTest {

    private static final long PAGE = 7;
    private static final String PREFIX = "<h1>Intro &amp; more</h1><p>text</p>";
    private static final String SUFFIX = "<p>after</p>";

    @Mock
    private PageBodies pages;

    @Mock
    private Viewer viewer;

    private MapService target;
    private JourneyMap map;

    @BeforeEach
    void setUp() {
        lenient().when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.ENGLISH));
        lenient().when(viewer.can(PagePermission.VIEW, PAGE)).thenReturn(true);
        lenient().when(viewer.can(PagePermission.EDIT, PAGE)).thenReturn(true);
        map = JourneyMapTestData.aSmallMap();
        target = new MapService(pages, viewer);
    }

    private PageSnapshot page(int version, JourneyMap content) {
        String body = new StorageFormatCodec().insert(PREFIX + SUFFIX, PREFIX.length(),
                MacroSpec.journeyMap(map.id(), JourneyMapJson.write(content)));
        return new PageSnapshot(PAGE, "Map page", "S", version, body, "someone", Instant.EPOCH);
    }

    private void stored(int version, JourneyMap content) {
        PageSnapshot snapshot = page(version, content);
        lenient().when(pages.current(PAGE)).thenReturn(Optional.of(snapshot));
        lenient().when(pages.version(PAGE, version)).thenReturn(Optional.of(snapshot));
    }

    private void savesSucceed() {
        when(pages.save(eq(PAGE), anyInt(), anyString(), anyString())).thenAnswer(call ->
                new PageSnapshot(PAGE, "Map page", "S", (int) call.getArgument(1) + 1, call.getArgument(2), "me", Instant.EPOCH));
    }

    @Test
    void read_returnsTheMapAndItsPageVersion() {
        stored(3, map);

        MapDocument document = target.read(PAGE, map.id());

        assertThat(document.pageVersion()).isEqualTo(3);
        assertThat(document.map()).contains(map);
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void read_reportsABrokenStoredMapWithItsProblemsAndRawJson() {
        String body = new StorageFormatCodec().insert("", 0, MacroSpec.journeyMap(map.id(), "{\"title\": 3"));
        when(pages.current(PAGE)).thenReturn(Optional.of(new PageSnapshot(PAGE, "t", "S", 1, body, "x", Instant.EPOCH)));

        MapDocument document = target.read(PAGE, map.id());

        assertThat(document.map()).isEmpty();
        assertThat(document.problems()).isNotEmpty();
        assertThat(document.storedJson()).isEqualTo("{\"title\": 3");
    }

    @Test
    void read_treatsAnInvisiblePageExactlyLikeAMissingOne() {
        when(viewer.can(PagePermission.VIEW, PAGE)).thenReturn(false);

        assertThatThrownBy(() -> target.read(PAGE, map.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("page-not-found");
                });
        verify(pages, never()).current(anyLong());
    }

    @Test
    void save_onTheCurrentVersionReplacesOnlyTheMacroBody() {
        stored(3, map);
        savesSucceed();
        JourneyMap edited = map.withTitle("Renamed");

        SaveResult result = target.save(PAGE, map.id(), 3, JourneyMapJson.write(edited));

        assertThat(result.pageVersion()).isEqualTo(4);
        assertThat(result.merged()).isFalse();
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(pages).save(eq(PAGE), eq(3), body.capture(), anyString());
        assertThat(body.getValue()).startsWith(PREFIX).endsWith(SUFFIX);
        assertThat(new StorageFormatCodec().get(body.getValue(), map.id()).body()).isEqualTo(JourneyMapJson.write(edited));
    }

    @Test
    void save_mergesDisjointChangesWhenThePageMovedOn() {
        JourneyMap theirs = map.withTitle("Their title");
        stored(3, map);
        stored(4, theirs);
        savesSucceed();
        JourneyMap ours = map.toBuilder().objective("Our objective").build();

        SaveResult result = target.save(PAGE, map.id(), 3, JourneyMapJson.write(ours));

        assertThat(result.merged()).isTrue();
        assertThat(result.map().title()).isEqualTo("Their title");
        assertThat(result.map().objective()).isEqualTo("Our objective");
        verify(pages).save(eq(PAGE), eq(4), anyString(), anyString());
    }

    @Test
    void save_refusesTrueConflictsWithBothValuesAndWritesNothing() {
        stored(3, map);
        stored(4, map.withTitle("Their title"));

        assertThatThrownBy(() -> target.save(PAGE, map.id(), 3, JourneyMapJson.write(map.withTitle("Our title"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("conflict");
                    assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.message()).contains("title"));
                    assertThat(e.conflicts()).hasValueSatisfying(c -> {
                        assertThat(c.get(0).get("ours").asText()).isEqualTo("Our title");
                        assertThat(c.get(0).get("theirs").asText()).isEqualTo("Their title");
                    });
                });
        verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
    }

    @Test
    void save_retriesThroughTheMergeWhenAnotherSaveLandsInBetween() {
        stored(3, map);
        JourneyMap theirs = map.withTitle("Their title");
        PageSnapshot newer = page(4, theirs);
        when(pages.save(eq(PAGE), eq(3), anyString(), anyString())).thenAnswer(call -> {
            when(pages.current(PAGE)).thenReturn(Optional.of(newer));
            throw new StalePageVersionException(PAGE, 3, 4);
        });
        when(pages.save(eq(PAGE), eq(4), anyString(), anyString())).thenAnswer(call ->
                new PageSnapshot(PAGE, "t", "S", 5, call.getArgument(2), "me", Instant.EPOCH));

        SaveResult result = target.save(PAGE, map.id(), 3, JourneyMapJson.write(map.toBuilder().objective("Ours").build()));

        assertThat(result.pageVersion()).isEqualTo(5);
        assertThat(result.map().title()).isEqualTo("Their title");
        assertThat(result.map().objective()).isEqualTo("Ours");
    }

    @Test
    void save_refusesInvalidMapsWithPointersAndWritesNothing() {
        stored(3, map);
        String json = JourneyMapJson.write(map).replaceFirst("\"stageId\":\"[^\"]+\"", "\"stageId\":\"st-nowhere\"");

        assertThatThrownBy(() -> target.save(PAGE, map.id(), 3, json))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.details()).anySatisfy(d -> assertThat(d.message()).contains("st-nowhere"));
                });
        verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
    }

    @Test
    void save_refusesAMapWhoseIdIsNotTheOneBeingSaved() {
        stored(3, map);

        assertThatThrownBy(() -> target.save(PAGE, map.id(), 3, JourneyMapJson.write(map.toBuilder().id("jm-other").build())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details()).singleElement()
                        .satisfies(d -> assertThat(d.pointer()).isEqualTo("/id")));
    }

    @Test
    void save_needsEditPermissionAndRefusesInReadOnlyMode() {
        when(viewer.can(PagePermission.EDIT, PAGE)).thenReturn(false);
        assertThatThrownBy(() -> target.save(PAGE, map.id(), 1, JourneyMapJson.write(map)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));

        when(viewer.can(PagePermission.EDIT, PAGE)).thenReturn(true);
        when(viewer.readOnly()).thenReturn(true);
        assertThatThrownBy(() -> target.save(PAGE, map.id(), 1, JourneyMapJson.write(map)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("read-only");
                });
        verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
    }

    @Test
    void repair_fixesTheStoredMapMechanicallyAndSavesIt() {
        String brokenJson = JourneyMapJson.write(map).replaceFirst("\"stageId\":\"[^\"]+\"", "\"stageId\":\"st-gone\"");
        String body = new StorageFormatCodec().insert("", 0, MacroSpec.journeyMap(map.id(), brokenJson));
        PageSnapshot broken = new PageSnapshot(PAGE, "t", "S", 3, body, "x", Instant.EPOCH);
        when(pages.current(PAGE)).thenReturn(Optional.of(broken));
        when(pages.version(PAGE, 3)).thenReturn(Optional.of(broken));
        savesSucceed();

        SaveResult result = target.repair(PAGE, map.id(), 3);

        assertThat(result.pageVersion()).isEqualTo(4);
        assertThat(com.journeymaps.core.validation.MapValidator.validate(result.map())).isEmpty();
        assertThat(result.map().touchpoints().get(0).stageId()).isEqualTo(map.stages().get(0).id());
    }

    @Test
    void repair_refusesWhatNeedsAPersonAndWritesNothing() {
        String brokenJson = JourneyMapJson.write(map).replaceFirst("\"name\":\"[^\"]+\"", "\"name\":\"\"");
        String body = new StorageFormatCodec().insert("", 0, MacroSpec.journeyMap(map.id(), brokenJson));
        when(pages.version(PAGE, 3)).thenReturn(Optional.of(new PageSnapshot(PAGE, "t", "S", 3, body, "x", Instant.EPOCH)));

        assertThatThrownBy(() -> target.repair(PAGE, map.id(), 3))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("not-repairable");
                    assertThat(e.details()).isNotEmpty();
                });
        verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
    }

    private void storedEmpty(int version) {
        String body = new StorageFormatCodec().insert(PREFIX + SUFFIX, PREFIX.length(), MacroSpec.journeyMap(map.id(), ""));
        PageSnapshot snapshot = new PageSnapshot(PAGE, "Map page", "S", version, body, "someone", Instant.EPOCH);
        lenient().when(pages.current(PAGE)).thenReturn(Optional.of(snapshot));
        lenient().when(pages.version(PAGE, version)).thenReturn(Optional.of(snapshot));
    }

    @Test
    void startFromTemplate_fillsTheEmptyMacroWithTheTemplateUnderTheMacrosIdInTheViewersLanguage() {
        lenient().when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.GERMAN));
        storedEmpty(2);
        savesSucceed();

        SaveResult result = target.startFromTemplate(PAGE, map.id(), "b2c", 2);

        assertThat(result.pageVersion()).isEqualTo(3);
        assertThat(result.map().id()).isEqualTo(map.id());
        assertThat(result.map().title()).isEqualTo(com.journeymaps.core.template.Templates.create("b2c",
                BundleTexts.forLocale(Locale.GERMAN), com.journeymaps.core.model.Ids.seeded(1)).title());
        assertThat(result.map().stages()).hasSize(5);
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(pages).save(eq(PAGE), eq(2), body.capture(), anyString());
        assertThat(body.getValue()).startsWith(PREFIX).endsWith(SUFFIX);
        assertThat(new StorageFormatCodec().get(body.getValue(), map.id()).body()).contains("\"id\":\"" + map.id() + "\"");
    }

    @Test
    void startFromTemplate_neverOverwritesAMapThatHasContent() {
        stored(3, map);

        assertThatThrownBy(() -> target.startFromTemplate(PAGE, map.id(), "b2c", 3))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("map-not-empty");
                    assertThat(e.getMessage()).contains(map.id());
                });
        verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
    }

    @Test
    void startFromTemplate_refusesAnUnknownTemplateNamingItAndWritesNothing() {
        storedEmpty(2);

        assertThatThrownBy(() -> target.startFromTemplate(PAGE, map.id(), "no-such-template", 2))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("unknown-template");
                    assertThat(e.getMessage()).contains("no-such-template");
                });
        assertThatThrownBy(() -> target.startFromTemplate(PAGE, map.id(), null, 2))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("unknown-template"));
        verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
    }

    @Test
    void startFromTemplate_needsEditPermission() {
        storedEmpty(2);
        when(viewer.can(PagePermission.EDIT, PAGE)).thenReturn(false);

        assertThatThrownBy(() -> target.startFromTemplate(PAGE, map.id(), "blank", 2))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
    }
}
