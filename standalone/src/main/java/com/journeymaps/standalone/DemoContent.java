package com.journeymaps.standalone;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.template.Templates;
import com.journeymaps.standalone.auth.Passwords;
import com.journeymaps.standalone.auth.Role;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.UserStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a fresh server starts with, so a first visitor can sign in and look around: demo people
 * with one role each and a demo space. Created only when the database is empty; an existing
 * installation is never touched. Without demo content, a fresh server gets a single {@code admin}
 * with a random password, printed once.
 */
final class DemoContent {

    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);

    static final String SPACE_KEY = "DEMO";
    static final String AUTHOR = "system";
    static final String DEMO_MAP_ID = "jm-demo-store";

    /** A demo person. Their passwords are public on purpose: they are in the README. */
    record DemoUser(String username, String displayName, String password, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Ada Admin", "Admin-Demo-1", Role.ADMIN),
            new DemoUser("emma", "Emma Editor", "Emma-Demo-1", Role.EDITOR),
            new DemoUser("colin", "Colin Commenter", "Colin-Demo-1", Role.COMMENTER),
            new DemoUser("victor", "Victor Viewer", "Victor-Demo-1", Role.VIEWER));

    private DemoContent() {
    }

    /** Seeds people and the demo space when the server has never been used; returns whether it did. */
    static boolean seedIfEmpty(PageStore pages, UserStore users, PermissionStore permissions, Passwords passwords,
                               boolean demo) {
        if (users.count() > 0 || pages.countPages() > 0) {
            return false;
        }
        if (!demo) {
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
            users.create("admin", "Administrator", passwords.hash(password));
            LOG.info("Created the first account. Sign in as 'admin' with password '{}' (shown only now).", password);
            return true;
        }
        for (DemoUser user : USERS) {
            users.create(user.username(), user.displayName(), passwords.hash(user.password()));
        }
        PageStore.Space space = pages.createSpace(SPACE_KEY, "Demo space");
        for (DemoUser user : USERS) {
            permissions.grant(space.id(), user.username(), user.role().storedName());
        }
        JourneyMap map = Templates.create("b2c", BundleTexts.forLocale(Locale.ENGLISH), Ids.seeded(2026)).toBuilder()
                .id(DEMO_MAP_ID)
                .title("Online store: first purchase")
                .objective("Find where first-time buyers drop out between the first ad and the second order.")
                .build();
        String intro = "<p>How a first-time customer finds, buys from and returns to our online store.</p>\n";
        String body = new StorageFormatCodec().insert(intro, intro.length(), MacroSpec.journeyMap(DEMO_MAP_ID, JourneyMapJson.write(map)));
        pages.createPage(space, "Online store: customer journey", body, AUTHOR, "Demo content");
        StringBuilder accounts = new StringBuilder("Created the demo space " + SPACE_KEY + ". Demo accounts (shown only now; also in the README):");
        for (DemoUser user : USERS) {
            accounts.append(System.lineSeparator()).append("  ").append(user.role().storedName()).append(": ")
                    .append(user.username()).append(" / ").append(user.password());
        }
        LOG.info(accounts.toString());
        return true;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
