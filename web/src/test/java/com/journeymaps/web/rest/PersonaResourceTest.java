package com.journeymaps.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.persona.PersonaService;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaDirectory;
import com.journeymaps.web.render.PersonaPage;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The persona resource on a real {@link PersonaService} over a mocked directory and viewer: JSON shape and errors. */
@ExtendWith(MockitoExtension.class)
class PersonaResourceTest {

    private static final long MAYA = 5;

    @Mock
    private PersonaDirectory directory;

    @Mock
    private Viewer viewer;

    private PersonaResource target;

    @BeforeEach
    void setUp() {
        lenient().when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.ENGLISH));
        lenient().when(viewer.can(PagePermission.VIEW, MAYA)).thenReturn(true);
        lenient().when(viewer.can(PagePermission.VIEW, 8L)).thenReturn(true);
        target = new PersonaResource(new PersonaService(directory, viewer));
    }

    private static JsonNode body(Response response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return RestJson.MAPPER.readTree((String) response.getEntity());
    }

    private static PersonaPage maya() {
        Persona persona = new Persona("Maya", "Buyer", "B2C", null, "Quick please", "29", List.of("Gift"), List.of(),
                List.of(), List.of(), List.of("Fees"), List.of("web"));
        return new PersonaPage(new PageLink(MAYA, "Persona: Maya", "/pages/5"), Optional.of(persona));
    }

    @Test
    void search_listsPagesWithNameRoleAndSegment() throws Exception {
        when(directory.search("ma", 3)).thenReturn(List.of(maya(),
                new PersonaPage(new PageLink(8, "Persona: empty", "/pages/8"), Optional.empty())));

        JsonNode body = body(target.search("ma", "3"));

        assertThat(body.at("/personas/0/pageId").asLong()).isEqualTo(MAYA);
        assertThat(body.at("/personas/0/name").asText()).isEqualTo("Maya");
        assertThat(body.at("/personas/0/segment").asText()).isEqualTo("B2C");
        assertThat(body.at("/personas/1/name").isNull()).as("no persona read: null, not absent").isTrue();
    }

    @Test
    void read_writesEveryFieldWithNullsAndLists() throws Exception {
        when(directory.find(MAYA)).thenReturn(Optional.of(maya()));

        JsonNode body = body(target.read(MAYA));

        assertThat(body.get("title").asText()).isEqualTo("Persona: Maya");
        assertThat(body.get("url").asText()).isEqualTo("/pages/5");
        assertThat(body.at("/persona/quote").asText()).isEqualTo("Quick please");
        assertThat(body.at("/persona/photoUrl").isNull()).isTrue();
        assertThat(body.at("/persona/goals/0").asText()).isEqualTo("Gift");
        assertThat(body.at("/persona/needs").isArray()).isTrue();
        assertThat(body.at("/persona/painPoints/0").asText()).isEqualTo("Fees");
    }

    @Test
    void read_ofAPageWithAnUnreadablePersonaHasANullPersona() throws Exception {
        when(directory.find(MAYA)).thenReturn(Optional.of(new PersonaPage(new PageLink(MAYA, "P", "/p"), Optional.empty())));

        assertThat(body(target.read(MAYA)).get("persona").isNull()).isTrue();
    }

    @Test
    void maps_listsTheMapPages() throws Exception {
        when(directory.find(MAYA)).thenReturn(Optional.of(maya()));
        when(directory.mapsUsing(MAYA)).thenReturn(List.of(new PageLink(8, "Store journey", "/pages/8")));

        JsonNode body = body(target.maps(MAYA));

        assertThat(body.get("pageId").asLong()).isEqualTo(MAYA);
        assertThat(body.at("/maps/0/title").asText()).isEqualTo("Store journey");
    }

    @Test
    void errorsLeaveAsApiExceptionsForTheMapper() {
        assertThatThrownBy(() -> target.read(77)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> target.search(null, "0")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(400));
        Response mapped = new ApiExceptionMapper().toResponse(new ApiException(404, "page-not-found", "gone"));
        assertThat(mapped.getStatus()).isEqualTo(404);
    }
}
