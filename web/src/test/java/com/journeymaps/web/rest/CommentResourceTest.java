package com.journeymaps.web.rest;

import static com.journeymaps.web.rest.ResourceFixture.PAGE;
import static com.journeymaps.web.rest.ResourceFixture.SECRET;
import static com.journeymaps.web.rest.ResourceFixture.SECRET_TITLE;
import static com.journeymaps.web.rest.ResourceFixture.call;
import static com.journeymaps.web.rest.ResourceFixture.json;
import static com.journeymaps.web.rest.ResourceFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.journeymaps.web.comment.CommentService;
import com.journeymaps.web.port.MapComment;
import com.journeymaps.web.port.MapComments;
import com.journeymaps.web.port.MapComments.DeleteOutcome;
import com.journeymaps.web.port.NewComment;
import com.journeymaps.web.port.PagePermission;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.quality.Strictness;

/**
 * {@link CommentResource} on a real {@code CommentService} over a mocked comment store, pages and viewer: threads,
 * counts, add/reply, edit and delete one's own, resolve/reopen, and every refusal (permission denied, not found,
 * conflict, invalid body, read-only) with its status and code, the store left untouched.
 */
class CommentResourceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private ResourceFixture fixture;
    private MapComments store;
    private final List<MapComment> stored = new ArrayList<>();
    private CommentResource target;
    private String mapId;
    private String touchpoint;

    @BeforeEach
    void setUp() {
        fixture = new ResourceFixture();
        mapId = fixture.map.id();
        touchpoint = fixture.map.touchpoints().get(0).id();
        store = mock(MapComments.class, withSettings().strictness(Strictness.LENIENT));
        when(store.list(PAGE, mapId)).thenAnswer(call -> List.copyOf(stored));
        when(store.find(eq(PAGE), eq(mapId), anyLong())).thenAnswer(call ->
                stored.stream().filter(c -> c.id() == (long) call.getArgument(2)).findFirst());
        when(store.add(any())).thenAnswer(call -> {
            NewComment c = call.getArgument(0);
            MapComment comment = new MapComment(100 + stored.size(), c.pageId(), c.mapId(), c.itemId(), c.parentId(),
                    c.author(), c.at(), c.at(), c.text(), false, null, null);
            stored.add(comment);
            return comment;
        });
        when(store.edit(eq(PAGE), eq(mapId), anyLong(), anyString(), any())).thenAnswer(call -> {
            long id = call.getArgument(2);
            Optional<MapComment> old = stored.stream().filter(c -> c.id() == id).findFirst();
            return old.map(c -> {
                MapComment edited = new MapComment(c.id(), c.pageId(), c.mapId(), c.itemId(), c.parentId(), c.author(),
                        c.created(), call.getArgument(4), call.getArgument(3), c.resolved(), c.resolvedBy(), c.resolvedAt());
                stored.set(stored.indexOf(c), edited);
                return edited;
            });
        });
        when(store.setResolved(eq(PAGE), eq(mapId), anyLong(), anyBoolean(), anyString(), any())).thenAnswer(call -> {
            long id = call.getArgument(2);
            boolean resolved = call.getArgument(3);
            return stored.stream().filter(c -> c.id() == id).findFirst().map(c -> {
                MapComment changed = new MapComment(c.id(), c.pageId(), c.mapId(), c.itemId(), c.parentId(), c.author(),
                        c.created(), c.updated(), c.text(), resolved, resolved ? call.getArgument(4) : null,
                        resolved ? call.getArgument(5) : null);
                stored.set(stored.indexOf(c), changed);
                return changed;
            });
        });
        when(store.delete(eq(PAGE), eq(mapId), anyLong())).thenAnswer(call -> {
            long id = call.getArgument(2);
            if (stored.stream().anyMatch(c -> c.parentId() != null && c.parentId() == id)) {
                return DeleteOutcome.HAS_REPLIES;
            }
            return stored.removeIf(c -> c.id() == id) ? DeleteOutcome.DELETED : DeleteOutcome.NOT_FOUND;
        });
        target = new CommentResource(new CommentService(store, fixture.maps, fixture.viewer,
                Clock.fixed(NOW, ZoneOffset.UTC)), fixture.viewer);
    }

    private MapComment existing(long id, String author, Long parent) {
        MapComment comment = new MapComment(id, PAGE, mapId, touchpoint, parent, author, NOW.minusSeconds(3600),
                NOW.minusSeconds(3600), "Why does this step exist?", false, null, null);
        stored.add(comment);
        return comment;
    }

    private Response add(String body) {
        return call(() -> target.add(PAGE, mapId, body));
    }

    private static void assertRefused(Response response, int status, String code) {
        assertThat(response.getStatus()).as(text(response)).isEqualTo(status);
        assertThat(json(response).get("code").asText()).isEqualTo(code);
        assertThat(json(response).get("message").asText()).isNotBlank();
        assertThat(text(response)).doesNotContain(SECRET_TITLE);
    }

    private void assertNothingWritten() {
        verify(store, never()).add(any());
        verify(store, never()).edit(anyLong(), anyString(), anyLong(), anyString(), any());
        verify(store, never()).delete(anyLong(), anyString(), anyLong());
        verify(store, never()).setResolved(anyLong(), anyString(), anyLong(), anyBoolean(), anyString(), any());
    }

    @Test
    void threads_listThreadsWithRepliesAndOpenCounts_andWhatTheCallerMay() {
        existing(1, "emma", null);
        existing(2, "colin", 1L);

        JsonNode body = json(call(() -> target.threads(PAGE, mapId, touchpoint)));

        assertThat(body.get("canComment").asBoolean()).isTrue();
        assertThat(body.get("threads")).hasSize(1);
        JsonNode thread = body.get("threads").get(0);
        assertThat(thread.get("id").asLong()).isEqualTo(1);
        assertThat(thread.get("canEdit").asBoolean()).as("own comment").isTrue();
        assertThat(thread.get("canDelete").asBoolean()).as("has a reply").isFalse();
        assertThat(thread.at("/replies/0/author").asText()).isEqualTo("colin");
        assertThat(thread.at("/replies/0/canEdit").asBoolean()).as("someone else's").isFalse();
        assertThat(body.at("/openCounts/" + touchpoint).asInt()).isEqualTo(2);
        assertThat(json(call(() -> target.counts(PAGE, mapId))).at("/openCounts/" + touchpoint).asInt()).isEqualTo(2);
        assertThat(json(call(() -> target.threads(PAGE, mapId, "tp-other"))).get("threads")).isEmpty();
    }

    @Test
    void threads_forAViewerWhoMayNotComment_sayCanCommentFalse() {
        fixture.deny(PagePermission.COMMENT);

        assertThat(json(call(() -> target.threads(PAGE, mapId, null))).get("canComment").asBoolean()).isFalse();
    }

    @Test
    void threadsAndCounts_ofAPageTheCallerCannotSee_are404_withoutItsTitle() {
        assertRefused(call(() -> target.threads(SECRET, mapId, null)), 404, "page-not-found");
        assertRefused(call(() -> target.counts(SECRET, mapId)), 404, "page-not-found");
        assertRefused(call(() -> target.add(SECRET, mapId, "{\"itemId\":\"" + touchpoint + "\",\"text\":\"x\"}")),
                404, "page-not-found");
        verify(store, never()).list(eq(SECRET), anyString());
        assertNothingWritten();
    }

    @Test
    void add_storesTheComment_andAnswers201WithIt() {
        Response response = add("{\"itemId\":\"" + touchpoint + "\",\"text\":\"Needs evidence\"}");

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("author").asText()).isEqualTo("emma");
        assertThat(body.get("text").asText()).isEqualTo("Needs evidence");
        assertThat(body.get("itemId").asText()).isEqualTo(touchpoint);
        assertThat(body.get("parentId").isNull()).isTrue();
        assertThat(body.get("created").asText()).isEqualTo(NOW.toString());
        assertThat(stored).hasSize(1);
    }

    @Test
    void add_aReply_takesItsParentsItem() {
        existing(1, "colin", null);

        JsonNode body = json(add("{\"parentId\":1,\"text\":\"Agreed\"}"));

        assertThat(body.get("parentId").asLong()).isEqualTo(1);
        assertThat(body.get("itemId").asText()).isEqualTo(touchpoint);
    }

    @Test
    void add_withABadBody_is400NamingWhatAndWhere_andStoresNothing() {
        Response missing = add("");
        Response notJson = add("{\"text\": ");
        Response notObject = add("[1]");
        Response noText = add("{\"itemId\":\"" + touchpoint + "\"}");
        Response textNumber = add("{\"itemId\":\"" + touchpoint + "\",\"text\":5}");
        Response badParent = add("{\"parentId\":-3,\"text\":\"x\"}");

        assertRefused(missing, 400, "bad-request");
        assertRefused(notJson, 400, "bad-request");
        assertThat(json(notJson).at("/details/0/line").asInt()).isPositive();
        assertRefused(notObject, 400, "bad-request");
        assertRefused(noText, 400, "bad-request");
        assertThat(json(noText).at("/details/0/pointer").asText()).isEqualTo("/text");
        assertRefused(textNumber, 400, "bad-request");
        assertThat(json(textNumber).at("/details/0/pointer").asText()).isEqualTo("/text");
        assertRefused(badParent, 400, "bad-request");
        assertThat(json(badParent).at("/details/0/pointer").asText()).isEqualTo("/parentId");
        assertNothingWritten();
    }

    @Test
    void add_onAnUnknownItemOrParent_is422_andStoresNothing() {
        Response unknownItem = add("{\"itemId\":\"tp-nothere\",\"text\":\"x\"}");
        Response unknownParent = add("{\"parentId\":77,\"text\":\"x\"}");
        Response blank = add("{\"itemId\":\"" + touchpoint + "\",\"text\":\"   \"}");

        assertRefused(unknownItem, 422, "invalid-comment");
        assertThat(json(unknownItem).at("/details/0/pointer").asText()).isEqualTo("/itemId");
        assertRefused(unknownParent, 422, "invalid-comment");
        assertThat(json(unknownParent).at("/details/0/pointer").asText()).isEqualTo("/parentId");
        assertRefused(blank, 422, "invalid-comment");
        assertNothingWritten();
    }

    @Test
    void add_withoutCommentPermission_orAnonymously_is403_andInReadOnlyMode503() {
        String body = "{\"itemId\":\"" + touchpoint + "\",\"text\":\"x\"}";
        fixture.deny(PagePermission.COMMENT);
        assertRefused(add(body), 403, "forbidden");

        when(fixture.viewer.can(PagePermission.COMMENT, PAGE)).thenReturn(true);
        fixture.anonymous();
        assertRefused(add(body), 403, "forbidden");

        when(fixture.viewer.username()).thenReturn(Optional.of("emma"));
        fixture.readOnly();
        assertRefused(add(body), 503, "read-only");
        assertNothingWritten();
    }

    @Test
    void edit_changesOnlyOnesOwnComment() {
        existing(1, "emma", null);
        existing(2, "colin", null);

        JsonNode edited = json(call(() -> target.edit(PAGE, mapId, 1, "{\"text\":\"Clearer question\"}")));
        Response others = call(() -> target.edit(PAGE, mapId, 2, "{\"text\":\"hijacked\"}"));
        Response unknown = call(() -> target.edit(PAGE, mapId, 99, "{\"text\":\"x\"}"));

        assertThat(edited.get("text").asText()).isEqualTo("Clearer question");
        assertThat(edited.get("edited").asBoolean()).isTrue();
        assertRefused(others, 403, "not-author");
        assertRefused(unknown, 404, "comment-not-found");
        assertThat(stored.get(1).text()).isEqualTo("Why does this step exist?");
    }

    @Test
    void delete_removesOnesOwnComment_butNotOneWithReplies_norSomeoneElses() {
        existing(1, "emma", null);
        existing(2, "colin", 1L);
        existing(3, "emma", null);

        Response withReplies = call(() -> target.delete(PAGE, mapId, 1));
        Response others = call(() -> target.delete(PAGE, mapId, 2));
        Response own = call(() -> target.delete(PAGE, mapId, 3));

        assertRefused(withReplies, 409, "comment-has-replies");
        assertRefused(others, 403, "not-author");
        assertThat(own.getStatus()).isEqualTo(204);
        assertThat(stored).extracting(MapComment::id).containsExactly(1L, 2L);
    }

    @Test
    void resolveAndReopen_aThread_butNotAReply() {
        existing(1, "colin", null);
        existing(2, "colin", 1L);

        JsonNode resolved = json(call(() -> target.resolve(PAGE, mapId, 1)));
        assertThat(resolved.get("resolved").asBoolean()).isTrue();
        assertThat(resolved.get("resolvedBy").asText()).isEqualTo("emma");
        assertThat(json(call(() -> target.counts(PAGE, mapId))).get("openCounts")).isEmpty();

        JsonNode reopened = json(call(() -> target.reopen(PAGE, mapId, 1)));
        assertThat(reopened.get("resolved").asBoolean()).isFalse();
        assertThat(reopened.get("resolvedBy").isNull()).isTrue();

        Response reply = call(() -> target.resolve(PAGE, mapId, 2));
        assertRefused(reply, 422, "invalid-comment");
        assertThat(json(reply).at("/details/0/code").asText()).isEqualTo("not-a-thread");
    }

    @Test
    void changes_inReadOnlyMode_are503_andChangeNothing() {
        existing(1, "emma", null);
        fixture.readOnly();

        assertRefused(call(() -> target.edit(PAGE, mapId, 1, "{\"text\":\"x\"}")), 503, "read-only");
        assertRefused(call(() -> target.delete(PAGE, mapId, 1)), 503, "read-only");
        assertRefused(call(() -> target.resolve(PAGE, mapId, 1)), 503, "read-only");
        assertThat(json(call(() -> target.threads(PAGE, mapId, null))).get("canComment").asBoolean()).isFalse();
        assertNothingWritten();
    }
}
