package com.journeymaps.web.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.MapService;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.PageVersion;
import com.journeymaps.web.port.StalePageVersionException;
import com.journeymaps.web.port.Viewer;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.mockito.quality.Strictness;

/**
 * What the resource tests share: a mocked {@link PageBodies} backed by a list of versions of one map page
 * ({@link #PAGE}), a second page the caller may not see ({@link #SECRET}, titled {@link #SECRET_TITLE}, which must
 * never appear in an answer), a mocked {@link Viewer} who may do everything on {@link #PAGE} until a test takes a
 * permission away, and {@link #call} to turn a refusal into the response the exception mapper sends.
 */
final class ResourceFixture {

    static final long PAGE = 7;
    static final long SECRET = 8;
    static final long MISSING = 9;
    static final String SECRET_TITLE = "Secret acquisition roadmap";
    static final String PREFIX = "<p>Intro &amp; context</p>";
    static final String SUFFIX = "<p>after</p>";

    final PageBodies pages = mock(PageBodies.class, withSettings().strictness(Strictness.LENIENT));
    final Viewer viewer = mock(Viewer.class, withSettings().strictness(Strictness.LENIENT));
    final JourneyMap map = JourneyMapTestData.aSmallMap();
    final List<PageSnapshot> versions = new ArrayList<>();
    final MapService maps = new MapService(pages, viewer);

    ResourceFixture() {
        when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.ENGLISH));
        when(viewer.username()).thenReturn(Optional.of("emma"));
        for (PagePermission permission : PagePermission.values()) {
            when(viewer.can(permission, PAGE)).thenReturn(true);
            when(viewer.can(permission, SECRET)).thenReturn(false);
            when(viewer.can(permission, MISSING)).thenReturn(false);
        }
        when(pages.current(PAGE)).thenAnswer(call -> Optional.of(versions.get(versions.size() - 1)));
        when(pages.version(eq(PAGE), anyInt())).thenAnswer(call -> {
            int version = call.getArgument(1);
            return version >= 1 && version <= versions.size() ? Optional.of(versions.get(version - 1)) : Optional.empty();
        });
        when(pages.versions(PAGE)).thenAnswer(call -> versions.stream()
                .sorted(Comparator.comparingInt(PageSnapshot::version).reversed())
                .map(page -> new PageVersion(page.version(), page.author(), page.modified(), "v" + page.version()))
                .toList());
        when(pages.save(eq(PAGE), anyInt(), anyString(), anyString())).thenAnswer(call -> {
            int expected = call.getArgument(1);
            if (expected != versions.size()) {
                throw new StalePageVersionException(PAGE, expected, versions.size());
            }
            return append(call.getArgument(2));
        });
        PageSnapshot secret = new PageSnapshot(SECRET, SECRET_TITLE, "S", 1, bodyWith(map), "someone", Instant.EPOCH);
        when(pages.current(SECRET)).thenReturn(Optional.of(secret));
        when(pages.version(SECRET, 1)).thenReturn(Optional.of(secret));
        when(pages.current(MISSING)).thenReturn(Optional.empty());
        when(pages.version(eq(MISSING), anyInt())).thenReturn(Optional.empty());
        append(bodyWith(map));
    }

    /** A page body holding {@code content} as its map between fixed text. */
    static String bodyWith(JourneyMap content) {
        return new StorageFormatCodec().insert(PREFIX + SUFFIX, PREFIX.length(),
                MacroSpec.journeyMap(content.id(), JourneyMapJson.write(content)));
    }

    /** Stores a new version of {@link #PAGE} as someone else would (no permission check) and returns it. */
    PageSnapshot append(String body) {
        PageSnapshot page = new PageSnapshot(PAGE, "Checkout map", "S", versions.size() + 1, body, "emma",
                Instant.parse("2026-11-01T10:00:00Z").plusSeconds(60L * versions.size()));
        versions.add(page);
        return page;
    }

    /** The newest stored version of {@link #PAGE}. */
    PageSnapshot current() {
        return versions.get(versions.size() - 1);
    }

    int version() {
        return versions.size();
    }

    void deny(PagePermission permission) {
        when(viewer.can(permission, PAGE)).thenReturn(false);
    }

    void readOnly() {
        when(viewer.readOnly()).thenReturn(true);
    }

    void anonymous() {
        when(viewer.username()).thenReturn(Optional.empty());
    }

    /** Calls a resource method; a refusal becomes the response {@link ApiExceptionMapper} makes of it. */
    static Response call(Supplier<Response> resourceCall) {
        try {
            return resourceCall.get();
        } catch (ApiException e) {
            return new ApiExceptionMapper().toResponse(e);
        }
    }

    static JsonNode json(Response response) {
        try {
            return RestJson.MAPPER.readTree((String) response.getEntity());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getEntity(), e);
        }
    }

    static String text(Response response) {
        return String.valueOf(response.getEntity());
    }

    /** Checks that nothing was written to a page the caller may not see or that does not exist. */
    void nothingSavedOnOtherPages() {
        verify(pages, never()).save(eq(SECRET), anyInt(), any(), any());
        verify(pages, never()).save(eq(MISSING), anyInt(), any(), any());
    }
}
