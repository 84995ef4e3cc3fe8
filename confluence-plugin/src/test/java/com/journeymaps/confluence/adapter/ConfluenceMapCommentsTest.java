package com.journeymaps.confluence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPropertyManager;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.CommentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.MapComments.DeleteOutcome;
import com.journeymaps.web.port.NewComment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluenceMapCommentsTest {

    private static final long PAGE_ID = 4711L;
    private static final String MAP = "jm-store";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final PageManager pageManager = mock(PageManager.class);
    private final CommentManager commentManager = mock(CommentManager.class);
    private final Properties properties = new Properties();
    private final Page page = mock(Page.class);
    private final List<Comment> pageComments = new ArrayList<>();
    private long nextId = 900;
    private ConfluenceMapComments target;

    @BeforeEach
    void setUp() {
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);
        when(commentManager.getPageLevelComments(eq(PAGE_ID), any(Date.class))).thenAnswer(call -> List.copyOf(pageComments));
        when(commentManager.addCommentToObject(eq(page), any(), any())).thenAnswer(call -> {
            Comment comment = mock(Comment.class);
            long id = nextId++;
            when(comment.getId()).thenReturn(id);
            when(commentManager.getComment(id)).thenReturn(comment);
            pageComments.add(comment);
            return comment;
        });
        target = new ConfluenceMapComments(pageManager, commentManager, properties);
    }

    private MapComment add(String item, Long parent, String author, String text) {
        return target.add(new NewComment(PAGE_ID, MAP, item, parent, author, T0, text));
    }

    @Test
    void add_createsAPageCommentWithEscapedStorageBodyAndTiesItToTheItem() {
        MapComment added = add("tp-1", null, "colin", "Is <b>this</b> & that \"right\"?\nSecond line");

        verify(commentManager).addCommentToObject(page, null,
                "<p>Is &lt;b&gt;this&lt;/b&gt; &amp; that &quot;right&quot;?<br />Second line</p>");
        assertThat(added.id()).isEqualTo(900);
        assertThat(target.list(PAGE_ID, MAP)).singleElement().satisfies(c -> {
            assertThat(c.itemId()).isEqualTo("tp-1");
            assertThat(c.author()).isEqualTo("colin");
            assertThat(c.text()).isEqualTo("Is <b>this</b> & that \"right\"?\nSecond line");
            assertThat(c.created()).isEqualTo(T0);
            assertThat(c.parentId()).isNull();
            assertThat(c.resolved()).isFalse();
        });
    }

    @Test
    void add_thatCannotTieTheCommentToItsItem_removesThePageCommentAgain_andFails() {
        properties.failOn = ConfluenceMapComments.AUTHOR;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> add("tp-1", null, "colin", "question"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("database gone");

        verify(commentManager).removeCommentFromObject(900L);
        assertThat(target.list(PAGE_ID, MAP)).isEmpty();
    }

    @Test
    void reply_isAConfluenceReplyToTheParentComment() {
        MapComment root = add("tp-1", null, "colin", "question");
        Comment parent = commentManager.getComment(root.id());

        MapComment reply = add("tp-1", root.id(), "emma", "answer");

        verify(commentManager).addCommentToObject(page, parent, "<p>answer</p>");
        assertThat(target.find(PAGE_ID, MAP, reply.id())).hasValueSatisfying(c -> assertThat(c.parentId()).isEqualTo(root.id()));
    }

    @Test
    void list_leavesOutOrdinaryPageCommentsAndOtherMaps() {
        add("tp-1", null, "colin", "ours");
        target.add(new NewComment(PAGE_ID, "jm-other", "tp-9", null, "colin", T0, "another map"));
        Comment ordinary = mock(Comment.class);
        when(ordinary.getId()).thenReturn(5L);
        pageComments.add(ordinary);

        assertThat(target.list(PAGE_ID, MAP)).extracting(MapComment::text).containsExactly("ours");
        assertThat(target.find(PAGE_ID, MAP, 5L)).isEmpty();
        assertThat(target.find(PAGE_ID + 1, MAP, 900L)).as("another page").isEmpty();
    }

    @Test
    void edit_updatesTheConfluenceBodyAndTheText() {
        MapComment added = add("tp-1", null, "colin", "typo hree");
        Comment comment = commentManager.getComment(added.id());

        MapComment edited = target.edit(PAGE_ID, MAP, added.id(), "typo here", T0.plusSeconds(60)).orElseThrow();

        verify(commentManager).updateCommentContent(comment, "<p>typo here</p>");
        assertThat(edited.text()).isEqualTo("typo here");
        assertThat(edited.updated()).isEqualTo(T0.plusSeconds(60));
        assertThat(target.edit(PAGE_ID, MAP, 12345L, "x", T0)).isEmpty();
    }

    @Test
    void delete_refusesACommentWithRepliesAndRemovesALeaf() {
        MapComment root = add("tp-1", null, "colin", "question");
        MapComment reply = add("tp-1", root.id(), "emma", "answer");

        assertThat(target.delete(PAGE_ID, MAP, root.id())).isEqualTo(DeleteOutcome.HAS_REPLIES);
        verify(commentManager, never()).removeCommentFromObject(anyLong());

        assertThat(target.delete(PAGE_ID, MAP, reply.id())).isEqualTo(DeleteOutcome.DELETED);
        verify(commentManager).removeCommentFromObject(reply.id());
        assertThat(target.delete(PAGE_ID, MAP, 12345L)).isEqualTo(DeleteOutcome.NOT_FOUND);
    }

    @Test
    void setResolved_recordsWhoAndWhenAndReopenClearsBoth() {
        MapComment root = add("tp-1", null, "colin", "question");

        MapComment resolved = target.setResolved(PAGE_ID, MAP, root.id(), true, "emma", T0.plusSeconds(5)).orElseThrow();
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedBy()).isEqualTo("emma");
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plusSeconds(5));

        MapComment reopened = target.setResolved(PAGE_ID, MAP, root.id(), false, "colin", T0).orElseThrow();
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.resolvedBy()).isNull();
    }

    @Test
    void aCommentWithDamagedPropertiesIsNotListed() {
        MapComment added = add("tp-1", null, "colin", "question");
        properties.setStringProperty(commentManager.getComment(added.id()), ConfluenceMapComments.CREATED, "yesterday");

        assertThat(target.list(PAGE_ID, MAP)).isEmpty();
    }

    @Test
    void storageBody_escapesEveryMarkupCharacterAndKeepsLineBreaks() {
        assertThat(ConfluenceMapComments.storageBody("a'b\r\nc\rd<ac:x/>"))
                .isEqualTo("<p>a&#39;b<br />c<br />d&lt;ac:x/&gt;</p>");
    }

    /** Content properties in memory, per entity, as Confluence keeps them. */
    private static final class Properties implements ContentPropertyManager {
        private final Map<ContentEntityObject, Map<String, String>> values = new IdentityHashMap<>();
        private String failOn;

        private Map<String, String> of(ContentEntityObject entity) {
            return values.computeIfAbsent(entity, e -> new HashMap<>());
        }

        @Override
        public String getStringProperty(ContentEntityObject entity, String key) {
            return of(entity).get("s:" + key);
        }

        @Override
        public void setStringProperty(ContentEntityObject entity, String key, String value) {
            if (key.equals(failOn)) {
                throw new IllegalStateException("database gone while writing " + key);
            }
            assertThat(value == null || value.length() <= 255).as("string properties hold at most 255 characters").isTrue();
            of(entity).put("s:" + key, value);
        }

        @Override
        public String getTextProperty(ContentEntityObject entity, String key) {
            return of(entity).get("t:" + key);
        }

        @Override
        public void setTextProperty(ContentEntityObject entity, String key, String value) {
            of(entity).put("t:" + key, value);
        }

        @Override
        public void removeProperty(ContentEntityObject entity, String key) {
            of(entity).remove("s:" + key);
            of(entity).remove("t:" + key);
        }
    }
}
