package com.journeymaps.web.render;

import com.journeymaps.core.persona.Persona;
import java.util.Locale;
import java.util.Optional;

/**
 * A persona page as the viewer sees it: the page itself and, when its {@code journey-persona} macro
 * could be read, the persona described there.
 */
public record PersonaPage(PageLink page, Optional<Persona> persona) {

    public PersonaPage {
        persona = persona == null ? Optional.empty() : persona;
    }

    /** Whether the page's title or the persona's name contains {@code query}, ignoring case; an empty query matches all. */
    public boolean matches(String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        return needle.isEmpty() || page.title().toLowerCase(Locale.ROOT).contains(needle)
                || persona.map(Persona::name).map(name -> name.toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
    }
}
