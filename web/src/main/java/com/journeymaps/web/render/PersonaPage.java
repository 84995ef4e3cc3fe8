package com.journeymaps.web.render;

import com.journeymaps.core.persona.Persona;
import java.util.Optional;

/**
 * A persona page as the viewer sees it: the page itself and, when its {@code journey-persona} macro
 * could be read, the persona described there.
 */
public record PersonaPage(PageLink page, Optional<Persona> persona) {

    public PersonaPage {
        persona = persona == null ? Optional.empty() : persona;
    }
}
