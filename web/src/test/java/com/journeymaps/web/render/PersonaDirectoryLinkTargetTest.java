package com.journeymaps.web.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.storage.PageReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonaDirectoryLinkTargetTest {

    private static PersonaDirectory withTitle(long id, String title) {
        return FixedPersonaDirectory.of(Map.of(id, new PersonaPage(new PageLink(id, title, "/p"), Optional.empty())),
                List.of());
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
