package com.journeymaps.web.render.view;

import static com.journeymaps.web.render.view.Views.map;
import static com.journeymaps.web.render.view.Views.text;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PageLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data of the {@code JourneyMaps.Persona.page} template: a persona page's card with every field
 * and the journey maps that use the persona (already filtered to what the viewer may see).
 */
public final class PersonaViewModel {

    private PersonaViewModel() {
    }

    /**
     * @param persona what the page's macro body says, empty when it could not be read
     * @param fallbackName the page title, used when the persona has no name of its own
     */
    public static Map<String, Object> of(long pageId, Optional<Persona> persona, String fallbackName,
                                         List<PageLink> usedIn, OutputMode mode, Texts texts) {
        Persona p = persona.orElse(Persona.named(null));
        String name = p.name() != null && !p.name().isBlank() ? p.name() : text(fallbackName);
        Map<String, Object> data = map();
        data.put("interactive", mode == OutputMode.INTERACTIVE);
        data.put("pageId", Long.toString(pageId));
        data.put("readable", persona.isPresent());
        data.put("name", name);
        data.put("initials", Views.initials(name));
        data.put("photoUrl", Links.imageLink(p.photoUrl()));
        data.put("role", text(p.role()));
        data.put("segment", text(p.segment()));
        data.put("quote", text(p.quote()));
        data.put("demographics", text(p.demographics()));
        data.put("goals", p.goals());
        data.put("needs", p.needs());
        data.put("motivations", p.motivations());
        data.put("behaviours", p.behaviours());
        data.put("painPoints", p.painPoints());
        data.put("channels", p.channels().stream()
                .map(c -> Channel.isKnown(c) ? texts.getText("journeymaps.model.channel." + c) : c).toList());
        List<Object> maps = new ArrayList<>();
        for (PageLink link : usedIn) {
            Map<String, Object> row = map();
            row.put("title", text(link.title()));
            row.put("url", Links.safe(link.url()));
            maps.add(row);
        }
        data.put("usedIn", maps);
        return data;
    }
}
