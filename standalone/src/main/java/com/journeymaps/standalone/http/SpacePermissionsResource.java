package com.journeymaps.standalone.http;

import com.journeymaps.core.i18n.Texts;
import com.journeymaps.standalone.auth.AccessPolicy;
import com.journeymaps.standalone.auth.Authenticator.SignedIn;
import com.journeymaps.standalone.auth.Passwords;
import com.journeymaps.standalone.auth.Role;
import com.journeymaps.standalone.store.PageStore;
import com.journeymaps.standalone.store.PermissionStore;
import com.journeymaps.standalone.store.PermissionStore.Grant;
import com.journeymaps.standalone.store.UserStore;
import com.journeymaps.web.port.Viewer;
import com.journeymaps.web.render.TemplateRenderer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /spaces/{key}/permissions}: the space's admins grant the four roles (viewer, commenter,
 * editor, admin) to people or to every signed-in user, take them away, and add people who have no
 * account yet. Only a space admin sees the page; to anyone else it does not exist. A change that
 * would leave the space without an admin is refused and changes nothing.
 */
@Path("/spaces/{key}/permissions")
public final class SpacePermissionsResource {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_DISPLAY_NAME = 255;

    private final PageStore pages;
    private final PermissionStore permissions;
    private final UserStore users;
    private final Passwords passwords;
    private final AccessPolicy access;
    private final Viewer viewer;
    private final TemplateRenderer renderer;

    public SpacePermissionsResource(PageStore pages, PermissionStore permissions, UserStore users, Passwords passwords,
                                    AccessPolicy access, Viewer viewer, TemplateRenderer renderer) {
        this.pages = pages;
        this.permissions = permissions;
        this.users = users;
        this.passwords = passwords;
        this.access = access;
        this.viewer = viewer;
        this.renderer = renderer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response show(@PathParam("key") String key, @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (user.isEmpty()) {
            return Views.signInFirst("/spaces/" + key + "/permissions");
        }
        Optional<PageStore.Space> space = administeredSpace(key, user.get());
        if (space.isEmpty()) {
            return Views.notFound(renderer, user.get());
        }
        return page(Response.Status.OK, space.get(), List.of(), user.get());
    }

    /** Gives {@code principal} a role, or takes theirs away when {@code role} is "none". */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response setRole(@PathParam("key") String key, @FormParam("principal") String principal,
                            @FormParam("role") String role, @FormParam("csrf") String csrf,
                            @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        Optional<PageStore.Space> space = administeredSpace(key, user.get());
        if (space.isEmpty()) {
            return Views.notFound(renderer, user.get());
        }
        Texts texts = viewer.texts();
        String who = principal == null ? "" : principal.strip();
        List<String> problems = new ArrayList<>();
        if (!PermissionStore.EVERY_SIGNED_IN_USER.equals(who) && users.find(who).isEmpty()) {
            problems.add(texts.getText("journeymaps.standalone.permissions.nouser", who));
        }
        Optional<Role> newRole = Role.parse(role == null ? "" : role);
        if (newRole.isEmpty() && !"none".equals(role)) {
            problems.add(texts.getText("journeymaps.standalone.permissions.badrole", String.valueOf(role)));
        }
        if (newRole.filter(r -> r == Role.ADMIN).isPresent() && PermissionStore.EVERY_SIGNED_IN_USER.equals(who)) {
            problems.add(texts.getText("journeymaps.standalone.permissions.everyoneadmin"));
        }
        if (problems.isEmpty()) {
            try {
                permissions.setRole(space.get().id(), who, newRole.map(Role::storedName));
            } catch (PermissionStore.LastAdminException e) {
                problems.add(texts.getText("journeymaps.standalone.permissions.lastadmin"));
            }
        }
        if (!problems.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, space.get(), problems, user.get());
        }
        return afterChange(space.get(), user.get());
    }

