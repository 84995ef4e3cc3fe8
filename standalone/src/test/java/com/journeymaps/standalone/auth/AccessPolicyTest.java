package com.journeymaps.standalone.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.standalone.store.DataDirectory;
import com.journeymaps.standalone.store.Database;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.UserStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles and restrictions decided against a real database. */
class AccessPolicyTest {

    @TempDir
    Path temp;

    private DataDirectory directory;
    private Database database;
    private PermissionStore permissions;
    private AccessPolicy target;
    private long page;
    private PageStore.Space space;

    @BeforeEach
    void setUp() {
        directory = DataDirectory.open(temp);
        database = Database.open(directory);
        PageStore pages = new PageStore(database, Clock.systemUTC());
        UserStore users = new UserStore(database, Clock.systemUTC());
        for (String name : new String[] {"vera", "cole", "eddie", "ada", "olga"}) {
            users.create(name, name, "$2a$04$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva");
        }
        permissions = new PermissionStore(database);
        space = pages.createSpace("S", "Space");
        page = pages.createPage(space, "Map", "<p/>", "ada", null);
        permissions.grant(space.id(), "vera", "viewer");
        permissions.grant(space.id(), "cole", "commenter");
        permissions.grant(space.id(), "eddie", "editor");
        permissions.grant(space.id(), "ada", "admin");
        target = new AccessPolicy(permissions);
    }

    @AfterEach
    void tearDown() {
        database.close();
        directory.close();
    }

    private boolean can(String user, Action action) {
        return target.can(Optional.ofNullable(user), action, page);
    }

    @Test
    void roles_growFromViewerToAdmin() {
        assertThat(can("vera", Action.VIEW)).isTrue();
        assertThat(can("vera", Action.COMMENT)).isFalse();
        assertThat(can("cole", Action.COMMENT)).isTrue();
        assertThat(can("cole", Action.EDIT)).isFalse();
        assertThat(can("eddie", Action.EDIT)).isTrue();
        assertThat(can("eddie", Action.ADMINISTER)).isFalse();
        assertThat(can("ada", Action.ADMINISTER)).isTrue();
    }

    @Test
    void anonymousAndUsersWithoutARole_canDoNothing() {
        for (Action action : Action.values()) {
            assertThat(can(null, action)).as("anonymous %s", action).isFalse();
            assertThat(can("olga", action)).as("no role %s", action).isFalse();
        }
        assertThat(target.can(Optional.of("ada"), Action.VIEW, 999_999)).as("no such page").isFalse();
    }

    @Test
    void everySignedInUser_getsTheRoleGrantedToStar() {
        permissions.grant(space.id(), PermissionStore.EVERY_SIGNED_IN_USER, "commenter");

        assertThat(can("olga", Action.COMMENT)).isTrue();
        assertThat(can("olga", Action.EDIT)).isFalse();
        assertThat(can("eddie", Action.EDIT)).as("the stronger role wins").isTrue();
    }

    @Test
    void viewRestriction_hidesThePageFromEveryoneNotNamed_evenAdmins() {
        permissions.restrict(page, "view", "eddie");

        assertThat(can("eddie", Action.VIEW)).isTrue();
        assertThat(can("vera", Action.VIEW)).isFalse();
        assertThat(can("ada", Action.VIEW)).isFalse();
        assertThat(can("cole", Action.COMMENT)).isFalse();
    }

    @Test
    void editRestriction_limitsEditingButNotReading() {
        permissions.restrict(page, "edit", "ada");

        assertThat(can("eddie", Action.EDIT)).isFalse();
        assertThat(can("eddie", Action.VIEW)).isTrue();
        assertThat(can("cole", Action.COMMENT)).isTrue();
        assertThat(can("ada", Action.EDIT)).isTrue();
    }
}
