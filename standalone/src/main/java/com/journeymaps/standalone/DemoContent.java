package com.journeymaps.standalone;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Level;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.storage.MacroSpec;
import com.journeymaps.core.storage.PageReference;
import com.journeymaps.core.storage.StorageFormatCodec;
import com.journeymaps.core.template.Templates;
import com.journeymaps.standalone.auth.Passwords;
import com.journeymaps.standalone.auth.Role;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.UserStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    /** The one space a server started without demo content begins with, administered by its first account. */
    static final String TEAM_SPACE_KEY = "TEAM";
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
            PageStore.Space team = pages.createSpace(TEAM_SPACE_KEY, "Team space");
            permissions.grant(team.id(), "admin", Role.ADMIN.storedName());
            LOG.info("Created the first account and the empty space {}. Sign in as 'admin' with password '{}' "
                    + "(shown only now), then add people under the space's permissions.", TEAM_SPACE_KEY, password);
            return true;
        }
        for (DemoUser user : USERS) {
            users.create(user.username(), user.displayName(), passwords.hash(user.password()));
        }
        PageStore.Space space = pages.createSpace(SPACE_KEY, "Demo space");
        for (DemoUser user : USERS) {
            permissions.grant(space.id(), user.username(), user.role().storedName());
        }
        long maya = pages.createPage(space, "Persona: Maya, first-time buyer", personaPage("persona-maya", MAYA), AUTHOR, "Demo content");
        long tom = pages.createPage(space, "Persona: Tom, returning customer", personaPage("persona-tom", TOM), AUTHOR, "Demo content");
        JourneyMap map = demoMap(maya, tom);
        String intro = "<p>How a first-time customer finds, buys from and returns to our online store. "
                + "Built from the Q2 interviews, support tickets and funnel analytics.</p>\n";
        // the map page links its persona pages the way every save writes them (StorageFormatCodec.PERSONA_LINKS_PARAMETER)
        List<PageReference> personaLinks = List.of(new PageReference("Persona: Maya, first-time buyer", SPACE_KEY),
                new PageReference("Persona: Tom, returning customer", SPACE_KEY));
        String body = new StorageFormatCodec().insert(intro, intro.length(), MacroSpec.journeyMap(DEMO_MAP_ID, JourneyMapJson.write(map))
                .withPageLinks(StorageFormatCodec.PERSONA_LINKS_PARAMETER, personaLinks));
        pages.createPage(space, "Online store: customer journey", body, AUTHOR, "Demo content");
        StringBuilder accounts = new StringBuilder("Created the demo space " + SPACE_KEY + ". Demo accounts (shown only now; also in the README):");
        for (DemoUser user : USERS) {
            accounts.append(System.lineSeparator()).append("  ").append(user.role().storedName()).append(": ")
                    .append(user.username()).append(" / ").append(user.password());
        }
        LOG.info(accounts.toString());
        return true;
    }

    private static final String MAYA = """
            {"name":"Maya Lindqvist","role":"First-time buyer","segment":"Young professionals, mobile first",
             "quote":"If checkout makes me create an account, I close the tab.",
             "demographics":"29, lives in a city, designer, shops on her phone in the evening",
             "goals":["Find a gift that arrives before the weekend","Pay without creating an account"],
             "needs":["Clear delivery dates","Honest reviews"],
             "motivations":["Saving time","Not being let down in front of friends"],
             "behaviours":["Compares three shops before buying","Reads the one-star reviews first"],
             "painPoints":["Surprise shipping costs","Forms that reset on errors"],
             "channels":["mobile-app","social","email"]}""";

    private static final String TOM = """
            {"name":"Tom Becker","role":"Returning customer","segment":"Families, price conscious",
             "quote":"I come back when it just works. I leave when support ignores me.",
             "demographics":"42, suburb, two children, orders monthly",
             "goals":["Reorder the usual things quickly","Get problems fixed in one contact"],
             "needs":["Order history","Reachable support"],
             "motivations":["Reliability","Loyalty rewards"],
             "behaviours":["Orders on the laptop on Sunday","Calls support rather than chatting"],
             "painPoints":["Long hold times","Loyalty points that expire unnoticed"],
             "channels":["web","phone","email"]}""";

    private static String personaPage(String personaId, String json) {
        String guidance = "<p>Who this persona is, what they want and what gets in their way. "
                + "Built from customer interviews; update it when the research changes.</p>\n";
        return new StorageFormatCodec().insert(guidance, guidance.length(), MacroSpec.persona(personaId, json));
    }

    /**
     * The demo map: the B2C template with two linked personas and realistic touchpoints, emotions
     * per persona, pain points and opportunities.
     */
    static JourneyMap demoMap(long mayaPageId, long tomPageId) {
        Ids ids = Ids.seeded(2026);
        JourneyMap template = Templates.create("b2c", BundleTexts.forLocale(Locale.ENGLISH), ids);
        PersonaRef maya = new PersonaRef("pr-maya", mayaPageId, "Persona: Maya, first-time buyer", "buyer", Map.of());
        PersonaRef tom = new PersonaRef("pr-tom", tomPageId, "Persona: Tom, returning customer", "user", Map.of());
        List<String> stages = template.stages().stream().map(Stage::id).toList();
        String[][] rows = {
            // stage index, name, channel, action, thought, maya, tom, pain point, severity, opportunity
            {"0", "Instagram ad", "social", "Sees a gift idea in her feed", "That looks nice, is it any good?", "1", "0",
                "", "", "Show review stars in the ad"},
            {"0", "Friend's recommendation", "word-of-mouth", "Hears about the shop at dinner", "If she liked it, worth a look", "2", "1",
                "", "", ""},
            {"1", "Product page", "web", "Reads details and reviews", "Will it arrive by Saturday?", "0", "1",
                "Delivery date only shown at checkout", "high", "Show the delivery date on the product page"},
            {"1", "Price comparison", "web", "Compares with two other shops", "Shipping makes it more expensive", "-1", "0",
                "Shipping costs appear late", "high", "Free shipping threshold banner"},
            {"2", "Checkout", "web", "Enters address and pays", "Why do I need an account?", "-2", "1",
                "Forced account creation", "critical", "Guest checkout"},
            {"2", "Payment", "web", "Pays by card", "Did it work?", "-1", "1",
                "Card form resets on a typo", "medium", "Keep entered data on validation errors"},
            {"3", "Order confirmation email", "email", "Checks the delivery date", "Good, on its way", "1", "1",
                "", "", ""},
            {"3", "Support call", "phone", "Asks about a late parcel", "Why is nobody answering?", "-2", "-2",
                "Hold time over 15 minutes", "critical", "Call-back instead of waiting"},
            {"4", "Review request", "email", "Writes a review", "Happy to help others", "1", "2",
                "", "", "Reward reviews with loyalty points"},
        };
        List<Touchpoint> touchpoints = new ArrayList<>();
        int n = 0;
        for (String[] row : rows) {
            n++;
            Touchpoint.Builder tp = Touchpoint.builder()
                    .id("tp-demo-" + n)
                    .stageId(stages.get(Integer.parseInt(row[0])))
                    .name(row[1]).channel(row[2]).action(row[3]).thought(row[4])
                    .emotions(Map.of(maya.id(), Integer.parseInt(row[5]), tom.id(), Integer.parseInt(row[6])))
                    .momentOfTruth(row[1].equals("Checkout") || row[1].equals("Support call"))
                    .owner(n <= 2 ? "Marketing" : n <= 6 ? "E-commerce" : "Customer service");
            if (!row[7].isEmpty()) {
                tp.painPoints(List.of(new PainPoint("pp-demo-" + n, row[7], Severity.valueOf(row[8].toUpperCase(Locale.ROOT)), Map.of())));
            }
            if (!row[9].isEmpty()) {
                tp.opportunities(List.of(new Opportunity("op-demo-" + n, row[9], n % 2 == 0 ? OpportunityStatus.PLANNED : OpportunityStatus.IDEA,
                        Level.HIGH, n % 3 == 0 ? Level.LOW : Level.MEDIUM, "Product team", null, Map.of())));
            }
            touchpoints.add(tp.build());
        }
        return template.toBuilder()
                .id(DEMO_MAP_ID)
                .title("Online store: first purchase")
                .objective("Find where first-time buyers drop out between the first ad and the second order.")
                .owner("Customer experience team")
                .personas(List.of(maya, tom))
                .touchpoints(touchpoints)
                .flows(List.of(
                        new Flow("fl-demo-1", "tp-demo-4", "tp-demo-3", 0.35, "Back to the product page after comparing prices", Map.of()),
                        new Flow("fl-demo-2", "tp-demo-8", "tp-demo-5", 0.1, "Reorders by phone after a late parcel", Map.of())))
                .build();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