    /** Creates an account for someone new and gives them a role in this space. */
    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response addPerson(@PathParam("key") String key, @FormParam("username") String username,
                              @FormParam("displayName") String displayName, @FormParam("password") String password,
                              @FormParam("role") String role, @FormParam("csrf") String csrf,
                              @Context SecurityContext security) {
        Optional<SignedIn> user = CurrentUser.of(security);
        if (!Views.validForm(user, csrf)) {
            return Views.staleForm(viewer.texts());
        }
        Optional<PageStore.Space> space = administeredSpace(key, user.get());
        if (space.isEmpty()) {
            return Views.notFound(renderer, user.get());
        }
        Texts texts = viewer.texts();
        String name = username == null ? "" : username.strip();
        String shown = displayName == null ? "" : displayName.strip();
        String secret = password == null ? "" : password;
        List<String> problems = new ArrayList<>();
        if (!USERNAME.matcher(name).matches()) {
            problems.add(texts.getText("journeymaps.standalone.permissions.badusername"));
        } else if (users.find(name).isPresent()) {
            problems.add(texts.getText("journeymaps.standalone.permissions.usertaken", name));
        }
        if (shown.isEmpty() || shown.length() > MAX_DISPLAY_NAME) {
            problems.add(texts.getText("journeymaps.standalone.permissions.baddisplayname", MAX_DISPLAY_NAME));
        }
        int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
        if (secret.length() < MIN_PASSWORD || bytes > Passwords.MAX_PASSWORD_BYTES) {
            problems.add(texts.getText("journeymaps.standalone.permissions.badpassword", MIN_PASSWORD,
                    Passwords.MAX_PASSWORD_BYTES));
        }
        Optional<Role> newRole = Role.parse(role == null ? "" : role);
        if (newRole.isEmpty()) {
            problems.add(texts.getText("journeymaps.standalone.permissions.badrole", String.valueOf(role)));
        }
        if (!problems.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, space.get(), problems, user.get());
        }
        users.create(name, shown, passwords.hash(secret));
        permissions.setRole(space.get().id(), name, Optional.of(newRole.get().storedName()));
        return afterChange(space.get(), user.get());
    }

    /** Back to the page after a change, or to the landing page when the admin gave up their own admin role. */
    private Response afterChange(PageStore.Space space, SignedIn user) {
        boolean stillAdmin = administeredSpace(space.key(), user).isPresent();
        return Response.seeOther(URI.create(stillAdmin ? "/spaces/" + space.key() + "/permissions" : "/")).build();
    }

    private Optional<PageStore.Space> administeredSpace(String key, SignedIn user) {
        return pages.space(key).filter(space -> access.strongestRole(space.id(), user.username())
                .filter(role -> role == Role.ADMIN).isPresent());
    }

    private Response page(Response.Status status, PageStore.Space space, List<String> problems, SignedIn user) {
        Map<String, String> displayNames = new LinkedHashMap<>();
        users.all().forEach(u -> displayNames.put(u.username(), u.displayName()));
        List<Map<String, Object>> grants = new ArrayList<>();
        for (Grant grant : permissions.grants(space.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            boolean everyone = PermissionStore.EVERY_SIGNED_IN_USER.equals(grant.principal());
            item.put("principal", grant.principal());
            item.put("name", everyone ? viewer.texts().getText("journeymaps.standalone.permissions.everyone")
                    : displayNames.getOrDefault(grant.principal(), grant.principal()));
            item.put("everyone", everyone);
            item.put("role", grant.role());
            grants.add(item);
        }
        List<Map<String, Object>> people = new ArrayList<>();
        displayNames.forEach((username, name) -> people.add(Map.of("username", username, "name", name)));
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            roles.add(Map.of("id", r.storedName(),
                    "name", viewer.texts().getText("journeymaps.standalone.role." + r.storedName())));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("space", Map.of("key", space.key(), "name", space.name()));
        data.put("grants", grants);
        data.put("people", people);
        data.put("roles", roles);
        data.put("problems", problems);
        data.put("minPassword", MIN_PASSWORD);
        data.put("user", Views.user(user));
        return Response.status(status).entity(renderer.render("JourneyMaps.Standalone.Admin.spacePermissions", data))
                .header("Cache-Control", "no-store").build();
    }
}
