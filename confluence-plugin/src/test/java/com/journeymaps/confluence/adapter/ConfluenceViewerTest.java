package com.journeymaps.confluence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.journeymaps.web.port.PagePermission;
import java.io.Serializable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class ConfluenceViewerTest {

    private static final long PAGE_ID = 4711L;

    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final AccessModeService accessMode = mock(AccessModeService.class);
    private final ConfluenceUser alice = mock(ConfluenceUser.class);
    private final Page page = mock(Page.class);
    private MockedStatic<AuthenticatedUserThreadLocal> currentUser;
    private ConfluenceViewer target;

    @BeforeAll
    static void distinctPermissions() {
        StubPermissions.giveDistinctValues();
    }

    @BeforeEach
    void setUp() {
        when(alice.getName()).thenReturn("alice");
        currentUser = mockStatic(AuthenticatedUserThreadLocal.class);
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(alice);
        when(pageManager.getPage(PAGE_ID)).thenReturn(page);
        target = new ConfluenceViewer(pageManager, permissionManager, i18n, accessMode);
    }

    @AfterEach
    void tearDown() {
        currentUser.close();
    }

    @Test
    void username_isTheAuthenticatedUsersName() {
        assertThat(target.username()).contains("alice");
    }

    @Test
    void username_isEmptyForAnAnonymousVisitor() {
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(null);

        assertThat(target.username()).isEmpty();
    }

    @Test
    void canView_asksConfluenceForViewPermissionOnThePage() {
        when(permissionManager.hasPermission(same(alice), same(Permission.VIEW), same(page))).thenReturn(true);

        assertThat(target.can(PagePermission.VIEW, PAGE_ID)).isTrue();
        assertThat(target.can(PagePermission.EDIT, PAGE_ID)).isFalse();
    }

    @Test
    void canEdit_asksConfluenceForEditPermissionOnThePage() {
        when(permissionManager.hasPermission(same(alice), same(Permission.EDIT), same(page))).thenReturn(true);

        assertThat(target.can(PagePermission.EDIT, PAGE_ID)).isTrue();
        assertThat(target.can(PagePermission.VIEW, PAGE_ID)).isFalse();
    }

    @Test
    void can_isFalseWhenConfluenceDeniesThePermission() {
        when(permissionManager.hasPermission(any(), any(), any())).thenReturn(false);

        assertThat(target.can(PagePermission.VIEW, PAGE_ID)).isFalse();
        assertThat(target.can(PagePermission.EDIT, PAGE_ID)).isFalse();
        assertThat(target.can(PagePermission.COMMENT, PAGE_ID)).isFalse();
    }

    @Test
    void canComment_asksWhetherTheUserMayCreateACommentOnThePage() {
        when(permissionManager.hasCreatePermission(same(alice), same(page), eq(Comment.class))).thenReturn(true);

        assertThat(target.can(PagePermission.COMMENT, PAGE_ID)).isTrue();
    }

    @Test
    void can_isFalseForAPageThatDoesNotExistWithoutAskingForPermission() {
        when(pageManager.getPage(PAGE_ID)).thenReturn(null);

        assertThat(target.can(PagePermission.VIEW, PAGE_ID)).isFalse();
        verifyNoInteractions(permissionManager);
    }

    @Test
    void can_asksForTheAnonymousUserAsNull() {
        currentUser.when(AuthenticatedUserThreadLocal::get).thenReturn(null);
        when(permissionManager.hasPermission(isNull(), same(Permission.VIEW), same(page))).thenReturn(true);

        assertThat(target.can(PagePermission.VIEW, PAGE_ID)).isTrue();
    }

    @Test
    void texts_comeFromSalsI18nResolver() {
        when(i18n.getText("journeymaps.api.error.versionnotfound", new Serializable[] {12}))
                .thenReturn("The page has no version 12.");

        assertThat(target.texts().getText("journeymaps.api.error.versionnotfound", 12)).isEqualTo("The page has no version 12.");
    }

    @Test
    void readOnly_isConfluencesReadOnlyAccessMode() {
        when(accessMode.getAccessMode()).thenReturn(AccessMode.READ_ONLY);

        assertThat(target.readOnly()).isTrue();
    }

    @Test
    void readOnly_isFalseInAnyOtherAccessMode() {
        when(accessMode.getAccessMode()).thenReturn(null); // the stub declares only READ_ONLY; any other answer is "writable"

        assertThat(target.readOnly()).isFalse();
    }
}
