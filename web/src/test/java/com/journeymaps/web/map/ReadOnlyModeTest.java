package com.journeymaps.web.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.journeymaps.core.csv.TouchpointCsv;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.Viewer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Read-only mode (the host's maintenance mode): every call that would write a page version refuses with 503
 * {@code read-only} and the reason in the caller's language, writes nothing, and reads say the map cannot be edited.
 * Permission answers come first, so a hidden page is still a 404 and a viewer still gets 403.
 */
@ExtendWith(MockitoExtension.class)
class ReadOnlyModeTest {

    private static final long PAGE = 7;

    @Mock
    private PageBodies pages;

    @Mock
    private Viewer viewer;

    private MapService maps;
    private HistoryService history;
    private ExchangeService exchange;
    private JourneyMap map;

    @BeforeEach
    void setUp() {
        lenient().when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.GERMAN));
        lenient().when(viewer.can(PagePermission.VIEW, PAGE)).thenReturn(true);
        lenient().when(viewer.can(PagePermission.EDIT, PAGE)).thenReturn(true);
        lenient().when(viewer.readOnly()).thenReturn(true);
        map = JourneyMapTestData.aSmallMap();
        String body = new StorageFormatCodec().insert("<p>x</p>", 0, MacroSpec.journeyMap(map.id(), JourneyMapJson.write(map)));
        PageSnapshot page = new PageSnapshot(PAGE, "Map page", "S", 3, body, "someone", Instant.EPOCH);
        lenient().when(pages.current(PAGE)).thenReturn(Optional.of(page));
        lenient().when(pages.version(PAGE, 3)).thenReturn(Optional.of(page));
        maps = new MapService(pages, viewer);
        history = new HistoryService(pages, viewer, maps);
        exchange = new ExchangeService(maps, viewer);
    }

    private void refusedAsReadOnly(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("read-only");
            assertThat(e.getMessage()).as("translated").isEqualTo(
                    BundleTexts.forLocale(Locale.GERMAN).getText("journeymaps.api.error.readonly")).contains("schreibgesch");
            verify(pages, never()).save(anyLong(), anyInt(), anyString(), anyString());
            return;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void save_isRefused() {
        refusedAsReadOnly(() -> maps.save(PAGE, map.id(), 3, JourneyMapJson.write(map.withTitle("Changed"))));
    }

    @Test
    void repair_isRefused() {
        refusedAsReadOnly(() -> maps.repair(PAGE, map.id(), 3));
    }

    @Test
    void restore_isRefused() {
        refusedAsReadOnly(() -> history.restore(PAGE, map.id(), 3, 3));
    }

    @Test
    void csvImport_isRefusedEvenForAValidFile() {
        String csv = TouchpointCsv.export(map);
        refusedAsReadOnly(() -> exchange.apply(PAGE, map.id(), 3, csv));
    }

    @Test
    void reads_stillWorkAndSayTheMapCannotBeEdited() {
        MapDocument read = maps.read(PAGE, map.id());

        assertThat(read.map()).contains(map);
        assertThat(read.canEdit()).isFalse();
        assertThat(exchange.preview(PAGE, map.id(), TouchpointCsv.export(map)).problems()).isEmpty();
    }

    @Test
    void aHiddenPageIsStillNotFoundAndAViewerStillForbidden() {
        when(viewer.can(PagePermission.VIEW, 8L)).thenReturn(false);
        when(viewer.can(PagePermission.EDIT, PAGE)).thenReturn(false);

        assertThat(status(() -> maps.save(8L, map.id(), 3, JourneyMapJson.write(map)))).isEqualTo(404);
        assertThat(status(() -> maps.save(PAGE, map.id(), 3, JourneyMapJson.write(map)))).isEqualTo(403);
        assertThat(status(() -> exchange.apply(PAGE, map.id(), 3, "x"))).isEqualTo(403);
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.status();
        }
        throw new AssertionError("not refused");
    }
}
