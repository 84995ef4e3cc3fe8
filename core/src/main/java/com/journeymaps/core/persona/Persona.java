package com.journeymaps.core.persona;

import java.util.List;

/**
 * A representative customer, described on its own wiki page by a {@code journey-persona} macro whose
 * body holds this as JSON. Personas are built from real customer data: who they are (demographics,
 * role or segment), what they want (goals, needs), why (motivations), how they act (behaviours,
 * preferred channels), what hurts (pain points) and a quote in their own words. Maps link persona
 * pages by page id and record emotions per persona.
 *
 * @param name the persona's name as shown on cards; when absent, the page title is used
 * @param photoUrl optional picture, an http or https link only
 * @param channels preferred channel ids ({@code web}, {@code store}, …) or free text
 */
public record Persona(String name, String role, String segment, String photoUrl, String quote, String demographics,
                      List<String> goals, List<String> needs, List<String> motivations, List<String> behaviours,
                      List<String> painPoints, List<String> channels) {

    public Persona {
        goals = copy(goals);
        needs = copy(needs);
        motivations = copy(motivations);
        behaviours = copy(behaviours);
        painPoints = copy(painPoints);
        channels = copy(channels);
    }

    /** A persona with a name and nothing else, e.g. for a page whose macro body is still empty. */
    public static Persona named(String name) {
        return new Persona(name, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
