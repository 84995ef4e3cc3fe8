package com.journeymaps.web.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fixture: a persona directory over fixed pages, as the current viewer would see them. */
public final class FixedPersonaDirectory implements PersonaDirectory {

    private final Map<Long, PersonaPage> pages;
    private final List<PageLink> maps;

    private FixedPersonaDirectory(Map<Long, PersonaPage> pages, List<PageLink> maps) {
        this.pages = pages;
        this.maps = maps;
    }

    /** Finds {@code pages} by page id, answers {@code maps} for every "maps using" and searches in page order. */
    public static PersonaDirectory of(Map<Long, PersonaPage> pages, List<PageLink> maps) {
        return new FixedPersonaDirectory(pages, maps);
    }

    @Override
    public Optional<PersonaPage> find(long pageId) {
        return Optional.ofNullable(pages.get(pageId));
    }

    @Override
    public List<PageLink> mapsUsing(long personaPageId) {
        return maps;
    }

    @Override
    public List<PersonaPage> search(String query, int limit) {
        return pages.values().stream().limit(limit).toList();
    }
}
