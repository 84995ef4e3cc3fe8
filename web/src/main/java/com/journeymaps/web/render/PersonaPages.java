package com.journeymaps.web.render;

import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.json.ParseResult;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.persona.PersonaJson;
import com.journeymaps.core.storage.MacroKind;
import com.journeymaps.core.storage.MacroOccurrence;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.storage.StorageFormatException;
import java.util.List;
import java.util.Optional;

/**
 * What every {@link PersonaDirectory} reads from a page's storage body the same way, whichever host
 * stores the page: the persona its {@code journey-persona} macro describes, and whether one of its
 * journey maps names a persona page. An unreadable body holds neither.
 */
public final class PersonaPages {

    private static final StorageFormatCodec CODEC = new StorageFormatCodec();

    private PersonaPages() {
    }

    /** The persona page {@code link} is, from the first non-empty persona macro of its {@code body}; empty without one. */
    public static Optional<PersonaPage> personaPage(PageLink link, String body) {
        return macros(body, MacroKind.JOURNEY_PERSONA).stream().findFirst()
                .map(macro -> new PersonaPage(link, PersonaJson.parse(macro.body())));
    }

    /** Whether a readable journey map in {@code body} refers to the persona page {@code personaPageId}. */
    public static boolean usesPersona(String body, long personaPageId) {
        for (MacroOccurrence macro : macros(body, MacroKind.JOURNEY_MAP)) {
            ParseResult parsed = JourneyMapJson.parse(macro.body());
            if (parsed.map().isPresent()
                    && parsed.map().get().personas().stream().mapToLong(PersonaRef::pageId).anyMatch(id -> id == personaPageId)) {
                return true;
            }
        }
        return false;
    }

    private static List<MacroOccurrence> macros(String body, MacroKind kind) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        try {
            return CODEC.find(body).stream().filter(m -> m.kind() == kind && !m.body().isBlank()).toList();
        } catch (StorageFormatException e) {
            return List.of();
        }
    }
}
