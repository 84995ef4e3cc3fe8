package com.journeymaps.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.validation.MapValidator;
import com.journeymaps.standalone.auth.AccessPolicy;
import com.journeymaps.standalone.auth.Passwords;
import com.journeymaps.standalone.auth.Role;
import com.journeymaps.standalone.store.DataDirectory;
import com.journeymaps.standalone.store.Database;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.UserStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoContentTest {

    @Test
    void demoMap_isAValidMapWithBothPersonasAndEmotionsForEach() {
        JourneyMap target = DemoContent.demoMap(2, 3);

        assertThat(MapValidator.validate(target)).isEmpty();
        assertThat(target.personas()).extracting(p -> p.pageId()).containsExactly(2L, 3L);
        assertThat(target.touchpoints()).hasSizeGreaterThan(5)
                .allSatisfy(tp -> assertThat(tp.emotions()).containsOnlyKeys("pr-maya", "pr-tom"));
        assertThat(target.touchpoints()).anySatisfy(tp -> assertThat(tp.momentOfTruth()).isTrue());
        assertThat(target.flows()).isNotEmpty();
    }

    @Test
    void withoutDemoContent_theFirstAccountAdministersAnEmptyTeamSpace_soPeopleCanBeAddedAndPagesCreated(@TempDir Path data) {
        try (DataDirectory directory = DataDirectory.open(data); Database database = Database.open(directory)) {
            PageStore pages = new PageStore(database, Clock.systemUTC());
            UserStore users = new UserStore(database, Clock.systemUTC());
            PermissionStore permissions = new PermissionStore(database);

            boolean seeded = DemoContent.seedIfEmpty(pages, users, permissions, new Passwords(4), false);

            assertThat(seeded).isTrue();
            assertThat(users.all()).extracting(UserStore.User::username).containsExactly("admin");
            PageStore.Space team = pages.space(DemoContent.TEAM_SPACE_KEY).orElseThrow();
            assertThat(new AccessPolicy(permissions).strongestRole(team.id(), "admin")).isEqualTo(Optional.of(Role.ADMIN));
            assertThat(pages.countPages()).isZero();
            assertThat(pages.space(DemoContent.SPACE_KEY)).isEmpty();
            assertThat(DemoContent.seedIfEmpty(pages, users, permissions, new Passwords(4), false)).isFalse();
        }
    }
}
