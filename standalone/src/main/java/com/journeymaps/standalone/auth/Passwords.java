package com.journeymaps.standalone.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt password hashing. The cost factor is a setting so tests can use a cheaper one. */
public final class Passwords {

    /** bcrypt's cost for real accounts: 2^12 rounds, a fraction of a second per sign-in. */
    public static final int DEFAULT_COST = 12;

    /** bcrypt ignores bytes past 72; we refuse such passwords rather than silently truncate them. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final int cost;

    public Passwords(int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("a password must be 1 to " + MAX_PASSWORD_BYTES + " bytes long");
        }
        return new String(BCrypt.withDefaults().hash(cost, bytes), StandardCharsets.UTF_8);
    }

    public boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
