package com.journeymaps.confluence.adapter;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@link PageBodies} on Confluence's page manager: a page's storage body is {@code getBodyAsString()}, its history is
 * Confluence's version history, and a save is {@code saveNewVersion}, so every map change is an ordinary page version
 * with its version comment (history, compare, restore and export work as for any edit).
 *
 * <p>Only pages ({@code PageManager.getPage}) hold maps here; blog posts are not looked up. Snapshots carry no author or
 * modification time: the port's users do not need them, and the members that would give them are not in our API record.
 *
 * <p><b>Saves of one page are serialised across the cluster.</b> {@link #save} takes Beehive's cluster-wide lock named
 * after the page ({@code ClusterLockService.getLockForName}), and only then reads the page, compares its version with the
 * expected one and calls {@code saveNewVersion}; the lock is released afterwards whatever happens. Two saves through this
 * app, on one node or on two, therefore cannot both pass the check: the second sees the first one's version and gets
 * {@link StalePageVersionException}, so the map service merges again. A save that cannot get the lock within
 * {@link #LOCK_WAIT_SECONDS} seconds (someone else holds it that long) is reported the same way, without writing.
 *
 * <p><b>Residual risk.</b> The lock only orders saves made through this app. An edit of the same page in Confluence's
 * editor (or by another app) does not take it, so such an edit landing between our version check and
 * {@code saveNewVersion} is not detected: our version is then written on top of it as a newer version (both stay in the
 * page history, nothing is destroyed, but the editor's change is missing from the current page). No compare-and-set save
 * is in the API we could confirm. See docs/confluence-compatibility.md.
 */
public final class ConfluencePageBodies implements PageBodies {

    /** How long a save waits for another save of the same page to finish. */
    static final long LOCK_WAIT_SECONDS = 10;

    /** Prefix of the cluster lock names, namespaced by our plugin key as Beehive asks ("reverse DNS"). */
    static final String LOCK_PREFIX = "com.journeymaps.journey-maps.page-save.";

    private final PageManager pageManager;
    private final ClusterLockService locks;

    public ConfluencePageBodies(PageManager pageManager, ClusterLockService locks) {
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.locks = Objects.requireNonNull(locks, "locks");
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
        ClusterLock lock = locks.getLockForName(LOCK_PREFIX + pageId);
        boolean locked;
        try {
            locked = lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to save page " + pageId, e);
        }
        if (!locked) {
            Page page = pageManager.getPage(pageId);
            throw new StalePageVersionException(pageId, expectedVersion, page == null ? expectedVersion : page.getVersion());
        }
        try {
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
        } finally {
            lock.unlock();
        }
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
