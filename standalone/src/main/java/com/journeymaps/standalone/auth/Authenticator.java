package com.journeymaps.standalone.auth;

import com.journeymaps.standalone.store.SessionStore;
import com.journeymaps.standalone.store.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs people in and out. A successful sign-in always starts a brand-new session (so a session id
 * planted before sign-in is worthless), whose cookie value is 256 random bits; the database keeps
 * only its SHA-256. Each session has its own CSRF token for the forms it submits,
 * which pages carry masked ({@link CsrfTokens}).
 */
public final class Authenticator {

    /** How long a session lasts without signing in again. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    private final UserStore users;
    private final SessionStore sessions;
    private final Passwords passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Compared against when the user does not exist, so a wrong name takes as long as a wrong password. */
    private final String decoyHash;

    public Authenticator(UserStore users, SessionStore sessions, Passwords passwords, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decoyHash = passwords.hash("decoy-" + randomToken());
    }

    /** A session as a request sees it: who, their display name, and the CSRF token forms must carry. */
    public record SignedIn(String username, String displayName, String csrfToken) {
    }

    /** The cookie value of a new session and who it signs in. */
    public record NewSession(String cookieValue, SignedIn user) {
    }

    public Optional<NewSession> signIn(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserStore.User> user = users.find(username.trim());
        boolean matches = passwords.matches(password, user.map(UserStore.User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            return Optional.empty();
        }
        String cookieValue = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        sessions.create(hash(cookieValue), user.get().username(), csrf, now, now.plus(SESSION_LIFETIME));
        return Optional.of(new NewSession(cookieValue, new SignedIn(user.get().username(), user.get().displayName(), csrf)));
    }

    /** Who the cookie value signs in, if it belongs to a live session. */
    public Optional<SignedIn> resolve(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        return sessions.find(hash(cookieValue), clock.instant())
                .flatMap(session -> users.find(session.username())
                        .map(user -> new SignedIn(user.username(), user.displayName(), session.csrfToken())));
    }

    public void signOut(String cookieValue) {
        if (cookieValue != null && !cookieValue.isBlank()) {
            sessions.delete(hash(cookieValue));
        }
    }

    public String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
