package com.journeymaps.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.MapComments.DeleteOutcome;
import com.journeymaps.web.port.NewComment;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 comment store on a real database file: round trips, the keys that keep replies, and a reply racing a delete. */
class H2MapCommentsTest {

    private static final String MAP = "jm-store";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path data;

    private DataDirectory directory;
    private Database database;
    private long pageId;
    private H2MapComments target;

    @BeforeEach
    void open() {
        directory = DataDirectory.open(data);
        database = Database.open(directory);
        PageStore pages = new PageStore(database, Clock.systemUTC());
        pageId = pages.createPage(pages.createSpace("T", "Test"), "Map page", "<p>x</p>", "system", "created");
        target = new H2MapComments(database);
    }

    @AfterEach
    void close() {
        database.close();
        directory.close();
    }

    private MapComment add(String item, Long parent, String text) {
        return target.add(new NewComment(pageId, MAP, item, parent, "colin", T0, text));
    }

    @Test
    void add_roundTripsEveryFieldAndTheText() {
        String text = "Line one\nline\ttwo \u00e9\u4e2d \uD83D\uDE00 <b>&amp;</b>";
        MapComment added = add("tp-1", null, text);

        MapComment found = target.find(pageId, MAP, added.id()).orElseThrow();

        assertThat(found).isEqualTo(added);
        assertThat(found.text()).isEqualTo(text);
        assertThat(found.created()).isEqualTo(T0);
        assertThat(target.find(pageId, "jm-other", added.id())).as("another map").isEmpty();
        assertThat(target.list(pageId, MAP)).containsExactly(added);
    }

    @Test
    void delete_keepsACommentWithRepliesAndTheKeyRefusesItEvenWithoutTheCheck() {
        MapComment root = add("tp-1", null, "question");
        MapComment reply = add("tp-1", root.id(), "answer");

        assertThat(target.delete(pageId, MAP, root.id())).isEqualTo(DeleteOutcome.HAS_REPLIES);
        assertThatThrownBy(() -> database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM map_comment WHERE id = ?")) {
                delete.setLong(1, root.id());
                return delete.executeUpdate();
            }
        })).isInstanceOf(StoreException.class);
        assertThat(target.list(pageId, MAP)).hasSize(2);

        assertThat(target.delete(pageId, MAP, reply.id())).isEqualTo(DeleteOutcome.DELETED);
        assertThat(target.delete(pageId, MAP, root.id())).isEqualTo(DeleteOutcome.DELETED);
        assertThat(target.delete(pageId, MAP, root.id())).isEqualTo(DeleteOutcome.NOT_FOUND);
    }

    @Test
    void add_refusesAReplyOnAnotherItemOrToAMissingComment() {
        MapComment root = add("tp-1", null, "question");

        assertThatThrownBy(() -> add("tp-2", root.id(), "wrong item")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> add("tp-1", 999_999L, "no parent")).isInstanceOf(NoSuchElementException.class);
        assertThat(target.list(pageId, MAP)).containsExactly(root);
    }

    @Test
    void setResolved_appliesToThreadsOnlyAndReopenClearsWhoAndWhen() {
        MapComment root = add("tp-1", null, "question");
        MapComment reply = add("tp-1", root.id(), "answer");

        assertThat(target.setResolved(pageId, MAP, reply.id(), true, "emma", T0)).isEmpty();
        MapComment resolved = target.setResolved(pageId, MAP, root.id(), true, "emma", T0.plusSeconds(9)).orElseThrow();
        assertThat(resolved.resolvedBy()).isEqualTo("emma");
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plusSeconds(9));
        MapComment reopened = target.setResolved(pageId, MAP, root.id(), false, "emma", T0).orElseThrow();
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.resolvedBy()).isNull();
        assertThat(reopened.resolvedAt()).isNull();
    }

    @Test
    void edit_replacesTheTextAndUpdatedOnly() {
        MapComment added = add("tp-1", null, "typo hree");

        MapComment edited = target.edit(pageId, MAP, added.id(), "typo here", T0.plusSeconds(60)).orElseThrow();

        assertThat(edited.text()).isEqualTo("typo here");
        assertThat(edited.created()).isEqualTo(T0);
        assertThat(edited.updated()).isEqualTo(T0.plusSeconds(60));
        assertThat(target.edit(pageId, "jm-other", added.id(), "x", T0)).isEmpty();
    }

    /**
     * Replies and a delete of their parent, at once: every reply is either stored under a parent that still exists or
     * refused as "parent gone"; none is stored without its parent, and the parent is deleted only if no reply got in.
     */
    @Test
    void aReplyRacingTheDeleteOfItsParent_isNeverStoredWithoutIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                MapComment root = add("tp-" + round, null, "question " + round);
                List<Callable<Boolean>> work = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    int n = i;
                    work.add(() -> {
                        try {
                            add(root.itemId(), root.id(), "reply " + n);
                            return true;
                        } catch (NoSuchElementException e) {
                            return false;
                        }
                    });
                }
                work.add(() -> target.delete(pageId, MAP, root.id()) == DeleteOutcome.DELETED);
                List<Future<Boolean>> results = pool.invokeAll(work, 60, TimeUnit.SECONDS);
                long storedReplies = 0;
                for (int i = 0; i < 6; i++) {
                    storedReplies += results.get(i).get() ? 1 : 0;
                }
                boolean deleted = results.get(6).get();
                List<MapComment> left = target.list(pageId, MAP).stream().filter(c -> c.itemId().equals(root.itemId())).toList();
                if (deleted) {
                    assertThat(left).as("round %d: parent deleted, so no reply may be stored", round).isEmpty();
                    assertThat(storedReplies).isZero();
                } else {
                    assertThat(left).as("round %d", round).hasSize(1 + (int) storedReplies);
                    assertThat(storedReplies).isPositive();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
