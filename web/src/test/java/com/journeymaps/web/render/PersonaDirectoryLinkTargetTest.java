package com.journeymaps.web.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.storage.PageReference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonaDirectoryLinkTargetTest {

    private static PersonaDirectory withTitle(long id, String title) {
        return new PersonaDirectory() {
            @Override
            public Optional<PersonaPage> find(long pageId) {
                return pageId == id ? Optional.of(new PersonaPage(new PageLink(id, title, "/p"), Optional.empty())) : Optional.empty();
            }

            @Override
            public List<PageLink> mapsUsing(long personaPageId) {
                return List.of();
            }

            @Override
            public List<PersonaPage> search(String query, int limit) {
                return List.of();
            }
        };
    }

    @Test
    void linkTarget_byDefaultIsTheVisibleTitleWithoutASpaceKey() {
        assertThat(withTitle(5, "Persona: Eve").linkTarget(5)).contains(PageReference.inSameSpace("Persona: Eve"));
        assertThat(withTitle(5, "Persona: Eve").linkTarget(6)).isEmpty();
    }

    @Test
    void linkTarget_isEmptyForATitleNoLinkCanCarry() {
        assertThat(withTitle(5, "  ").linkTarget(5)).isEmpty();
        assertThat(withTitle(5, "nul\u0000").linkTarget(5)).isEmpty();
        assertThat(PersonaDirectory.reference("T", " ")).contains(PageReference.inSameSpace("T"));
        assertThat(PersonaDirectory.reference("T", "K")).contains(new PageReference("T", "K"));
    }
}
