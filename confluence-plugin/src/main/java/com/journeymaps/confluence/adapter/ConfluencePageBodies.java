package com.journeymaps.confluence.adapter;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.VersionHistorySummary;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.PageVersion;
import com.journeymaps.web.port.StalePageVersionException;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link PageBodies} on Confluence's page manager: a page's storage body is {@code getBodyAsString()}, its history is
 * Confluence's version history, and a save is {@code saveNewVersion}, so every map change is an ordinary page version
 * with its version comment (history, compare, restore and export work as for any edit).
 *
 * <p>Only pages ({@code PageManager.getPage}) hold maps here; blog posts are not looked up. Snapshots carry no author or
 * modification time: the port's users do not need them, and the members that would give them are not in our API record.
 *
 * <p><b>The optimistic check is check-then-save.</b> {@link #save} compares the page's version with the expected one and
 * then calls {@code saveNewVersion}; two saves from the same base that interleave between those two steps, on one node
 * or on two cluster nodes, can both pass the check, and the later one then overwrites the earlier one's map change in a
 * newer version (nothing is lost from the history, but the later map no longer contains the earlier change). No
 * Confluence API in our notes closes that window (no compare-and-set save, no cluster lock we could confirm); see
 * docs/confluence-compatibility.md.
 */
public final class ConfluencePageBodies implements PageBodies {

    private final PageManager pageManager;

    public ConfluencePageBodies(PageManager pageManager) {
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
    }

    @Override
    public Optional<PageSnapshot> current(long pageId) {
        return Optional.ofNullable(pageManager.getPage(pageId)).map(page -> snapshot(pageId, page));
    }

    @Override
    public Optional<PageSnapshot> version(long pageId, int version) {
        if (version < 1) {
            return Optional.empty();
        }
        Page page = pageManager.getPage(pageId);
        if (page == null || version > page.getVersion()) {
            return Optional.empty();
        }
        if (version == page.getVersion()) {
            return Optional.of(snapshot(pageId, page));
        }
        ContentEntityObject old = pageManager.getOtherVersion(page, version);
        if (old == null || old.getVersion() != version) {
            return Optional.empty();
        }
        return Optional.of(snapshot(pageId, old));
    }

    @Override
    public List<PageVersion> versions(long pageId) {
        Page page = pageManager.getPage(pageId);
        if (page == null) {
            return List.of();
        }
        List<VersionHistorySummary> history = pageManager.getVersionHistorySummaries(page);
        if (history == null) {
            return List.of();
        }
        // The javadoc says the list starts with the current content; sorted anyway, so the port's order never depends on it.
        return history.stream()
                .map(ConfluencePageBodies::version)
                .sorted(Comparator.comparingInt(PageVersion::version).reversed())
                .toList();
    }

    @Override
    public PageSnapshot save(long pageId, int expectedVersion, String newBody, String versionComment) {
        Objects.requireNonNull(newBody, "newBody");
        Page page = pageManager.getPage(pageId);
        if (page == null) {
            throw new IllegalArgumentException("no page " + pageId);
        }
        int current = page.getVersion();
        if (current != expectedVersion) {
            throw new StalePageVersionException(pageId, expectedVersion, current);
        }
        pageManager.saveNewVersion(page, content -> {
            content.setBodyAsString(newBody);
            content.setVersionComment(versionComment);
        });
        Page saved = pageManager.getPage(pageId);
        return snapshot(pageId, saved == null ? page : saved);
    }

    private static PageSnapshot snapshot(long pageId, ContentEntityObject content) {
        String body = content.getBodyAsString();
        return new PageSnapshot(pageId, content.getTitle(), null, content.getVersion(), body == null ? "" : body, null, null);
    }

    private static PageVersion version(VersionHistorySummary summary) {
        Date modified = summary.getLastModificationDate();
        return new PageVersion(summary.getVersion(), authors(summary.getContributorSet()),
                modified == null ? null : modified.toInstant(), Objects.requireNonNullElse(summary.getVersionComment(), ""));
    }

    /** Collaborative editing can give one version several contributors; they are listed by name. */
    private static String authors(Set<ConfluenceUser> contributors) {
        if (contributors == null || contributors.isEmpty()) {
            return null;
        }
        return contributors.stream().filter(Objects::nonNull).map(ConfluenceUser::getName).filter(Objects::nonNull)
                .sorted().collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? null : s));
    }
}
