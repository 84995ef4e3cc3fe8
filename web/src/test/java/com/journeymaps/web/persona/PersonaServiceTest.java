package com.journeymaps.web.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PersonaServiceTest {

    private static final long MAYA = 11;
    private static final long HIDDEN = 12;
    private static final long MAP = 20;
    private static final long HIDDEN_MAP = 21;

    @Mock
    private PersonaDirectory directory;

    @Mock
    private Viewer viewer;

    private PersonaService target;

    @BeforeEach
    void setUp() {
        lenient().when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.ENGLISH));
        lenient().when(viewer.can(PagePermission.VIEW, MAYA)).thenReturn(true);
        lenient().when(viewer.can(PagePermission.VIEW, MAP)).thenReturn(true);
        target = new PersonaService(directory, viewer);
    }

    private static PersonaPage persona(long pageId, String title) {
        return new PersonaPage(new PageLink(pageId, title, "/pages/" + pageId), Optional.of(Persona.named(title)));
    }

    @Test
    void search_passesTheTrimmedQueryAndDefaultLimit() {
        when(directory.search("maya", PersonaService.DEFAULT_LIMIT)).thenReturn(List.of(persona(MAYA, "Maya")));

        assertThat(target.search("  maya ", (Integer) null)).extracting(p -> p.page().title()).containsExactly("Maya");
    }

    @Test
    void search_dropsPagesTheViewerMayNotSeeEvenWhenTheDirectoryReturnsThem() {
        when(directory.search("", 10)).thenReturn(List.of(persona(HIDDEN, "Secret"), persona(MAYA, "Maya")));

        assertThat(target.search(null, Integer.valueOf(10))).extracting(p -> p.page().pageId()).containsExactly(MAYA);
    }

    @Test
    void search_refusesALimitOutsideOneToHundredAndNamesIt() {
        for (int limit : new int[] {0, -1, PersonaService.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> target.search("x", Integer.valueOf(limit)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isEqualTo("invalid-limit");
                        assertThat(e.getMessage()).contains("limit").contains(String.valueOf(limit));
                        assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.pointer()).isEqualTo("/query/limit"));
                    });
        }
        verify(directory, never()).search(anyString(), anyInt());
    }

    @Test
    void search_readsTheLimitFromTheQueryStringAndRefusesWhatIsNoNumber() {
        when(directory.search("", 7)).thenReturn(List.of(persona(MAYA, "Maya")));
        when(directory.search("", PersonaService.DEFAULT_LIMIT)).thenReturn(List.of());

        assertThat(target.search(null, " 7 ")).hasSize(1);
        assertThat(target.search(null, "")).isEmpty();
        assertThatThrownBy(() -> target.search(null, "ten"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid-limit");
                    assertThat(e.getMessage()).contains("ten");
                });
    }

    @Test
    void search_refusesAnOverlongQuery() {
        assertThatThrownBy(() -> target.search("q".repeat(PersonaService.MAX_QUERY + 1), Integer.valueOf(5)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid-query");
                    assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.pointer()).isEqualTo("/query/q"));
                });
        assertThat(target.search("q".repeat(PersonaService.MAX_QUERY), Integer.valueOf(5))).isEmpty();
    }

    @Test
    void read_returnsThePersonaPage() {
        when(directory.find(MAYA)).thenReturn(Optional.of(persona(MAYA, "Maya")));

        assertThat(target.read(MAYA).persona()).map(Persona::name).contains("Maya");
    }

    @Test
    void read_anInvisiblePageIsPageNotFoundWithoutAskingTheDirectory() {
        ApiException hidden = catchApi(() -> target.read(HIDDEN));
        ApiException missing = catchApi(() -> target.read(999));

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("page-not-found").isEqualTo(missing.code());
        verify(directory, never()).find(anyLong());
    }

    @Test
    void read_aVisiblePageWithoutPersonaIsPersonaNotFound() {
        when(directory.find(MAYA)).thenReturn(Optional.empty());

        ApiException e = catchApi(() -> target.read(MAYA));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.code()).isEqualTo("persona-not-found");
        assertThat(e.getMessage()).contains(String.valueOf(MAYA));
    }

    @Test
    void mapsUsing_listsOnlyVisibleMapPages() {
        when(directory.find(MAYA)).thenReturn(Optional.of(persona(MAYA, "Maya")));
        when(directory.mapsUsing(MAYA)).thenReturn(List.of(new PageLink(MAP, "Map", "/m"), new PageLink(HIDDEN_MAP, "Secret map", "/s")));

        assertThat(target.mapsUsing(MAYA)).extracting(PageLink::pageId).containsExactly(MAP);
    }

    @Test
    void mapsUsing_ofAnInvisiblePersonaIsPageNotFound() {
        assertThat(catchApi(() -> target.mapsUsing(HIDDEN)).code()).isEqualTo("page-not-found");
        verify(directory, never()).mapsUsing(anyLong());
    }

    private static ApiException catchApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no ApiException");
    }
}
