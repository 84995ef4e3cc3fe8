package com.journeymaps.confluence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.VersionHistorySummary;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.PageVersion;
import com.journeymaps.web.port.StalePageVersionException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mockito.InOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ConfluencePageBodiesTest {

    private static final long PAGE_ID = 4711L;
    private static final String BODY = "<p>Intro</p><ac:structured-macro ac:name=\"journey-map\"/>";

    private final PageManager pageManager = mock(PageManager.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private ConfluencePageBodies target;

    @BeforeEach
    void setUp() throws InterruptedException {
        when(locks.getLockForName(ConfluencePageBodies.LOCK_PREFIX + PAGE_ID)).thenReturn(lock);
        when(lock.tryLock(ConfluencePageBodies.LOCK_WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);
        target = new ConfluencePageBodies(pageManager, locks);
    }

    private static Page page(int version, String body) {
        Page page = mock(Page.class);
        when(page.getVersion()).thenReturn(version);
        when(page.getTitle()).thenReturn("Onboarding journey");
        when(page.getBodyAsString()).thenReturn(body);
        return page;
    }

    @Test
    void current_isTheNewestVersionWithItsBodyTitleAndVersion() {
        Page page = page(7, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        PageSnapshot snapshot = target.current(PAGE_ID).orElseThrow();

        assertThat(snapshot.pageId()).isEqualTo(PAGE_ID);
        assertThat(snapshot.version()).isEqualTo(7);
        assertThat(snapshot.body()).isEqualTo(BODY);
        assertThat(snapshot.title()).isEqualTo("Onboarding journey");
    }

    @Test
    void current_isEmptyForAPageThatDoesNotExist() {
        assertThat(target.current(PAGE_ID)).isEmpty();
    }

    @Test
    void current_readsAMissingBodyAsEmpty() {
        Page page = page(1, null);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        assertThat(target.current(PAGE_ID).orElseThrow().body()).isEmpty();
    }

    @Test
    void version_ofTheCurrentVersion_isThePageItselfWithoutAskingForHistory() {
        Page page = page(7, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        assertThat(target.version(PAGE_ID, 7)).map(PageSnapshot::version).contains(7);
        verify(pageManager, never()).getOtherVersion(any(), anyInt());
    }

    @Test
    void version_ofAnOlderVersion_isReadThroughGetOtherVersion() {
        Page current = page(7, BODY);
        Page old = page(3, "<p>old</p>");
        when(pageManager.getPage(PAGE_ID)).thenReturn(current);
        when(pageManager.getOtherVersion(current, 3)).thenReturn(old);

        PageSnapshot snapshot = target.version(PAGE_ID, 3).orElseThrow();

        assertThat(snapshot.pageId()).isEqualTo(PAGE_ID);
        assertThat(snapshot.version()).isEqualTo(3);
        assertThat(snapshot.body()).isEqualTo("<p>old</p>");
    }

    @Test
    void version_isEmptyWhenConfluenceHasNoSuchVersion() {
        Page current = page(7, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(current);

        assertThat(target.version(PAGE_ID, 2)).isEmpty();
    }

    @Test
    void version_isEmptyWhenConfluenceAnswersWithAnotherVersion() {
        Page current = page(7, BODY);
        ContentEntityObject other = page(5, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(current);
        when(pageManager.getOtherVersion(current, 2)).thenReturn(other);

        assertThat(target.version(PAGE_ID, 2)).isEmpty();
    }

    @Test
    void version_isEmptyBelowOneAndAboveTheCurrentVersion() {
        Page page = page(7, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        assertThat(target.version(PAGE_ID, 0)).isEmpty();
        assertThat(target.version(PAGE_ID, 8)).isEmpty();
        verify(pageManager, never()).getOtherVersion(any(), anyInt());
    }

    @Test
    void version_isEmptyForAPageThatDoesNotExist() {
        assertThat(target.version(PAGE_ID, 1)).isEmpty();
    }

    @Test
    void versions_listsTheHistoryNewestFirstWithContributorsDatesAndComments() {
        Page current = page(3, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(current);
        Date created = new Date(1_700_000_000_000L);
        Date edited = new Date(1_700_000_600_000L);
        List<VersionHistorySummary> history = List.of(
                summary(1, created, "", user("alice")),
                summary(3, edited, "Edited journey map", user("carol"), user("bob")),
                summary(2, edited, null));
        when(pageManager.getVersionHistorySummaries(current)).thenReturn(history);

        List<PageVersion> versions = target.versions(PAGE_ID);

        assertThat(versions).extracting(PageVersion::version).containsExactly(3, 2, 1);
        assertThat(versions.get(0)).isEqualTo(new PageVersion(3, "bob, carol", Instant.ofEpochMilli(1_700_000_600_000L), "Edited journey map"));
        assertThat(versions.get(1).author()).isNull();
        assertThat(versions.get(1).comment()).isEmpty();
        assertThat(versions.get(2).author()).isEqualTo("alice");
        assertThat(versions.get(2).modified()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void versions_isEmptyForAPageThatDoesNotExist() {
        assertThat(target.versions(PAGE_ID)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void save_writesANewVersionWithTheNewBodyAndTheVersionComment() {
        AtomicInteger version = new AtomicInteger(7);
        Page page = mock(Page.class);
        when(page.getVersion()).thenAnswer(call -> version.get());
        when(page.getBodyAsString()).thenReturn("<p>new</p>");
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);
        ArgumentCaptor<Modification<Page>> modification = ArgumentCaptor.forClass(Modification.class);
        doAnswer(call -> {
            version.incrementAndGet();
            return null;
        }).when(pageManager).saveNewVersion(any(Page.class), any(Modification.class));

        PageSnapshot saved = target.save(PAGE_ID, 7, "<p>new</p>", "Edited journey map 'Onboarding'");

        verify(pageManager).saveNewVersion(org.mockito.ArgumentMatchers.same(page), modification.capture());
        Page edited = mock(Page.class);
        modification.getValue().modify(edited);
        verify(edited).setBodyAsString("<p>new</p>");
        verify(edited).setVersionComment("Edited journey map 'Onboarding'");
        assertThat(saved.version()).isEqualTo(8);
        assertThat(saved.body()).isEqualTo("<p>new</p>");
    }

    @Test
    void save_refusesAStaleBaseVersionAndWritesNothing() {
        Page page = page(9, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        assertThatThrownBy(() -> target.save(PAGE_ID, 7, "<p>new</p>", "comment"))
                .isInstanceOfSatisfying(StalePageVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(7);
                    assertThat(e.currentVersion()).isEqualTo(9);
                    assertThat(e.pageId()).isEqualTo(PAGE_ID);
                });
        verify(pageManager, never()).saveNewVersion(any(), any());
    }

    @Test
    void save_refusesAPageThatDoesNotExist() {
        assertThatThrownBy(() -> target.save(PAGE_ID, 1, "<p>new</p>", "comment"))
                .isInstanceOf(IllegalArgumentException.class);
        verify(pageManager, never()).saveNewVersion(any(), any());
        verify(lock).unlock();
    }

    @Test
    @SuppressWarnings("unchecked")
    void save_checksAndWritesOnlyWhileHoldingTheClusterLockOfThatPage() throws Exception {
        Page page = page(7, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        target.save(PAGE_ID, 7, "<p>new</p>", "comment");

        InOrder order = org.mockito.Mockito.inOrder(locks, lock, pageManager);
        order.verify(locks).getLockForName("com.journeymaps.journey-maps.page-save." + PAGE_ID);
        order.verify(lock).tryLock(ConfluencePageBodies.LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
        order.verify(pageManager).getPage(PAGE_ID);
        order.verify(pageManager).saveNewVersion(org.mockito.ArgumentMatchers.same(page), any(Modification.class));
        order.verify(lock).unlock();
    }

    @Test
    void save_releasesTheLockWhenTheVersionIsStale() {
        Page page = page(9, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        assertThatThrownBy(() -> target.save(PAGE_ID, 7, "<p>new</p>", "comment")).isInstanceOf(StalePageVersionException.class);
        verify(lock).unlock();
    }

    @Test
    @SuppressWarnings("unchecked")
    void save_releasesTheLockWhenConfluenceFailsToSave() {
        Page page = page(7, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);
        doAnswer(call -> {
            throw new IllegalStateException("database gone");
        }).when(pageManager).saveNewVersion(any(Page.class), any(Modification.class));

        assertThatThrownBy(() -> target.save(PAGE_ID, 7, "<p>new</p>", "comment")).hasMessage("database gone");
        verify(lock).unlock();
    }

    @Test
    void save_thatCannotGetTheLockIsStaleAndWritesNothing() throws Exception {
        when(lock.tryLock(ConfluencePageBodies.LOCK_WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);
        Page page = page(8, BODY);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);

        assertThatThrownBy(() -> target.save(PAGE_ID, 7, "<p>new</p>", "comment"))
                .isInstanceOfSatisfying(StalePageVersionException.class, e -> assertThat(e.currentVersion()).isEqualTo(8));
        verify(pageManager, never()).saveNewVersion(any(), any());
        verify(lock, never()).unlock();
    }

    @Test
    void save_interruptedWhileWaitingWritesNothingAndKeepsTheInterrupt() throws Exception {
        when(lock.tryLock(ConfluencePageBodies.LOCK_WAIT_SECONDS, TimeUnit.SECONDS)).thenThrow(new InterruptedException());

        try {
            assertThatThrownBy(() -> target.save(PAGE_ID, 7, "<p>new</p>", "comment")).isInstanceOf(IllegalStateException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        verify(pageManager, never()).saveNewVersion(any(), any());
    }

    private static VersionHistorySummary summary(int version, Date modified, String comment, ConfluenceUser... contributors) {
        VersionHistorySummary summary = mock(VersionHistorySummary.class);
        when(summary.getVersion()).thenReturn(version);
        when(summary.getLastModificationDate()).thenReturn(modified);
        when(summary.getVersionComment()).thenReturn(comment);
        when(summary.getContributorSet()).thenReturn(new LinkedHashSet<>(List.of(contributors)));
        return summary;
    }

    private static ConfluenceUser user(String name) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        return user;
    }
}
