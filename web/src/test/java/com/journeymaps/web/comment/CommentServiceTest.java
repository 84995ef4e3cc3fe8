package com.journeymaps.web.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.testdata.JourneyMapTestData;
import com.journeymaps.web.map.ApiException;
import com.journeymaps.web.map.MapService;
import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.PageBodies;
import com.journeymaps.web.port.PagePermission;
import com.journeymaps.web.port.PageSnapshot;
import com.journeymaps.web.port.Viewer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CommentServiceTest {

    private static final long PAGE = 7;

    @Mock
    private PageBodies pages;

    @Mock
    private Viewer viewer;

    private final InMemoryMapComments store = new InMemoryMapComments();
    private final MutableClock clock = new MutableClock();
    private JourneyMap map;
    private String touchpoint;
    private String otherTouchpoint;
    private CommentService target;

    @BeforeEach
    void setUp() {
        map = JourneyMapTestData.aSmallMap();
        touchpoint = map.touchpoints().get(0).id();
        otherTouchpoint = map.touchpoints().get(1).id();
        String body = new StorageFormatCodec().insert("<p>x</p>", 0, MacroSpec.journeyMap(map.id(), JourneyMapJson.write(map)));
        lenient().when(pages.current(PAGE)).thenReturn(Optional.of(new PageSnapshot(PAGE, "t", "S", 3, body, "x", Instant.EPOCH)));
        lenient().when(viewer.texts()).thenReturn(BundleTexts.forLocale(Locale.ENGLISH));
        as("colin", PagePermission.VIEW, PagePermission.COMMENT);
        target = new CommentService(store, new MapService(pages, viewer), viewer, clock);
    }

    private void as(String username, PagePermission... permissions) {
        lenient().when(viewer.username()).thenReturn(Optional.ofNullable(username));
        for (PagePermission permission : PagePermission.values()) {
            lenient().when(viewer.can(permission, PAGE)).thenReturn(List.of(permissions).contains(permission));
        }
    }

    private static void refused(ThrowingCallable call, int status, String code, String pointer) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
            if (pointer != null) {
                assertThat(e.details()).singleElement().satisfies(d -> assertThat(d.pointer()).isEqualTo(pointer));
            }
        });
    }

    @Test
    void add_storesTheCommentWithAuthorTimeAndStrippedText() {
        CommentView added = target.add(PAGE, map.id(), touchpoint, null, "  Is the ad still running?\n");

        MapComment stored = store.find(PAGE, map.id(), added.comment().id()).orElseThrow();
        assertThat(stored.author()).isEqualTo("colin");
        assertThat(stored.text()).isEqualTo("Is the ad still running?");
        assertThat(stored.created()).isEqualTo(clock.instant());
        assertThat(stored.itemId()).isEqualTo(touchpoint);
        assertThat(added.canEdit()).isTrue();
        assertThat(added.canDelete()).isTrue();
        assertThat(added.canResolve()).isTrue();
    }

    @Test
    void add_acceptsEveryKindOfMapItem() {
        for (String item : List.of(map.stages().get(0).id(), map.id(), map.lanes().get(0).id())) {
            assertThat(target.add(PAGE, map.id(), item, null, "about " + item).comment().itemId()).isEqualTo(item);
        }
    }

    @Test
    void threads_nestRepliesUnderTheFirstCommentOldestFirstAndFilterByItem() {
        long root = target.add(PAGE, map.id(), touchpoint, null, "first").comment().id();
        clock.tick();
        long other = target.add(PAGE, map.id(), otherTouchpoint, null, "elsewhere").comment().id();
        clock.tick();
        as("emma", PagePermission.VIEW, PagePermission.COMMENT, PagePermission.EDIT);
        long reply = target.add(PAGE, map.id(), null, root, "a reply").comment().id();
        clock.tick();
        long replyToReply = target.add(PAGE, map.id(), touchpoint, reply, "reply to the reply").comment().id();

        CommentThreads all = target.threads(PAGE, map.id(), Optional.empty());

        assertThat(all.threads()).extracting(t -> t.comment().id()).containsExactly(root, other);
        CommentView first = all.threads().get(0);
        assertThat(first.replies()).extracting(r -> r.comment().id()).containsExactly(reply, replyToReply);
        assertThat(first.replies().get(1).comment().parentId()).isEqualTo(reply);
        assertThat(first.canEdit()).as("emma did not write it").isFalse();
        assertThat(first.replies().get(0).canEdit()).isTrue();
        assertThat(first.replies().get(0).canDelete()).as("it has a reply").isFalse();
        assertThat(first.replies().get(1).canDelete()).isTrue();
        assertThat(all.openCounts()).isEqualTo(Map.of(touchpoint, 3, otherTouchpoint, 1));
        assertThat(target.threads(PAGE, map.id(), Optional.of(otherTouchpoint)).threads())
                .extracting(t -> t.comment().id()).containsExactly(other);
    }

    @Test
    void resolve_closesTheThreadForTheCountsAndReopenOpensIt() {
        long root = target.add(PAGE, map.id(), touchpoint, null, "question").comment().id();
        target.add(PAGE, map.id(), touchpoint, root, "answer");

        CommentView resolved = target.setResolved(PAGE, map.id(), root, true);

        assertThat(resolved.comment().resolved()).isTrue();
        assertThat(resolved.comment().resolvedBy()).isEqualTo("colin");
        assertThat(resolved.comment().resolvedAt()).isEqualTo(clock.instant());
        assertThat(target.openCounts(PAGE, map.id())).isEmpty();

        CommentView reopened = target.setResolved(PAGE, map.id(), root, false);
        assertThat(reopened.comment().resolved()).isFalse();
        assertThat(reopened.comment().resolvedBy()).isNull();
        assertThat(target.openCounts(PAGE, map.id())).containsEntry(touchpoint, 2);
    }

    @Test
    void resolve_refusesAReply() {
        long root = target.add(PAGE, map.id(), touchpoint, null, "question").comment().id();
        long reply = target.add(PAGE, map.id(), touchpoint, root, "answer").comment().id();

        refused(() -> target.setResolved(PAGE, map.id(), reply, true), 422, "invalid-comment", "/commentId");
        assertThat(store.find(PAGE, map.id(), reply).orElseThrow().resolved()).isFalse();
    }

    @Test
    void edit_changesOnlyTheAuthorsOwnComment() {
        long id = target.add(PAGE, map.id(), touchpoint, null, "typo hree").comment().id();
        clock.tick();

        CommentView edited = target.edit(PAGE, map.id(), id, "typo here");

        assertThat(edited.comment().text()).isEqualTo("typo here");
        assertThat(edited.comment().updated()).isAfter(edited.comment().created());
        as("emma", PagePermission.VIEW, PagePermission.COMMENT, PagePermission.EDIT);
        refused(() -> target.edit(PAGE, map.id(), id, "hijacked"), 403, "not-author", null);
        refused(() -> target.delete(PAGE, map.id(), id), 403, "not-author", null);
        assertThat(store.find(PAGE, map.id(), id).orElseThrow().text()).isEqualTo("typo here");
    }

    @Test
    void delete_removesALeafButRefusesACommentWithReplies() {
        long root = target.add(PAGE, map.id(), touchpoint, null, "question").comment().id();
        as("emma", PagePermission.VIEW, PagePermission.COMMENT);
        long reply = target.add(PAGE, map.id(), touchpoint, root, "answer").comment().id();
        as("colin", PagePermission.VIEW, PagePermission.COMMENT);

        refused(() -> target.delete(PAGE, map.id(), root), 409, "comment-has-replies", "/commentId");
        assertThat(store.list(PAGE, map.id())).hasSize(2);

        as("emma", PagePermission.VIEW, PagePermission.COMMENT);
        target.delete(PAGE, map.id(), reply);
        as("colin", PagePermission.VIEW, PagePermission.COMMENT);
        target.delete(PAGE, map.id(), root);
        assertThat(store.list(PAGE, map.id())).isEmpty();
        refused(() -> target.delete(PAGE, map.id(), root), 404, "comment-not-found", null);
    }

    @Test
    void viewer_mayReadButNotComment() {
        target.add(PAGE, map.id(), touchpoint, null, "question");
        as("victor", PagePermission.VIEW);

        CommentThreads threads = target.threads(PAGE, map.id(), Optional.empty());

        assertThat(threads.canComment()).isFalse();
        assertThat(threads.threads()).singleElement().satisfies(t -> assertThat(t.canResolve()).isFalse());
        refused(() -> target.add(PAGE, map.id(), touchpoint, null, "me too"), 403, "forbidden", null);
        assertThat(store.list(PAGE, map.id())).hasSize(1);
    }

    @Test
    void invisiblePage_isNotFoundForReadsAndWrites() {
        as("stranger");

        refused(() -> target.threads(PAGE, map.id(), Optional.empty()), 404, "page-not-found", null);
        refused(() -> target.openCounts(PAGE, map.id()), 404, "page-not-found", null);
        refused(() -> target.add(PAGE, map.id(), touchpoint, null, "hi"), 404, "page-not-found", null);
    }

    @Test
    void readOnly_refusesEveryChangeAndSaysNobodyMayComment() {
        long id = target.add(PAGE, map.id(), touchpoint, null, "question").comment().id();
        when(viewer.readOnly()).thenReturn(true);

        refused(() -> target.add(PAGE, map.id(), touchpoint, null, "more"), 503, "read-only", null);
        refused(() -> target.edit(PAGE, map.id(), id, "changed"), 503, "read-only", null);
        refused(() -> target.delete(PAGE, map.id(), id), 503, "read-only", null);
        refused(() -> target.setResolved(PAGE, map.id(), id, true), 503, "read-only", null);
        CommentThreads threads = target.threads(PAGE, map.id(), Optional.empty());
        assertThat(threads.canComment()).isFalse();
        assertThat(threads.threads().get(0).canEdit()).isFalse();
        assertThat(store.find(PAGE, map.id(), id).orElseThrow().text()).isEqualTo("question");
    }

    @Test
    void add_refusesAnItemThatIsNotInTheMap() {
        refused(() -> target.add(PAGE, map.id(), "tp-gone", null, "hi"), 422, "invalid-comment", "/itemId");
        refused(() -> target.add(PAGE, map.id(), " ", null, "hi"), 422, "invalid-comment", "/itemId");
        refused(() -> target.add(PAGE, map.id(), "x".repeat(500), null, "hi"), 422, "invalid-comment", "/itemId");
        assertThat(store.list(PAGE, map.id())).isEmpty();
    }

    @Test
    void add_refusesAParentThatIsMissingOrOnAnotherItem() {
        long root = target.add(PAGE, map.id(), touchpoint, null, "question").comment().id();

        refused(() -> target.add(PAGE, map.id(), touchpoint, 999L, "hi"), 422, "invalid-comment", "/parentId");
        refused(() -> target.add(PAGE, map.id(), otherTouchpoint, root, "hi"), 422, "invalid-comment", "/parentId");
        assertThat(store.list(PAGE, map.id())).hasSize(1);
    }

    @Test
    void add_reportsAParentDeletedAfterTheCheckAsMissingParent() {
        long root = target.add(PAGE, map.id(), touchpoint, null, "question").comment().id();
        CommentService racing = new CommentService(new InMemoryMapComments() {
            @Override
            public java.util.Optional<MapComment> find(long pageId, String mapId, long commentId) {
                return store.find(pageId, mapId, commentId);
            }

            @Override
            public MapComment add(com.journeymaps.web.port.NewComment comment) {
                throw new java.util.NoSuchElementException("deleted meanwhile");
            }
        }, new MapService(pages, viewer), viewer, clock);

        refused(() -> racing.add(PAGE, map.id(), touchpoint, root, "late reply"), 422, "invalid-comment", "/parentId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "nul \u0000 inside", "bell \u0007", "c1 \u0085 control", "lone \uD800 surrogate",
            "reversed \uDC00\uD800", "non-character \uFFFE"})
    void add_refusesTextThatIsBlankOrHoldsControlCharacters(String text) {
        refused(() -> target.add(PAGE, map.id(), touchpoint, null, text), 422, "invalid-comment", "/text");
        assertThat(store.list(PAGE, map.id())).isEmpty();
    }

    @Test
    void add_acceptsTheLongestTextAndRefusesOneCharacterMore() {
        assertThat(target.add(PAGE, map.id(), touchpoint, null, "a".repeat(CommentText.MAX_LENGTH)).comment().text())
                .hasSize(CommentText.MAX_LENGTH);
        refused(() -> target.add(PAGE, map.id(), touchpoint, null, "a".repeat(CommentText.MAX_LENGTH + 1)), 422,
                "invalid-comment", "/text");
    }

    @Test
    void add_keepsLineBreaksTabsAndCharactersOutsideTheBasicPlane() {
        String text = "line one\nline\ttwo \uD83D\uDE00 <b>not markup</b> & more";

        assertThat(target.add(PAGE, map.id(), touchpoint, null, text).comment().text()).isEqualTo(text);
    }

    /** A clock the test moves on by one minute at a time. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void tick() {
            now = now.plus(Duration.ofMinutes(1));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
